/**
 * A dense layer as one kernel: `activation(x · kernel + bias)` forward, and a backward pass of
 * one activation-gradient call plus the two matrix products.
 *
 * Why: tfjs's own dense layer, while it records gradients, runs its product, bias and
 * activation as separate kernels, and each saved tensor is copied onto the tape. In a dense
 * VAE's training step that was about a hundred kernel calls, each with tfjs's bookkeeping
 * around it. As one kernel the forward pass is one oneDNN call (bias and activation fused),
 * and the backward pass computes the activation's gradient and the bias gradient in a single
 * pass over memory (native/elementwise.cc).
 *
 * Only the wasm backend with the native kernels has these; `lib/models/layers.ts` falls back to
 * tfjs's own dense layer everywhere else.
 */
import * as tf from '@tensorflow/tfjs';
import { NativeKernel, activationCode, allFloat32, heapViews } from './heap';

export const DENSE = 'CourseDense';
export const DENSE_GRAD = 'CourseDenseGrad';

/** The activations with a fused gradient here (the others use tfjs's dense layer). */
export const DENSE_ACTIVATIONS = ['linear', 'relu', 'sigmoid'] as const;
export type DenseActivation = (typeof DENSE_ACTIVATIONS)[number];

/** Forward: x [rows, in] · kernel [in, out] (+ bias [out]), then the activation, in one call. */
export const denseForward: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { x, kernel, bias } = inputs as Record<'x' | 'kernel', tf.TensorInfo> & { bias?: tf.TensorInfo };
  const activation = activationCode(attrs.activation);
  if (!allFloat32(x, kernel, bias) || x.shape.length !== 2 || kernel.shape.length !== 2 || activation < 0) return null;
  const [rows, inputs_] = x.shape;
  const [kernelIn, units] = kernel.shape;
  if (inputs_ !== kernelIn || (bias && (bias.shape.length !== 1 || bias.shape[0] !== units))) return null;
  const out = backend.makeOutput([rows, units], 'float32');
  const [xView, kernelView, outView, biasView] = heapViews(backend, bias ? [x, kernel, out, bias] : [x, kernel, out]);
  addon.matMul(xView, kernelView, outView, biasView ?? null, [1, 1, rows, inputs_, units, 0, 0, activation], 0.2);
  return out;
};

/** Backward through the activation: [dy · f'(y), its column sums (the bias gradient)]. */
export const denseGrad: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { dy, y } = inputs as Record<'dy' | 'y', tf.TensorInfo>;
  const activation = activationCode(attrs.activation);
  if (!allFloat32(dy, y) || dy.shape.length !== 2 || dy.shape.join() !== y.shape.join()) return null;
  if (!DENSE_ACTIVATIONS.includes(attrs.activation as DenseActivation)) return null;
  const [rows, cols] = dy.shape;
  const dyAct = backend.makeOutput([rows, cols], 'float32');
  const biasGrad = backend.makeOutput([cols], 'float32');
  const views = heapViews(backend, [dy, y, dyAct, biasGrad]);
  addon.denseGrad(views[0], views[1], views[2], views[3], rows, cols, activation);
  return [dyAct, biasGrad];
};

/** x · y on the native kernels, 2-D operands as they are (no reshapes to 3-D and back). */
function product(a: tf.Tensor, b: tf.Tensor, transposeA: boolean, transposeB: boolean): tf.Tensor {
  return tf.engine().runKernel('BatchMatMul', { a, b }, { transposeA, transposeB }) as tf.Tensor;
}

/**
 * The gradient: the activation's gradient once, then each input's gradient only when tfjs
 * asks for it (the first layer's input gradient is not needed, and costs a whole product).
 */
export const denseGradient: tf.GradConfig = {
  kernelName: DENSE,
  inputsToSave: ['x', 'kernel'],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, kernel, y] = saved;
    const [dyAct, biasGrad] = tf.engine().runKernel(DENSE_GRAD, { dy: dy as tf.Tensor, y }, { activation: attrs.activation }) as tf.Tensor[];
    return {
      x: () => product(dyAct, kernel, false, true),
      kernel: () => product(x, dyAct, true, false),
      bias: () => biasGrad,
    };
  },
};

/**
 * `activation(x · kernel + bias)` as one recorded kernel. Call only where `denseKernelRuns`
 * said yes (the wasm backend with the native kernels on).
 */
export function denseKernel(x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D | undefined, activation: DenseActivation): tf.Tensor2D {
  const inputs: tf.NamedTensorMap = bias ? { x, kernel, bias } : { x, kernel };
  return tf.engine().runKernel(DENSE, inputs, { activation }) as tf.Tensor2D;
}
