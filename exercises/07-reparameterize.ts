/**
 * Exercise 7 — sample a latent code with the reparameterisation trick.
 *
 * A VAE's encoder does not give one code per image but a normal distribution: a mean `zMean`
 * and a log-VARIANCE `zLogVar = log(sigma²)` per latent dimension, each [N, latentDim]. The
 * decoder is fed one sample from it:
 *
 *     z = zMean + exp(0.5 * zLogVar) * eps,      eps ~ N(0, 1), one value per number
 *
 * Why write it this way? All the randomness sits in `eps`, which does not depend on the
 * weights, so gradients flow through `zMean` and `zLogVar` back into the encoder. (Sampling
 * with tf.randomNormal(shape, mean, sigma) directly would cut that path.)
 *
 * The factor 0.5 matters: sigma = sqrt(exp(zLogVar)) = exp(0.5 * zLogVar). The lesson's
 * original code computes `exp(z_log_sigma) * eps` while its KL term treats the same number as
 * a log-variance, so its samples spread sigma² instead of sigma: the two halves of its loss
 * disagree about what the encoder predicts.
 *
 * - Return z, shape [N, latentDim]; do not change or dispose the inputs.
 * - `seed` (optional) is passed to tf.randomNormal: the same seed gives the same sample;
 *   without it, every call draws new eps.
 * - Free every intermediate tensor (tf.tidy).
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export function reparameterize(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D, seed?: number): tf.Tensor2D {
  return notImplemented('07-reparameterize', 'reparameterize');
}
