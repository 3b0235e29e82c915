/**
 * The native kernel pack on the wasm backend: oneDNN matrix products, convolutions and their
 * gradients, bias sums, max-pooling's gradient, nearest-neighbour resizing and fused optimizer
 * updates, registered in place of the wasm kernels.
 *
 * Each native kernel covers the common cases and hands every other call (another dtype, NCHW,
 * an activation oneDNN cannot fuse, ...) to the kernel it replaced. Without the addon (not
 * built, another OS, COURSE_NATIVE=0) nothing is registered and the wasm kernels run as before;
 * `nativeStatus()` says which in one sentence.
 */
import * as tf from '@tensorflow/tfjs';
import { AddonLoad, NativeAddon, loadAddon } from './addon';
import { conv2d, conv2dBackpropFilter, conv2dBackpropInput, fusedConv2d } from './conv';
import { NativeKernel, NativeKernelArgs } from './heap';
import { DENSE, DENSE_ACTIVATIONS, DENSE_GRAD, DenseActivation, denseForward, denseGrad, denseGradient } from './dense';
import { batchMatMul, fusedMatMul } from './matMul';
import { maxPoolGrad, resizeNearestNeighbor, resizeNearestNeighborGrad } from './pool';
import {
  ADAM_UPDATE,
  RMSPROP_UPDATE,
  adamInPlace as adamInPlaceWith,
  adamUpdate,
  rmsPropInPlace as rmsPropInPlaceWith,
  rmsPropUpdate,
} from './optimizerKernels';
import { sumOverLeadingAxes } from './sum';

export { ADAM_UPDATE, RMSPROP_UPDATE } from './optimizerKernels';
export { threadsWanted } from './addon';
export { denseKernel } from './dense';
export type { DenseActivation } from './dense';

/** The wasm kernels the native pack replaces, and the kernels it adds. */
const REPLACED: Record<string, NativeKernel> = {
  BatchMatMul: batchMatMul,
  _FusedMatMul: fusedMatMul,
  Conv2D: conv2d,
  FusedConv2D: fusedConv2d,
  Conv2DBackpropInput: conv2dBackpropInput,
  Conv2DBackpropFilter: conv2dBackpropFilter,
  Sum: sumOverLeadingAxes,
  MaxPoolGrad: maxPoolGrad,
  ResizeNearestNeighbor: resizeNearestNeighbor,
  ResizeNearestNeighborGrad: resizeNearestNeighborGrad,
};
const ADDED: Record<string, NativeKernel> = {
  [ADAM_UPDATE]: adamUpdate,
  [RMSPROP_UPDATE]: rmsPropUpdate,
  [DENSE]: denseForward,
  [DENSE_GRAD]: denseGrad,
};
export const NATIVE_KERNELS = [...Object.keys(REPLACED), ...Object.keys(ADDED)];

/** Marks our registrations (the registry is global, so this survives a second copy of this module). */
const NATIVE_MARK = Symbol.for('autoencoders-course.native-kernel');
/**
 * The mark of the course's wasm kernels (lib/engine/kernels): carrying it too stops those from
 * wrapping a native kernel when they are registered again (each `useBackend` does).
 */
const COURSE_KERNEL_MARK = Symbol.for('autoencoders-course.kernel');

/** Whether the native kernels compute or hand every call on (tests and the benchmark compare both). */
let enabled = true;

/** How the addon loaded; set by `registerNativeKernels`. */
let load: AddonLoad | undefined;

/** Settings read from the environment by the caller (lib/util/env.ts owns COURSE_* variables). */
export interface NativeSettings {
  /** false when COURSE_NATIVE=0. */
  enabled: boolean;
  /** COURSE_THREADS as written, or undefined for every core present. */
  threads: string | undefined;
}

/**
 * Load the addon and register its kernels on the wasm backend, after the wasm package and the
 * course's wasm kernels are registered (those become the fallbacks). Safe to call many times.
 * Returns the addon, or undefined when it is not available (see `nativeStatus`).
 */
