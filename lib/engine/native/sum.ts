/**
 * `Sum` over every axis but the last: the bias gradient of every dense and convolutional
 * layer, summed over a whole batch of activations. Other sums go to the wasm kernel.
 */
import * as tf from '@tensorflow/tfjs';
import { NativeKernel, allFloat32, heapViews, sizeOf } from './heap';

export const sumOverLeadingAxes: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { x } = inputs as Record<'x', tf.TensorInfo>;
  const rank = x.shape.length;
  if (!allFloat32(x) || rank < 2) return null;
  const axes = tf.util.parseAxisParam(attrs.axis as number | number[], x.shape).sort((a, b) => a - b);
  const leading = axes.length === rank - 1 && axes.every((axis, i) => axis === i);
  if (!leading) return null;
  const cols = x.shape[rank - 1];
  const rows = sizeOf(x.shape) / cols;
  if (rows < 1 || cols < 1) return null;
  const outShape = attrs.keepDims === true ? [...x.shape.slice(0, -1).map(() => 1), cols] : [cols];
  const out = backend.makeOutput(outShape, 'float32');
  const [xView, outView] = heapViews(backend, [x, out]);
  addon.sumRows(xView, outView, rows, cols);
  return out;
};
