/**
 * Reference solution of exercise 4, composed from the course library: the model is
 * `denseAutoencoder` (lib/models/denseAutoencoder.ts) with a 2-number code and one hidden layer
 * of 128 units on each side; the codes come from `encode` (lib/lesson/latent.ts), which runs
 * the encoder in batches and keeps zMean when the encoder is a VAE's. What is added here is the
 * check that the codes really are 2-D points.
 */
import * as tf from '@tensorflow/tfjs';
import { encode } from '../lib/lesson/latent';
import { Autoencoder, denseAutoencoder } from '../lib/models';

/** Images [N,28,28,1] -> codes [N,2] -> images, with a linear (unclipped) 2-D code. */
export function buildBottleneck2d(): Autoencoder {
  return denseAutoencoder({ latentDim: 2, hidden: [128] });
}

/** The 2-D code of every image, [N,2], for a scatter plot. Throws if the codes are not 2-D. */
export function encodeToPoints(encoder: tf.LayersModel, images: tf.Tensor4D): tf.Tensor2D {
  const codes = encode(encoder, images);
  if (codes.shape[1] !== 2) {
    const shape = codes.shape;
    codes.dispose();
    throw new Error(`encodeToPoints needs 2-D codes of shape [N,2] to plot, but the encoder gives [${shape.join(',')}]`);
  }
  return codes;
}