export function registerNativeKernels(settings: NativeSettings): NativeAddon | undefined {
  load ??= loadAddon(settings.enabled, settings.threads);
  const addon = load.addon;
  if (addon === undefined) return undefined;
  for (const [name, kernel] of Object.entries(REPLACED)) register(name, kernel, addon);
  for (const [name, kernel] of Object.entries(ADDED)) register(name, kernel, addon);
  tf.registerGradient(denseGradient);
  return addon;
}

function register(kernelName: string, kernel: NativeKernel, addon: NativeAddon): void {
  const previous = tf.getKernel(kernelName, 'wasm');
  if (previous && (previous.kernelFunc as unknown as Record<symbol, boolean>)[NATIVE_MARK]) return;
  const fallback: tf.KernelFunc =
    previous?.kernelFunc ??
    (() => {
      throw new Error(`${kernelName} needs the native kernels and float32 inputs of matching sizes`); // internal
    });
  const kernelFunc = (args: Parameters<tf.KernelFunc>[0]) => {
    if (!enabled) return fallback(args);
    return kernel(args as unknown as NativeKernelArgs, addon) ?? fallback(args);
  };
  if (previous) tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({
    kernelName,
    backendName: 'wasm',
    // The wasm backend connects its own kernels to their WebAssembly code in these.
    setupFunc: previous?.setupFunc,
    disposeFunc: previous?.disposeFunc,
    kernelFunc: Object.assign(kernelFunc, { [NATIVE_MARK]: true, [COURSE_KERNEL_MARK]: true }) as unknown as tf.KernelFunc,
  });
}

/** True when the native kernels are registered and switched on. */
export function nativeKernelsActive(): boolean {
  return load?.addon !== undefined && enabled;
}

/**
 * True when a dense layer with this activation, on this input, can run as the one native
 * kernel of `denseKernel` (lib/engine/native/dense.ts).
 */
export function denseKernelRuns(activation: string, x: tf.Tensor): boolean {
  return (
    nativeKernelsActive() &&
    tf.getBackend() === 'wasm' &&
    x.rank === 2 &&
    x.dtype === 'float32' &&
    DENSE_ACTIVATIONS.includes(activation as DenseActivation)
  );
}

/**
 * Switch the registered native kernels on or off at run time (off: every call goes to the wasm
 * kernels). For comparisons in tests and the benchmark; COURSE_NATIVE=0 is the setting for users.
 */
export function setNativeKernelsEnabled(on: boolean): void {
  enabled = on;
}

type InPlaceArgs = [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor, Record<string, number>];

/**
 * Adam's fused step over (value, grad, m, v) in place, when the native kernels run and no other
 * tensor shares the memory written; false when it did nothing (then run ADAM_UPDATE).
 */
export function adamInPlace(...args: InPlaceArgs): boolean {
  return nativeKernelsActive() && tf.getBackend() === 'wasm' && adamInPlaceWith(load!.addon!, ...args);
}

/** RMSprop's fused step over (value, grad, meanSquare, moment) in place; see `adamInPlace`. */
export function rmsPropInPlace(...args: InPlaceArgs): boolean {
  return nativeKernelsActive() && tf.getBackend() === 'wasm' && rmsPropInPlaceWith(load!.addon!, ...args);
}

/** Threads the native kernels use, or 0 when they are not loaded. */
export function nativeThreads(): number {
  return load?.addon ? load.addon.threads() : 0;
}

/**
 * One sentence on the wasm backend's kernels: "wasm with native oneDNN kernels, 2 threads", or
 * "wasm only: the native kernels did not build (reason)".
 */
export function nativeStatus(): string {
  if (load === undefined) return 'wasm only: the native kernels were not loaded';
  if (load.addon === undefined) return `wasm only: ${load.reason}`;
  if (!enabled) return 'wasm only: the native kernels are switched off';
  const threads = load.addon.threads();
  return `wasm with native oneDNN kernels, ${threads} thread${threads === 1 ? '' : 's'}`;
}
