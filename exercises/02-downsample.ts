/**
 * Exercise 2 — halve the resolution of images, for the super-resolution autoencoder.
 *
 * The super-resolution model learns to rebuild a 28x28 digit from a 14x14 copy. Make that copy
 * the way the lesson does: replace every 2x2 block of pixels by the AVERAGE of its four values
 * (2x2 average pooling with stride 2).
 *
 *     out[n, i, j, c] = (x[n, 2i, 2j, c] + x[n, 2i, 2j+1, c] + x[n, 2i+1, 2j, c] + x[n, 2i+1, 2j+1, c]) / 4
 *
 * - `images`: [N, H, W, C] with even H and W (e.g. [N, 28, 28, 1]); return [N, H/2, W/2, C].
 * - Average, do not take the maximum (max pooling) and do not keep every second pixel: both
 *   throw information away differently from what the lesson's model was trained on.
 * - Each channel and each image is pooled on its own.
 * - Free every intermediate tensor. Hint: one tf function does all of it (look at tf.avgPool).
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export function downsample2x(images: tf.Tensor4D): tf.Tensor4D {
  return notImplemented('02-downsample', 'downsample2x');
}
