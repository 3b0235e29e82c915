/**
 * Exercise 3 — the lesson's convolutional autoencoder, as two models.
 *
 * Build the encoder and the decoder with tf.layers (e.g. `tf.sequential` or `tf.model`). Every
 * convolution is 3x3, ReLU, padding 'same', unless said otherwise; every pooling is 2x2
 * max pooling with padding 'same' (so an odd size such as 7 rounds up to 4).
 *
 *   encoder: [N,28,28,1] -> Conv 16 -> MaxPool -> Conv 8 -> MaxPool -> Conv 8 -> MaxPool -> [N,4,4,8]
 *            (28 -> 14 -> 7 -> 4)
 *   decoder: [N,4,4,8]  -> Conv 8 -> UpSampling 2 -> Conv 8 -> UpSampling 2
 *            -> Conv 16 with padding 'valid' -> UpSampling 2 -> Conv 1 with sigmoid -> [N,28,28,1]
 *            (4 -> 8 -> 16 -> 14 -> 28: the one 'valid' convolution trims 16 to 14, which is
 *            how the decoder lands exactly on 28)
 *
 * The code is 4 x 4 x 8 = 128 numbers for 784 pixels. The sigmoid keeps every output pixel in
 * (0, 1), like the images, which is what binary cross-entropy expects.
 *
 * The grader counts the weights: 1,904 in the encoder and 2,481 in the decoder. (A 3x3 conv
 * from C_in to C_out channels has 3·3·C_in·C_out weights plus C_out biases.) It then joins your
 * two models and trains them briefly on small synthetic images.
 *
 * Return a new, untrained model on every call. Layers: tf.layers.conv2d, tf.layers.maxPooling2d,
 * tf.layers.upSampling2d; the first layer needs `inputShape`.
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

/** Images [N,28,28,1] -> codes [N,4,4,8]. */
export function buildConvEncoder(): tf.LayersModel {
  return notImplemented('03-conv-autoencoder', 'buildConvEncoder');
}

/** Codes [N,4,4,8] -> images [N,28,28,1] with values in (0, 1). */
export function buildConvDecoder(): tf.LayersModel {
  return notImplemented('03-conv-autoencoder', 'buildConvDecoder');
}
