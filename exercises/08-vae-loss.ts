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
import { notImplemented } from './notImplemented';

// The input and output types are the library's (open lib/models/vaeMath.ts to see their fields):
// VaeBatch = { images, reconstructions, zMean, zLogVar }; VaeLossTerms = { reconstruction, kl, total }.
import type { VaeBatch, VaeLossTerms } from '../lib/models/vaeMath';
export type { VaeBatch, VaeLossTerms };

export function vaeLossTerms(batch: VaeBatch): VaeLossTerms {
  return notImplemented('08-vae-loss', 'vaeLossTerms');
}
