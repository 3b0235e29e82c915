/**
 * Training kernels for the TensorFlow.js WebAssembly backend (and one fix for the cpu backend).
 *
 * The wasm backend is built for inference: one gradient kernel is missing, so convolutional
 * models cannot train at all, and several others run slow generic loops or give wrong
 * results. Each module here holds one kernel, composed from fast wasm kernels:
 *
 * - Conv2DBackpropFilter (missing): a convolution of x with dy.
 * - Conv2DBackpropInput (a plain loop): a convolution of dy with the turned filter.
 * - BatchMatMul (a plain loop when an operand is transposed): explicit transpose, then XNNPACK.
 * - MaxPoolGrad (wrong on ties and on windows <= 0): exact first-maximum rule, fast kernels.
 * - ResizeNearestNeighborGrad (a plain loop): block sums by average pooling.
 * - Sum over all axes but the last (a bias gradient; transposed first): average pooling.
 * - Identity (copied every tensor saved for the gradient): shares the buffer instead.
 * - UnsortedSegmentSum (missing; the gradient of Gather, so of tf.layers.embedding): one-hot
 *   matrix of the indices times the rows.
 *
 * `registerWasmTrainingKernels` installs them all. Every kernel is tested against the
 * pure-JavaScript cpu backend (test/kernels.test.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dBackpropFilter } from './conv2dBackpropFilter';
import { unsortedSegmentSum } from './unsortedSegmentSum';
import { makeConv2dBackpropInput } from './conv2dBackpropInput';
import { makeMatMulWithoutTranspose } from './matMulWithoutTranspose';
import { makeMaxPoolGrad } from './maxPoolGrad';
import { makeResizeNearestNeighborGrad } from './resizeNearestNeighborGrad';
import { makeSharedIdentity } from './sharedIdentity';
import { makeSumOverLeadingAxes } from './sumOverLeadingAxes';
import { makeBatchSafeResizeNearestNeighborGrad } from './cpuResizeNearestNeighborGrad';

/** The kernels `registerWasmTrainingKernels` adds to or replaces on the wasm backend. */
export const WASM_TRAINING_KERNELS = [
  'Conv2DBackpropFilter',
  'Conv2DBackpropInput',
  'BatchMatMul',
  'MaxPoolGrad',
  'ResizeNearestNeighborGrad',
  'Identity',
  'Sum',
  'UnsortedSegmentSum',
] as const;

/**
 * Marks the kernel functions registered here. The registry is global (one per tfjs-core), so
 * the mark, unlike a module variable, also stops a second copy of this module from wrapping
 * our kernels again.
 */
const COURSE_KERNEL = Symbol.for('autoencoders-course.kernel');

/**
 * Register the course's wasm training kernels. Safe to call many times; call it before the
 * wasm backend is first used (lib/engine/backend.ts does this). Throws when the
 * @tensorflow/tfjs-backend-wasm package cannot be loaded.
 */
export function registerWasmTrainingKernels(): void {
  // The wasm package registers its own kernels when it is loaded; ours must come after them.
  require('@tensorflow/tfjs-backend-wasm');
  addKernel('Conv2DBackpropFilter', conv2dBackpropFilter);
  addKernel('UnsortedSegmentSum', unsortedSegmentSum);
  replaceKernel('Conv2DBackpropInput', makeConv2dBackpropInput);
  replaceKernel('BatchMatMul', makeMatMulWithoutTranspose);
  replaceKernel('MaxPoolGrad', makeMaxPoolGrad);
  replaceKernel('ResizeNearestNeighborGrad', makeResizeNearestNeighborGrad);
  replaceKernel('Identity', makeSharedIdentity);
  replaceKernel('Sum', makeSumOverLeadingAxes);
}

/**
 * Replace the cpu backend's `ResizeNearestNeighborGrad`, which gives wrong gradients for
 * batches of more than one image (see cpuResizeNearestNeighborGrad.ts). Safe to call many times.
 */
export function registerCpuKernelFixes(): void {
  replaceKernel('ResizeNearestNeighborGrad', makeBatchSafeResizeNearestNeighborGrad, 'cpu');
}

// Our kernels take precisely typed arguments; tfjs's registry stores the loosely typed form.
type AnyKernel = (args: never) => tf.TensorInfo;

/** True when the registered kernel is already one of ours. */
function isOurs(kernelName: string, backendName: string): boolean {
  const config = tf.getKernel(kernelName, backendName);
  return config != null && (config.kernelFunc as unknown as Record<symbol, boolean>)[COURSE_KERNEL] === true;
}

function marked(kernelFunc: AnyKernel): tf.KernelFunc {
  return Object.assign(kernelFunc, { [COURSE_KERNEL]: true }) as unknown as tf.KernelFunc;
}

/** Register a kernel the wasm backend does not have. */
function addKernel(kernelName: string, kernelFunc: AnyKernel): void {
  if (tf.getKernel(kernelName, 'wasm') == null) {
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc: marked(kernelFunc) });
  }
}

/**
 * Replace a kernel with a better one that may fall back to the original. The original's
 * setup function is kept, because the wasm backend runs it at start-up to connect the kernel
 * to its WebAssembly code; the fallback would not work without it.
 */
function replaceKernel(
  kernelName: string,
  makeBetter: (original: tf.KernelFunc) => AnyKernel,
  backendName = 'wasm',
): void {
  if (isOurs(kernelName, backendName)) return;
  const original = tf.getKernel(kernelName, backendName);
  // internal: the kernels replaced are tfjs's own, registered when its backend loads
  if (original == null) throw new Error(`${backendName} kernel '${kernelName}' to replace is not registered`);
  tf.unregisterKernel(kernelName, backendName);
  tf.registerKernel({
    kernelName,
    backendName,
    setupFunc: original.setupFunc,
    disposeFunc: original.disposeFunc,
    kernelFunc: marked(makeBetter(original.kernelFunc)),
  });
}
