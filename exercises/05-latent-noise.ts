/**
 * Exercise 5 — noise in the latent space (the lesson's task 2).
 *
 * What happens to a reconstruction if its code is nudged a little? Add Gaussian noise to the
 * latent codes, then decode. With a plain autoencoder, small nudges can already give odd
 * images, because nothing made nearby codes mean similar images; a VAE is trained so that
 * they do.
 *
 * 1. `perturbLatent(codes, std, seed?)`: codes [N, latentDim] -> codes + N(0, std²), same shape.
 *    One independent noise value per number (tf.randomNormal(codes.shape, 0, std, 'float32',
 *    seed)). std = 0 must give the codes back unchanged (as a new tensor). With a `seed`,
 *    the same seed gives the same noise (for repeatable pictures); without one, fresh noise
 *    every call.
 * 2. `decodeWithLatentNoise(decoder, codes, std, seed?)`: decode the perturbed codes with
 *    `decoder.predict(...)` and return the images (e.g. [N,28,28,1]).
 *
 * Do not change or dispose `codes`; free every intermediate tensor (tf.tidy). The grader
 * measures the spread of the change, so check that `std` is the standard deviation, not the
 * variance.
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export function perturbLatent(codes: tf.Tensor2D, std: number, seed?: number): tf.Tensor2D {
  return notImplemented('05-latent-noise', 'perturbLatent');
}

export function decodeWithLatentNoise(decoder: tf.LayersModel, codes: tf.Tensor2D, std: number, seed?: number): tf.Tensor4D {
  return notImplemented('05-latent-noise', 'decodeWithLatentNoise');
}
