/**
 * Exercise 9 — the assignment: a CNN-based variational autoencoder.
 *
 * The lesson's VAE is made of dense layers. Build one whose encoder and decoder are
 * convolutional, as in the conv autoencoder, but with a VAE's encoder "heads":
 *
 * - encoder: images [N,28,28,1] -> TWO outputs `[zMean, zLogVar]`, each [N, latentDim].
 *   For example: Conv 16 (3x3, stride 2, ReLU) -> 14x14, Conv 32 (stride 2) -> 7x7, Flatten,
 *   Dense 64 ReLU, then two Dense(latentDim) layers WITHOUT activation, both fed by that
 *   Dense 64 (build it with `tf.model({ inputs, outputs: [zMean, zLogVar] })`).
 *   zLogVar is a log-variance: it can be any real number, so no ReLU or sigmoid on it.
 * - decoder: codes [N, latentDim] -> images [N,28,28,1] with values in (0, 1).
 *   For example: Dense 64 ReLU -> Dense 7·7·32 ReLU -> Reshape [7,7,32] -> UpSampling 2 ->
 *   Conv 32 -> Conv 16 -> UpSampling 2 -> Conv 1 with sigmoid.
 *   (UpSampling + Conv trains on every backend; Conv2DTranspose works too.)
 *
 * You do not write the training: the grader samples z = zMean + exp(0.5·zLogVar)·eps
 * (exercise 7) and minimises reconstruction + KL (exercise 8) for a few epochs on small
 * synthetic images, and checks that the loss falls well below what an untrained model scores.
 *
 * `options.latentDim` is the length of the code (2 to draw the latent space as a plane).
 * Return new, untrained models on every call.
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

export interface CnnVae {
  /** Images [N,28,28,1] -> [zMean [N,latentDim], zLogVar [N,latentDim]]. */
  encoder: tf.LayersModel;
  /** Codes [N,latentDim] -> images [N,28,28,1] in (0, 1). */
  decoder: tf.LayersModel;
}

export function buildCnnVae(options: { latentDim: number }): CnnVae {
  return notImplemented('09-cnn-vae', 'buildCnnVae');
}
