/**
 * Exercise 1 — corrupt images with Gaussian noise, for the denoising autoencoder.
 *
 * A denoising autoencoder learns to turn a noisy image back into the clean one: its input is
 * `clip(image + noise, 0, 1)` and its target is the image itself. Write the corruption:
 *
 *     noisy = clip(images + N(mean, std²), 0, 1)      (the lesson uses mean 0.5, std 0.5)
 *
 * - `images`: a batch [N, H, W, C] with values in [0, 1]. Return a NEW tensor of the same shape.
 * - Draw one independent noise value per pixel (`tf.randomNormal(images.shape, mean, std)`),
 *   not one number for the whole batch.
 * - Clip the result to [0, 1] (`clipByValue`): pixels are brightnesses and a sigmoid decoder can
 *   only produce values in that range.
 * - Draw fresh noise on every call. (The lesson's PyTorch notebook made one noise tensor once and
 *   reused it for every batch, so the model could learn that one pattern by heart.)
 * - `options.seed` (optional) makes the noise repeatable: pass it on as the last argument of
 *   tf.randomNormal, so the same seed gives the same noise (handy for held-out images, whose
 *   loss should be measured on the same noise every time). Without a seed, new noise each call.
 * - Do not change or dispose `images`; free every intermediate tensor (tf.tidy).
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export function addGaussianNoise(images: tf.Tensor4D, options: { mean: number; std: number; seed?: number }): tf.Tensor4D {
  return notImplemented('01-gaussian-noise', 'addGaussianNoise');
}
