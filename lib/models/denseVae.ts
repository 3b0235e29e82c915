/**
 * The lesson's variational autoencoder, made of dense layers:
 * 784 -> 512 relu -> (zMean, zLogVar) ... sample z ... -> 512 relu -> 784 sigmoid.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SHAPE, sequentialModel, stack, dense, WeightSeeds } from './layers';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';
import { Vae, gaussianEncoder } from './vaeParts';

export interface DenseVaeOptions {
  /** Length of the latent code. Default 2, so the latent space can be drawn as a plane. */
  latentDim?: number;
  /** Units of the hidden layer in the encoder and in the decoder. Default 512. */
  hidden?: number;
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'denseVae';

/**
 * Build the dense VAE.
 *
 * - encoder: images [N,28,28,1] -> [zMean [N,latentDim], zLogVar [N,latentDim]] (log-variance)
 * - decoder: codes [N,latentDim] -> images [N,28,28,1] (sigmoid)
 *
 * Train it with `vaeLoss(vae)` (lib/train/vaeLoss.ts: reconstruction + KL divergence).
 */
export function denseVae(options: DenseVaeOptions = {}): Vae {
  rejectUnknownOptions(BUILDER, options, ['latentDim', 'hidden', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 2);
  const hidden = positiveInteger(BUILDER, 'hidden', options.hidden ?? 512);

  const input = tf.input({ shape: IMAGE_SHAPE, name: 'encoder_input' });
  const features = stack(input, [tf.layers.flatten(), dense(hidden, 'relu', seeds)]);
  const encoder = gaussianEncoder(input, features, latentDim, seeds);
  const decoder = sequentialModel('decoder', [latentDim], [
    dense(hidden, 'relu', seeds),
    dense(IMAGE_PIXELS, 'sigmoid', seeds),
    tf.layers.reshape({ targetShape: IMAGE_SHAPE }),
  ]);
  return { encoder, decoder, latentDim };
}
