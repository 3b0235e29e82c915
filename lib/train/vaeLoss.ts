/**
 * `vaeLoss(vae)`: the VAE's training loss, as `fit` and `train` take it (like
 * `reconstructionLoss(model)` for a plain autoencoder): encode, sample a code, decode, and report the two
 * terms separately (`reconstruction` and `kl`) so their curves can be watched apart.
 *
 * `sampling: 'log-sigma-mixup'` reproduces the original lesson notebooks' inconsistency for the
 * experiment in notebook 04: the KL term treats the encoder's second output as a log-variance,
 * but the sample uses exp(output) as the standard deviation (it should be exp(0.5 * output)).
 *
 * `klWarmupEpochs: n` weighs the KL term by a factor that climbs from near 0 to 1 over the first
 * n epochs of training. A freshly built decoder cannot yet use the codes, so at full weight the
 * KL term can win early: the codes collapse onto N(0, 1), carry little, and the decoder learns
 * to ignore them (a short run of the convolutional VAE ended with a KL of 0.2). Held-out losses
 * always count the KL term in full, so they stay comparable with any other run.
 */
import * as tf from '@tensorflow/tfjs';
import { LossFn, Step } from './';
import { withSpec } from './lossSpecs';
import { reparameterize, vaeLossTerms } from '../models/vaeMath';
import { t } from '../util/i18n';

export type VaeSampling = 'consistent' | 'log-sigma-mixup';

export interface VaeLossOptions {
  /** Epochs over which the KL term's weight climbs to 1 while training (default 0: full weight from the start). */
  klWarmupEpochs?: number;
}

export function vaeLoss(
  vae: { encoder: tf.LayersModel; decoder: tf.LayersModel },
  sampling: VaeSampling = 'consistent',
  options: VaeLossOptions = {},
): LossFn {
  if (sampling !== 'consistent' && sampling !== 'log-sigma-mixup') {
    throw new Error(t('vaeLoss.sampling', { got: String(sampling) }));
  }
  const warmup = options.klWarmupEpochs ?? 0;
  if (!(Number.isFinite(warmup) && warmup >= 0)) {
    throw new Error(t('vaeLoss.klWarmup', { got: String(options.klWarmupEpochs) }));
  }
  const loss: LossFn = ({ inputs, targets }, mode, step) => {
    const training = mode === 'train';
    const [zMean, zLogVar] = vae.encoder.apply(inputs, { training }) as tf.Tensor2D[];
    const z =
      sampling === 'consistent'
        ? reparameterize(zMean, zLogVar, step.seed)
        : (zMean.add(zLogVar.exp().mul(tf.randomNormal(zMean.shape, 0, 1, 'float32', step.seed))) as tf.Tensor2D);
    const reconstructions = vae.decoder.apply(z, { training }) as tf.Tensor;
    // The trainer sums the terms itself, so `total` is left out (it is disposed with the step).
    const { reconstruction, kl } = vaeLossTerms({ images: targets, reconstructions, zMean, zLogVar });
    const weight = training ? klWeight(step, warmup) : 1;
    return { reconstruction, kl: weight === 1 ? kl : (kl.mul(weight) as tf.Scalar) };
  };
  // The description lets training threads rebuild this loss (lib/train/parallel).
  const settings: Record<string, string | number> = warmup > 0 ? { sampling, klWarmupEpochs: warmup } : { sampling };
  return withSpec(loss, { kind: 'vae', models: { encoder: vae.encoder, decoder: vae.decoder }, settings });
}

/**
 * The KL term's weight at a training step: the share of the warm-up done by the end of this
 * batch, so it climbs in even steps and reaches 1 with the last batch of the warm-up.
 */
export function klWeight(step: Step, warmupEpochs: number): number {
  if (warmupEpochs === 0) return 1;
  if (step.batches === undefined) {
    throw new Error(t('vaeLoss.klWarmupBatches'));
  }
  const epochsDone = step.epoch - 1 + (step.batch + 1) / step.batches;
  return Math.min(1, epochsDone / warmupEpochs);
}
