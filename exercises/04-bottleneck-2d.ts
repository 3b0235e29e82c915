/**
 * Exercise 4 — an autoencoder with a 2-D latent space, and the points to plot (the lesson's
 * task 1).
 *
 * With a code of just two numbers per image, every image becomes a dot in the plane, and a
 * scatter plot coloured by digit shows how the autoencoder arranged the data.
 *
 * 1. `buildBottleneck2d()`: return three models that share their layers (weights):
 *    - encoder:     images [N,28,28,1] -> codes [N,2]
 *    - decoder:     codes [N,2] -> images [N,28,28,1], values in (0, 1) (end with a sigmoid)
 *    - autoencoder: images -> decoder(encoder(images)), the model you train
 *    A dense design works well: Flatten -> Dense 128 ReLU -> Dense 2 (the code), and back:
 *    Dense 128 ReLU -> Dense 784 sigmoid -> Reshape [28,28,1].
 *    Pitfalls: a ReLU on the 2-unit code layer can switch a unit off for good (leave the code
 *    linear); build the autoencoder from the SAME encoder and decoder objects (e.g. apply them
 *    to a tf.input, or put both in a tf.sequential) so that training it trains them.
 *
 * 2. `encodeToPoints(encoder, images)`: the 2-D code of every image, [N,2], ready for a scatter
 *    plot. Use `encoder.predict(images, { batchSize })` so that 10,000 images go through in
 *    batches. It must also work for a VAE's encoder, which has two outputs `[zMean, zLogVar]`:
 *    then plot zMean, the centre of each image's distribution (and dispose zLogVar).
 *    If the encoder does not give exactly two numbers per image, throw an Error that says what
 *    shape was expected and what came out (a plot of [N,32] codes cannot be drawn).
 *    Free anything else you make.
 *
 * The grader checks the shapes, that the three models share weights, and trains your
 * autoencoder briefly on small synthetic images: it must then rebuild them better than the
 * average image does.
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

/** The three models, sharing their layers. */
export interface Bottleneck2d {
  encoder: tf.LayersModel;
  decoder: tf.LayersModel;
  autoencoder: tf.LayersModel;
}

export function buildBottleneck2d(): Bottleneck2d {
  return notImplemented('04-bottleneck-2d', 'buildBottleneck2d');
}

export function encodeToPoints(encoder: tf.LayersModel, images: tf.Tensor4D): tf.Tensor2D {
  return notImplemented('04-bottleneck-2d', 'encodeToPoints');
}
