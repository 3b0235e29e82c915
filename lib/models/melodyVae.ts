/**
 * A variational autoencoder for 2-bar melodies, made of dense layers: the whole piano roll
 * (32 steps x 39 classes, one-hot) is flattened and treated like an image.
 *
 *   encoder: [N,32,39] -> flatten 1248 -> hidden relu -> (zMean, zLogVar)
 *   decoder: z -> hidden relu -> 1248 -> [N,32,39] scores (logits; softmax over the classes)
 *
 * MusicVAE reads and writes melodies with recurrent networks; a dense network trains many
 * times faster on a laptop's WebAssembly backend and, on 2-bar windows, reconstructs well.
 */
import * as tf from '@tensorflow/tfjs';
import { dense, sequentialModel, stack, WeightSeeds } from './layers';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';
import { t } from '../util/i18n';
import { Vae, gaussianEncoder } from './vaeParts';

export interface MelodyVaeOptions {
  /** Steps per melody (default 32: two 4/4 bars of 16th notes). */
  steps?: number;
  /** Classes per step (default 39: rest, hold and 37 pitches). */
  classes?: number;
  /** Length of the latent code (default 32). */
  latentDim?: number;
  /** Units of the hidden layer in the encoder and the decoder (default 512). */
  hidden?: number;
  /** Share of the encoder's inputs dropped at random while training (default 0: none). */
  inputDropout?: number;
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'melodyVae';

/** Build the melody VAE. The decoder returns logits: train with `melodyVaeLossFn` (lib/lesson). */
export function melodyVae(options: MelodyVaeOptions = {}): Vae {
  rejectUnknownOptions(BUILDER, options, ['steps', 'classes', 'latentDim', 'hidden', 'inputDropout', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const inputDropout = options.inputDropout ?? 0;
  if (!(inputDropout >= 0 && inputDropout < 1)) throw new Error(t('melodyVae.dropout', { builder: BUILDER, got: inputDropout }));
  const steps = positiveInteger(BUILDER, 'steps', options.steps ?? 32);
  const classes = positiveInteger(BUILDER, 'classes', options.classes ?? 39);
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 32);
  const hidden = positiveInteger(BUILDER, 'hidden', options.hidden ?? 512);

  const input = tf.input({ shape: [steps, classes], name: 'melody_input' });
  const dropout = inputDropout > 0 ? [tf.layers.dropout({ rate: inputDropout, seed: seeds.next() })] : [];
  const features = stack(input, [tf.layers.flatten(), ...dropout, dense(hidden, 'relu', seeds)]);
  const encoder = gaussianEncoder(input, features, latentDim, seeds);
  const decoder = sequentialModel('melody_decoder', [latentDim], [
    dense(hidden, 'relu', seeds),
    dense(steps * classes, 'linear', seeds),
    tf.layers.reshape({ targetShape: [steps, classes] }),
  ]);
  return { encoder, decoder, latentDim };
}
