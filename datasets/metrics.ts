/**
 * Image quality measures used to compare reconstructions with their targets. They return plain
 * numbers (or a Float32Array per image), not tensors, so they can go straight into tables and
 * plot titles; nothing needs disposing.
 */
import * as tf from '@tensorflow/tfjs';
import { checkFinite, checkImages, checkRange, checkSameShape, checkTensor } from './checks';

/** Predictions are clipped to [EPSILON, 1 - EPSILON] before taking logs (Keras uses the same value). */
export const BCE_EPSILON = 1e-7;

/** Mean squared error over every value: mean((pred - target)²). Shapes must match. */
export function meanSquaredError(pred: tf.Tensor, target: tf.Tensor): number {
  checkTensor(pred, 'pred');
  checkTensor(target, 'target');
  checkSameShape(pred, target, 'pred', 'target');
  checkFinite(pred, 'pred');
  checkFinite(target, 'target');
  const mse = tf.tidy(() => pred.sub(target).square().mean());
  try {
    return mse.dataSync()[0];
  } finally {
    mse.dispose();
  }
}

/**
 * Binary cross-entropy per pixel, averaged over every value:
 * -mean(target·log(p) + (1 - target)·log(1 - p)), with p = pred clipped to
 * [epsilon, 1 - epsilon] so a confident wrong pixel costs a large but finite amount.
 * Both tensors must have the same shape and values in [0, 1]. This is the loss the lesson's
 * convolutional autoencoders train with (Keras reports it the same way).
 */
export function binaryCrossEntropy(pred: tf.Tensor, target: tf.Tensor, epsilon = BCE_EPSILON): number {
  checkTensor(pred, 'pred');
  checkTensor(target, 'target');
  checkSameShape(pred, target, 'pred', 'target');
  checkRange(pred, 'pred');
  checkRange(target, 'target');
  if (!(epsilon > 0 && epsilon < 0.5)) throw new Error(`epsilon must be in (0, 0.5), got ${epsilon}`);
  const bce = tf.tidy(() => {
    const p = pred.clipByValue(epsilon, 1 - epsilon);
    const perValue = target.mul(p.log()).add(tf.scalar(1).sub(target).mul(tf.scalar(1).sub(p).log()));
    return perValue.mean().neg();
  });
  try {
    return bce.dataSync()[0];
  } finally {
    bce.dispose();
  }
}

/**
 * Peak signal-to-noise ratio of each image, in dB, for values in [0, 1]:
 * PSNR = 10·log10(1 / MSE), where MSE is that image's mean squared error. Higher is better;
 * identical images give Infinity. Both batches must be [N,H,W,C] of the same shape.
 */
export function psnrPerImage(a: tf.Tensor4D, b: tf.Tensor4D): Float32Array {
  checkImages(a, 'a');
  checkImages(b, 'b');
  checkSameShape(a, b, 'a', 'b');
  const perImageMse = tf.tidy(() => a.sub(b).square().mean([1, 2, 3]));
  try {
    return Float32Array.from(perImageMse.dataSync(), (mse) => (mse === 0 ? Infinity : -10 * Math.log10(mse)));
  } finally {
    perImageMse.dispose();
  }
}

/**
 * Mean PSNR over the images of a batch (the usual way super-resolution results are reported),
 * in dB. If any image pair is identical the mean is Infinity.
 */
export function psnr(a: tf.Tensor4D, b: tf.Tensor4D): number {
  const values = psnrPerImage(a, b);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
