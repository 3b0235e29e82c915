/**
 * Fused optimizer updates as kernels of their own (`CourseAdamUpdate`, `CourseRmsPropUpdate`):
 * one call reads a variable, its gradient and its optimizer state once and writes the new
 * values, where tfjs's optimizers run a dozen element-wise kernels. The results are new
 * tensors (the optimizer assigns them), so a tensor that shares memory with a variable, such
 * as a saved copy of the best weights, never changes under its holder.
 */
import * as tf from '@tensorflow/tfjs';
import { NativeKernel, allFloat32, heapViews, sizeOf } from './heap';

export const ADAM_UPDATE = 'CourseAdamUpdate';
export const RMSPROP_UPDATE = 'CourseRmsPropUpdate';

function sameSize(...infos: tf.TensorInfo[]): number | null {
  const n = sizeOf(infos[0].shape);
  return infos.every((info) => sizeOf(info.shape) === n) && n > 0 ? n : null;
}

/** inputs value, grad, m, v; attrs learningRate, beta1, beta2, epsilon, correction1, correction2. */
export const adamUpdate: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { value, grad, m, v } = inputs as Record<'value' | 'grad' | 'm' | 'v', tf.TensorInfo>;
  const n = sameSize(value, grad, m, v);
  if (n == null || !allFloat32(value, grad, m, v)) return null;
  const outs = [value, m, v].map((t) => backend.makeOutput(t.shape, 'float32'));
  const [valueView, gradView, mView, vView, newValue, newM, newV] = heapViews(backend, [value, grad, m, v, ...outs]);
  const a = attrs as Record<string, number>;
  addon.adam(valueView, gradView, mView, vView, newValue, newM, newV, n, a.learningRate, a.beta1, a.beta2, a.epsilon, a.correction1, a.correction2);
  return outs;
};

/** inputs value, grad, meanSquare, moment; attrs learningRate, decay, momentum, epsilon. */
export const rmsPropUpdate: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { value, grad, meanSquare, moment } = inputs as Record<'value' | 'grad' | 'meanSquare' | 'moment', tf.TensorInfo>;
  const n = sameSize(value, grad, meanSquare, moment);
  if (n == null || !allFloat32(value, grad, meanSquare, moment)) return null;
  const outs = [value, meanSquare, moment].map((t) => backend.makeOutput(t.shape, 'float32'));
  const views = heapViews(backend, [value, grad, meanSquare, moment, ...outs]);
  const a = attrs as Record<string, number>;
  addon.rmsprop(views[0], views[1], views[2], views[3], views[4], views[5], views[6], n, a.learningRate, a.decay, a.momentum, a.epsilon);
  return outs;
};
