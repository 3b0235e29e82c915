/**
 * What the two variational autoencoders share: the shape of what a builder returns, and the
 * encoder's two "heads" that describe a normal distribution instead of a single point.
 */
import * as tf from '@tensorflow/tfjs';
import { WeightSeeds, dense } from './layers';

/** A variational autoencoder, as returned by `denseVae` and `cnnVae`. */
export interface Vae {
  /**
   * Images [N,28,28,1] -> `[zMean, zLogVar]`, both [N, latentDim]: the mean and the
   * log-VARIANCE (log sigma^2, not sigma) of the normal distribution each image is encoded as.
   * Sample a code with `reparameterize(zMean, zLogVar)` from lib/models/vaeMath.ts.
   */
  encoder: tf.LayersModel;
  /** Codes [N, latentDim] -> images [N,28,28,1] (sigmoid, so in (0,1)). */
  decoder: tf.LayersModel;
  /** Length of a latent code. */
  latentDim: number;
}

/**
 * Finish an encoder: from the image features, two dense layers with no activation predict the
 * mean and the log-variance of the code (a log can be any real number, so no activation).
 */
export function gaussianEncoder(
  input: tf.SymbolicTensor,
  features: tf.SymbolicTensor,
  latentDim: number,
  seeds = new WeightSeeds(),
): tf.LayersModel {
  const head = (name: string) => dense(latentDim, 'linear', seeds, name);
  const zMean = head('z_mean').apply(features) as tf.SymbolicTensor;
  const zLogVar = head('z_log_var').apply(features) as tf.SymbolicTensor;
  return tf.model({ name: 'encoder', inputs: input, outputs: [zMean, zLogVar] });
}
