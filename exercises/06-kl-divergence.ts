/**
 * Exercise 6 — the KL divergence of a diagonal Gaussian from the standard normal.
 *
 * The VAE's encoder predicts, for each image, a mean `zMean` and a log-variance `zLogVar`
 * (log of sigma squared) per latent dimension. The KL term of the loss measures how far that
 * normal distribution is from N(0, 1):
 *
 *     KL = -0.5 * sum over latent dimensions of (1 + zLogVar - zMean² - exp(zLogVar))
 *
 * Return one value per image: shape [N] for inputs of shape [N, latentDim].
 * It must be 0 when zMean = 0 and zLogVar = 0, and positive otherwise.
 * Free every intermediate tensor (tf.tidy).
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export function klDivergence(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D): tf.Tensor1D {
  return notImplemented('06-kl-divergence', 'klDivergence');
}
