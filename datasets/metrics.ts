/**
 * Image quality measures used to compare reconstructions with their targets. They return plain
 * numbers (or a Float32Array per image), not tensors, so they can go straight into tables and
 * plot titles; nothing needs disposing.
 */
import * as tf from '@tensorflow/tfjs';
import { BCE_EPSILON, binaryCrossEntropy as bceLoss, meanSquaredError as mseLoss } from '../lib/train/losses';
import { checkFinite, checkImages, checkRange, checkSameShape, checkTensor } from './checks';

/** Predictions are clipped to [BCE_EPSILON, 1 - BCE_EPSILON] before taking logs (Keras uses the same value). */
export { BCE_EPSILON };

/** Read a scalar tensor as a number and free it. */
function toNumber(scalar: tf.Scalar): number {
  try {
    return scalar.dataSync()[0];
  } finally {
    scalar.dispose();
  }
}

/**
 * Mean squared error over every value: mean((pred - target)²). Shapes must match.
 * The formula is the training loss's (lib/train/losses.ts); this adds input checks and
 * returns a number.
 */
export function meanSquaredError(pred: tf.Tensor, target: tf.Tensor): number {
  checkTensor(pred, 'pred');
  checkTensor(target, 'target');
  checkSameShape(pred, target, 'pred', 'target');
  checkFinite(pred, 'pred');
  checkFinite(target, 'target');
  return toNumber(mseLoss(target, pred));
}

/**
 * Binary cross-entropy per pixel, averaged over every value:
 * -mean(target·log(p) + (1 - target)·log(1 - p)), with p = pred clipped to
 * [BCE_EPSILON, 1 - BCE_EPSILON] so a confident wrong pixel costs a large but finite amount.
 * Both tensors must have the same shape and values in [0, 1]. This is the loss the lesson's
 * convolutional autoencoders train with (the same function, from lib/train/losses.ts).
 */
export function binaryCrossEntropy(pred: tf.Tensor, target: tf.Tensor): number {
  checkTensor(pred, 'pred');
  checkTensor(target, 'target');
  checkSameShape(pred, target, 'pred', 'target');
  checkRange(pred, 'pred');
  checkRange(target, 'target');
  return toNumber(bceLoss(target, pred));
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
