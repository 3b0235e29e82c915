/**
 * The simplest autoencoder: fully connected layers squeeze the 784 pixels into a short
 * latent vector and blow it back up.
 */
import * as tf from '@tensorflow/tfjs';
import { Autoencoder, IMAGE_PIXELS, IMAGE_SHAPE, WeightSeeds, chain, sequentialModel, dense } from './layers';
import { oneOf, positiveInteger, positiveIntegerList, rejectUnknownOptions, seedOption } from './options';

export interface DenseAutoencoderOptions {
  /** Length of the latent vector (the embedding). Default 32; 2 gives a plottable 2-D code. */
  latentDim?: number;
  /**
   * Sizes of hidden layers between the pixels and the code, e.g. `[128]`. The decoder mirrors
   * them. Default `[]`: pixels connect straight to the code, as in the lesson's first model.
   */
  hidden?: number[];
  /**
   * Activation of the code layer. Default 'linear': a ReLU code can only be >= 0 and some of
   * its units may switch off for good, which wastes a tiny 2-D code.
   */
  latentActivation?: 'linear' | 'relu';
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'denseAutoencoder';

/**
 * Build a dense autoencoder.
 *
 * - encoder: images [N,28,28,1] in [0,1] -> codes [N, latentDim]
 * - decoder: codes [N, latentDim] -> images [N,28,28,1] (sigmoid, so in (0,1))
 * - autoencoder: images [N,28,28,1] -> reconstructions [N,28,28,1]
 */
export function denseAutoencoder(options: DenseAutoencoderOptions = {}): Autoencoder {
  rejectUnknownOptions(BUILDER, options, ['latentDim', 'hidden', 'latentActivation', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 32);
  const hidden = positiveIntegerList(BUILDER, 'hidden', options.hidden ?? []);
  const latentActivation = oneOf(BUILDER, 'latentActivation', options.latentActivation ?? 'linear', [
    'linear',
    'relu',
  ] as const);

  const encoder = sequentialModel('encoder', IMAGE_SHAPE, [
    tf.layers.flatten(),
    ...hidden.map((units) => dense(units, 'relu', seeds)),
    dense(latentDim, latentActivation, seeds),
  ]);
  const decoder = sequentialModel('decoder', [latentDim], [
    ...[...hidden].reverse().map((units) => dense(units, 'relu', seeds)),
    dense(IMAGE_PIXELS, 'sigmoid', seeds),
    tf.layers.reshape({ targetShape: IMAGE_SHAPE }),
  ]);
  return { encoder, decoder, autoencoder: chain('autoencoder', encoder, decoder) };
}
