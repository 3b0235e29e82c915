/**
 * A faster `Sum` for the wasm backend, for the one reduction every training step of a
 * convolutional network makes: the gradient of a bias, dy summed over batch, height and width
 * (all axes but the channels).
 *
 * The wasm backend can only sum over the *last* axes, so it first transposes all of dy to move
 * the channels to the front, which is slow for a large dy. Read as one tall image with the
 * channels last, the same sum is an average pool over the whole image (a fast XNNPACK kernel)
 * times the number of pixels; no transpose is needed.
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, composeKernel, delegate } from './kernelScope';

type Args = KernelArgs<'x', { axis: number | number[]; keepDims: boolean }>;

/** Below this many rows, the original transpose-and-sum is fast enough. */
const MIN_ROWS = 1024;

/** Build the kernel function; `original` handles every other reduction. */
export function makeSumOverLeadingAxes(original: tf.KernelFunc): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { inputs: { x }, attrs: { axis, keepDims } } = args;
    const rank = x.shape.length;
    const axes = (Array.isArray(axis) ? axis : [axis]).map((a) => (a < 0 ? a + rank : a)).sort((p, q) => p - q);
    const leadingAxes = rank >= 2 && axes.length === rank - 1 && axes.every((a, i) => a === i);
    const channels = x.shape[rank - 1];
    const rows = x.shape.slice(0, -1).reduce((p, q) => p * q, 1);
    if (x.dtype !== 'float32' || !leadingAxes || rows < MIN_ROWS) return delegate(original, args);

    return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
      const tall = scope.run('Reshape', { x }, { shape: [1, rows, 1, channels] });
      const mean = scope.run('AvgPool', { x: tall }, { filterSize: [rows, 1], strides: [rows, 1], pad: 'valid' });
      const total = scope.run('Multiply', { a: mean, b: scope.scalar(rows) });
      const outShape = keepDims ? [...x.shape.slice(0, -1).map(() => 1), channels] : [channels];
      return scope.run('Reshape', { x: total }, { shape: outShape });
    });
  };
}
