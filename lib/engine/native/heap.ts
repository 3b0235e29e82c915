/**
 * Working in place on the wasm backend's memory.
 *
 * A native kernel reads its inputs and writes its output directly in the wasm heap, through
 * Float32Array views. Allocating a tensor can grow the heap, and growing detaches every view
 * taken before (the addon would then get a stale pointer), so each kernel allocates all its
 * outputs first and takes its views last.
 */
import * as tf from '@tensorflow/tfjs';
import type { NativeAddon } from './addon';

/** The parts of tfjs's wasm backend a native kernel uses. */
export interface HeapBackend {
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array;
  disposeData(dataId: object, force?: boolean): boolean;
}

/** What tfjs hands a kernel function. */
export interface NativeKernelArgs {
  inputs: Record<string, tf.TensorInfo | undefined>;
  backend: HeapBackend;
  attrs: Record<string, unknown>;
}

/**
 * A native kernel: the outputs it computed, or null for a case it does not cover (another
 * dtype, an unsupported activation, ...), which the previous kernel then handles.
 */
export type NativeKernel = (args: NativeKernelArgs, addon: NativeAddon) => tf.TensorInfo | tf.TensorInfo[] | null;

/** Views of the tensors, in order. Call after the last allocation of the kernel call. */
export function heapViews(backend: HeapBackend, infos: tf.TensorInfo[]): Float32Array[] {
  return infos.map((info) => backend.typedArrayFromHeap(info));
}

/** True when every tensor given is float32 (the only type the native kernels compute in). */
export function allFloat32(...infos: Array<tf.TensorInfo | undefined>): boolean {
  return infos.every((info) => info === undefined || info.dtype === 'float32');
}

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Activations oneDNN can apply as it writes a result, by the code native/common.h uses.
 * tfjs's 'prelu' needs a weight tensor and is left to the wasm kernels.
 */
export const ACTIVATIONS = ['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu'] as const;

/** The activation's code, or -1 when oneDNN cannot fuse it. */
export function activationCode(name: unknown): number {
  return ACTIVATIONS.indexOf((name ?? 'linear') as (typeof ACTIVATIONS)[number]);
}
