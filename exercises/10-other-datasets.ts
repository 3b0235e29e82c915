/**
 * Exercise 10 — autoencoders on other data (the lesson's tasks 3 and 4).
 *
 * Autoencoders are data-specific: a model trained on digits knows digits. To denoise clothes
 * or upscale photos, train a model on those. Here you only BUILD the models; the grader trains
 * them briefly on synthetic images of the right shape and checks they learn.
 *
 * 1. `buildFashionDenoiser()`: a denoising autoencoder for Fashion-MNIST-shaped images,
 *    [N,28,28,1] -> [N,28,28,1], output in (0, 1). The lesson's conv autoencoder (exercise 3,
 *    encoder and decoder joined) is a good choice. The grader feeds it noisy images
 *    clip(x + N(0.5, 0.5²), 0, 1) with the clean x as target, fresh noise every batch.
 *
 * 2. `buildCifarSuperResolution(factor)`: a super-resolution model for CIFAR-10-shaped colour
 *    images. Input: a low-resolution copy, [N,16,16,3] for factor 2 or [N,8,8,3] for factor 4
 *    (made by 2x2 average pooling, once or twice); output: [N,32,32,3] in (0, 1).
 *    A simple design that trains quickly: UpSampling2D by `factor` (so the picture is already
 *    the right size), then a few 3x3 convolutions with ReLU that sharpen it, and a last 3x3
 *    convolution with 3 filters and a sigmoid (3 colour channels!).
 *    Compare your result with plain upscaling (datasets/transforms.ts `upsample`): after real
 *    training on CIFAR-10 a model should beat 'nearest' and come close to or beat 'bicubic'.
 *
 * Return new, untrained models on every call; the first layer needs its `inputShape`.
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';

/** Noisy images [N,28,28,1] -> clean images [N,28,28,1]. */
export function buildFashionDenoiser(): tf.LayersModel {
  return notImplemented('10-other-datasets', 'buildFashionDenoiser');
}

/** Low-resolution colour images [N,32/factor,32/factor,3] -> [N,32,32,3]. */
export function buildCifarSuperResolution(factor: 2 | 4): tf.LayersModel {
  return notImplemented('10-other-datasets', 'buildCifarSuperResolution');
}
