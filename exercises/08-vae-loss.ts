/**
 * Exercise 8 — the VAE loss, in its two parts.
 *
 * A VAE is trained on the sum of two terms, each computed per image and then averaged over
 * the batch (this is how the lesson reports 35.4: a number per image, not per pixel):
 *
 * - reconstruction: the sum of squared errors over all the values of one image,
 *       sum over pixels of (images - reconstructions)²        (= MSE × 784 for a 28x28x1 image)
 *   Summing (rather than averaging over pixels) keeps it on the same scale as the KL term.
 * - kl: the KL divergence of N(zMean, exp(zLogVar)) from N(0, 1), per image (exercise 6):
 *       -0.5 * sum over latent dimensions of (1 + zLogVar - zMean² - exp(zLogVar))
 * - total: reconstruction + kl, the number training minimises.
 *
 * Shapes: `images` and `reconstructions` are [N, ...] (e.g. [N,28,28,1]; any image size),
 * `zMean` and `zLogVar` are [N, latentDim]. Return three scalars (rank-0 tensors); the caller
 * disposes them. Use tensor operations only, so that gradients reach the model; free every
 * intermediate tensor (tf.tidy).
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from '../lib/exercises';

/** What the loss needs from one batch. */
export interface VaeBatch {
  /** Target images [N, ...] with values in [0, 1]. */
  images: tf.Tensor;
  /** The decoder's output, the same shape as `images`. */
  reconstructions: tf.Tensor;
  /** The encoder's mean, [N, latentDim]. */
  zMean: tf.Tensor2D;
  /** The encoder's log-variance log(sigma²), [N, latentDim]. */
  zLogVar: tf.Tensor2D;
}

/** The two terms and their sum, each a mean over the batch (scalars). */
export interface VaeLossTerms {
  reconstruction: tf.Scalar;
  kl: tf.Scalar;
  total: tf.Scalar;
}

export function vaeLossTerms(batch: VaeBatch): VaeLossTerms {
  return notImplemented('08-vae-loss', 'vaeLossTerms');
}
