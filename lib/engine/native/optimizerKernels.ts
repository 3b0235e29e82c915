/**
 * Fused optimizer updates as kernels of their own (`CourseAdamUpdate`, `CourseRmsPropUpdate`):
 * one call reads a variable, its gradient and its optimizer state once and writes the new
 * values, where tfjs's optimizers run a dozen element-wise kernels. The kernels' results are
 * new tensors (the optimizer assigns them), so a tensor that shares memory with a variable,
 * such as a saved copy of the best weights, never changes under its holder. When nothing
 * shares that memory, `adamInPlace` and `rmsPropInPlace` write over it instead, which saves
 * three allocations and a third of the memory traffic per variable.
 */
import * as tf from '@tensorflow/tfjs';
import type { NativeAddon } from './addon';
import { HeapBackend, NativeKernel, allFloat32, heapViews, sizeOf } from './heap';

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

/** The wasm backend's count of tensors that share a buffer. */
interface CountingBackend extends HeapBackend {
  refCount(dataId: object): number;
}

/**
 * Run a fused update over the variable and its state in place, with no new tensors, when that
 * is safe: all float32, all the same size, and no other tensor (a clone, a reshape, a saved
 * copy of the best weights) shares the memory of the tensors written. Returns false when it
 * did nothing; the caller then runs the update kernel, which makes new tensors.
 */
function inPlace(addon: NativeAddon, written: tf.Tensor[], grad: tf.Tensor, run: (views: Float32Array[], n: number) => void): boolean {
  const backend = tf.backend() as unknown as CountingBackend;
  if (typeof backend.refCount !== 'function' || typeof backend.typedArrayFromHeap !== 'function') return false;
  const all = [...written, grad];
  const n = sameSize(...all);
  if (n == null || !allFloat32(...all) || written.some((t) => backend.refCount(t.dataId) !== 1)) return false;
  run(heapViews(backend, all), n);
  return true;
}

/** Adam's step in place (see `inPlace`); attrs as for the `CourseAdamUpdate` kernel. */
export function adamInPlace(addon: NativeAddon, value: tf.Tensor, grad: tf.Tensor, m: tf.Tensor, v: tf.Tensor, a: Record<string, number>): boolean {
  return inPlace(addon, [value, m, v], grad, ([valueView, mView, vView, gradView], n) =>
    addon.adam(valueView, gradView, mView, vView, valueView, mView, vView, n, a.learningRate, a.beta1, a.beta2, a.epsilon, a.correction1, a.correction2),
  );
}

/** RMSprop's step in place (see `inPlace`); attrs as for the `CourseRmsPropUpdate` kernel. */
export function rmsPropInPlace(addon: NativeAddon, value: tf.Tensor, grad: tf.Tensor, meanSquare: tf.Tensor, moment: tf.Tensor, a: Record<string, number>): boolean {
  return inPlace(addon, [value, meanSquare, moment], grad, ([valueView, msView, momentView, gradView], n) =>
    addon.rmsprop(valueView, gradView, msView, momentView, valueView, msView, momentView, n, a.learningRate, a.decay, a.momentum, a.epsilon),
  );
}
