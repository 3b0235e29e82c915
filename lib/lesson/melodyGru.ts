/**
 * The optional longer run of notebook 06: a recurrent (GRU) melody VAE, the kind of model
 * MusicVAE is. Its loss (the decoder is trained with the true tokens before each step: teacher
 * forcing) and its recipe; `reconstructMelodies` and `decodeMelodies` let it write melodies
 * one step at a time.
 */
import * as tf from '@tensorflow/tfjs';
import { byMode } from './course';
import { FitOptions } from './fit';
import { checkKlWarmup, melodyFitData, stepCrossEntropy } from './melodies';
import { MelodyDataset } from '../../datasets/melodies';
import { melodyGruVae, previousSteps } from '../models/melodyGruVae';
import { klDivergence, reparameterize } from '../models/vaeMath';
import { LossFn } from '../train';
import { klWeight } from '../train/vaeLoss';
import { t } from '../util/i18n';

type EncoderDecoder = { encoder: tf.LayersModel; decoder: tf.LayersModel };

/**
 * The recurrent melody VAE's loss: like `melodyVaeLossFn`, but the decoder also reads the true
 * token before every step, and the KL term has `freeNats` free: a code may carry that many
 * nats before the KL term costs anything. Without them a decoder that reads the tokens before
 * each step learns to guess the next one from those alone and ignores the code (MusicVAE
 * frees 48 bits, about 33 nats, for the same reason).
 */
export function melodyGruVaeLossFn(vae: EncoderDecoder, options: { beta?: number; freeNats?: number; klWarmupEpochs?: number } = {}): LossFn {
  const { beta = 1, freeNats = 0, klWarmupEpochs = 0 } = options;
  if (!(beta >= 0)) throw new Error(t('melodyGru.beta', { got: beta }));
  if (!(freeNats >= 0)) throw new Error(t('melodyGru.freeNats', { got: freeNats }));
  checkKlWarmup('melodyGruVaeLossFn', klWarmupEpochs);
  return ({ inputs, targets }, mode, step) => {
    const training = mode === 'train';
    const [zMean, zLogVar] = vae.encoder.apply(inputs, { training }) as tf.Tensor2D[];
    const z = reparameterize(zMean, zLogVar, step.seed);
    const scores = vae.decoder.apply([z, previousSteps(targets)], { training }) as tf.Tensor3D;
    const reconstruction = stepCrossEntropy(targets, scores);
    const klAboveFree = klDivergence(zMean, zLogVar).mean().sub(freeNats).relu();
    const kl = klAboveFree.mul(beta * (training ? klWeight(step, klWarmupEpochs) : 1)) as tf.Scalar;
    return { reconstruction, kl };
  };
}

/** Sizes of the recurrent VAE and its training (the recipe's defaults are notebook 06's). */
export interface MelodyGruVaeSettings {
  hidden?: number;
  latentDim?: number;
  epochs?: number;
  batchSize?: number;
}

/**
 * The optional recurrent melody VAE of notebook 06, for a long run (see `fitLongRun`): GRUs of
 * 128 units, 64-number codes, KL weight 1/5 above 33 free nats, reached by a warm-up over the
 * first half of the 10 epochs, batches of 64, Adam at 0.003 with the cosine schedule.
 *
 * Screened with 3 epochs each on the training windows moved by up to 3 semitones (held-out
 * token accuracy of melodies it writes itself, seed 42, this 2-core machine; the code also
 * set the decoder's first state then, which made no difference: 44.1% without, 43.8% with):
 * no free nats (KL weight 1/4): 37% after 6 epochs, its codes carried 8 nats; 33 free nats:
 * 41.6%; 48 free nats: 41.7%; a bidirectional encoder: 41.4% (1.6 times slower); 256 units:
 * 41.7% (twice as slow); decoder inputs dropped at random (30%, 60%): 33.9%, 40.7%; batches
 * of 32: 44.1%; Adam at 0.01: 43.8%. Longer: 10 epochs at 0.003 in batches of 64 reached 49.6%
 * (13 minutes); 15 epochs at 0.01 in batches of 128 on notebook 06's data reached 44.5% (16
 * minutes), its held-out loss lowest at epoch 5, so that rate was dropped. This recipe on
 * notebook 06's data: 46.0% in 12.4 minutes, its held-out loss lowest at epoch 8 while the
 * training loss kept falling. In the few thousand steps a laptop gives it, it learns its
 * training songs faster than melodies in general; MusicVAE trains for hundreds of thousands
 * of steps on far more music.
 */
export function melodyGruVaeRecipe(data: MelodyDataset, settings: MelodyGruVaeSettings = {}): FitOptions<EncoderDecoder> {
  const { hidden = 128, latentDim = 64, epochs = byMode(10, 1), batchSize = 64 } = settings;
  const beta = 0.2;
  const freeNats = 33;
  const klWarmupEpochs = epochs / 2;
  return {
    name: 'melody-gru-vae',
    build: (seed) => {
      const { encoder, decoder } = melodyGruVae({ hidden, latentDim, seed });
      return { encoder, decoder };
    },
    loss: (m) => melodyGruVaeLossFn(m, { beta, freeNats, klWarmupEpochs }),
    settings: { beta, freeNats, hidden, latentDim, klWarmupEpochs },
    data: melodyFitData(data),
    epochs,
    batchSize,
    learningRate: 0.003,
    learningRateSchedule: 'cosine',
  };
}
