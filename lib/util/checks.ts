/**
 * Argument checks shared across the library. They turn a wrong argument into one clear
 * sentence ("images must be [N,H,W,C] ..., got [3,28,28]") instead of a deep TensorFlow.js error
 * or, worse, a silently wrong number.
 */
import * as tf from '@tensorflow/tfjs';
import { t as message } from './i18n'; // `t` names tensors in this file

/** Values may exceed [0, 1] by this much (float rounding in sigmoid or resize ops). */
export const RANGE_TOLERANCE = 1e-6;

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

function describe(value: unknown): string {
  if (value instanceof tf.Tensor) return message('value.tensor', { dtype: value.dtype, shape: shapeText(value.shape) });
  if (Array.isArray(value)) return message('value.plainArray');
  return value === null ? 'null' : typeof value;
}

/** Require a float tensor of the given rank (4 = a batch of images [N,H,W,C]). */
export function checkTensor(value: unknown, name: string, rank?: number): asserts value is tf.Tensor {
  const expected = rank === 4 ? message('expected.imageBatch') : rank !== undefined ? message('expected.rank', { rank }) : message('expected.tensor');
  if (!(value instanceof tf.Tensor) || value.dtype !== 'float32' || (rank !== undefined && value.rank !== rank)) {
    throw new Error(message('check.mustBe', { name, expected, got: describe(value) }));
  }
  if (value.isDisposed) throw new Error(message('check.disposed', { name }));
  if (value.size === 0) throw new Error(message('check.empty', { name, shape: shapeText(value.shape) }));
}

/**
 * Require a whole number of at least `min` (a count, a size, an epoch number) and return it.
 * `what` names the argument for the message, e.g. "epochs" or "denseVae: latentDim".
 */
export function checkWholeNumber(value: unknown, what: string, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    const got = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw new Error(message('check.wholeNumber', { what, min, got }));
  }
  return value;
}

/** Require two tensors of identical shape (e.g. a prediction and its target). */
export function checkSameShape(a: tf.Tensor, b: tf.Tensor, nameA: string, nameB: string): void {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) {
    throw new Error(message('check.sameShape', { a: nameA, b: nameB, shapeA: shapeText(a.shape), shapeB: shapeText(b.shape) }));
  }
}

/** The smallest and largest value of a tensor (NaN when it contains NaN). */
export function valueRange(t: tf.Tensor): { min: number; max: number } {
  const [min, max, nan] = tf.tidy(() => [t.min(), t.max(), t.isNaN().any()]);
  try {
    const hasNaN = nan.dataSync()[0] !== 0;
    return hasNaN ? { min: NaN, max: NaN } : { min: min.dataSync()[0], max: max.dataSync()[0] };
  } finally {
    tf.dispose([min, max, nan]);
  }
}

/** Require every value to lie in [low, high] (with RANGE_TOLERANCE) and not be NaN. */
export function checkRange(t: tf.Tensor, name: string, low = 0, high = 1): void {
  const { min, max } = valueRange(t);
  if (Number.isNaN(min)) throw new Error(message('check.nan', { name }));
  if (min < low - RANGE_TOLERANCE || max > high + RANGE_TOLERANCE) {
    throw new Error(message('check.range', { name, low, high, min, max }));
  }
}

/** Require every value to be a finite number (no NaN or Infinity). */
export function checkFinite(t: tf.Tensor, name: string): void {
  const { min, max } = valueRange(t);
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new Error(message('check.finite', { name }));
}

/** A batch of images: float32 [N,H,W,C] with values in [0, 1]. */
export function checkImages(value: unknown, name = 'images'): asserts value is tf.Tensor4D {
  if (!(value instanceof tf.Tensor) || value.rank !== 4) {
    const got = value instanceof tf.Tensor ? message('value.shape', { shape: shapeText(value.shape) }) : describe(value);
    throw new Error(message('check.images', { name, got }));
  }
  checkTensor(value, name, 4);
  checkRange(value, name, 0, 1);
}
