/**
 * Image quality measures used to compare reconstructions with their targets. They return plain
 * numbers (or a Float32Array per image), not tensors, so they can go straight into tables and
 * plot titles; nothing needs disposing. Like the training losses, every measure takes the
 * targets first and the predictions second: `measureMSE(targets, predictions)`.
 */
import * as tf from '@tensorflow/tfjs';
import { BCE_EPSILON, binaryCrossEntropy as bceLoss, meanSquaredError as mseLoss } from './losses';
import { checkFinite, checkImages, checkRange, checkSameShape, checkTensor } from '../util/checks';

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
 * Mean squared error over every value: mean((predictions - targets)²). Shapes must match.
 * The formula is the training loss's (lib/train/losses.ts); this adds input checks and
 * returns a number.
 */
export function measureMSE(targets: tf.Tensor, predictions: tf.Tensor): number {
  checkTensor(targets, 'targets');
  checkTensor(predictions, 'predictions');
  checkSameShape(targets, predictions, 'targets', 'predictions');
  checkFinite(targets, 'targets');
  checkFinite(predictions, 'predictions');
  return toNumber(mseLoss(targets, predictions));
}

/**
 * Binary cross-entropy per pixel, averaged over every value:
 * -mean(t·log(p) + (1 - t)·log(1 - p)), with t the targets and p the predictions clipped to
 * [BCE_EPSILON, 1 - BCE_EPSILON] so a confident wrong pixel costs a large but finite amount.
 * Both tensors must have the same shape and values in [0, 1]. This is the loss the lesson's
 * convolutional autoencoders train with (the same function, from lib/train/losses.ts).
 */
export function measureBCE(targets: tf.Tensor, predictions: tf.Tensor): number {
  checkTensor(targets, 'targets');
  checkTensor(predictions, 'predictions');
  checkSameShape(targets, predictions, 'targets', 'predictions');
  checkRange(targets, 'targets');
  checkRange(predictions, 'predictions');
  return toNumber(bceLoss(targets, predictions));
}

/**
 * Peak signal-to-noise ratio of each image, in dB, for values in [0, 1]:
 * PSNR = 10·log10(1 / MSE), where MSE is that image's mean squared error. Higher is better;
 * identical images give Infinity. Both batches must be [N,H,W,C] of the same shape.
 */
export function psnrPerImage(targets: tf.Tensor4D, predictions: tf.Tensor4D): Float32Array {
  checkImages(targets, 'targets');
  checkImages(predictions, 'predictions');
  checkSameShape(targets, predictions, 'targets', 'predictions');
  const perImageMse = tf.tidy(() => predictions.sub(targets).square().mean([1, 2, 3]));
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
export function psnr(targets: tf.Tensor4D, predictions: tf.Tensor4D): number {
  const values = psnrPerImage(targets, predictions);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
