/**
 * Calling backend kernels from inside a kernel, without leaking memory.
 *
 * A kernel receives and returns `TensorInfo`s (a data id plus a shape), not `tf.Tensor`s: the
 * engine is busy running the outer kernel, so the inner work talks to the backend directly.
 * Every intermediate result a composed kernel makes is backend memory that nobody else knows
 * about; `KernelScope` remembers each one and frees it when the composed kernel is done.
 */
import * as tf from '@tensorflow/tfjs';

/** The part of a backend that every composed kernel needs: releasing intermediate results. */
export interface ComposingBackend {
  /** Release one reference to backend memory. */
  disposeData(dataId: object, force?: boolean): boolean;
}

/** What the wasm backend adds, for kernels that create constants or read values directly. */
export interface WasmMemoryBackend extends ComposingBackend {
  /** Copy a tensor's values out of backend memory. */
  readSync(dataId: object): unknown;
  /** Allocate backend memory for a new tensor, optionally filled with `values`. */
  makeOutput(shape: number[], dtype: 'float32', memoryOffset?: number, values?: Float32Array): tf.TensorInfo;
}

/** The inputs and attributes of one kernel call, as tfjs-core names them. */
export type KernelInputs = Record<string, tf.TensorInfo>;
export type KernelAttrs = Record<string, unknown>;

/** What tfjs passes to a kernel function, with its input names and attributes spelled out. */
export interface KernelArgs<InputName extends string, Attrs> {
  inputs: Record<InputName, tf.TensorInfo>;
  backend: unknown;
  attrs: Attrs;
}

/** Tracks the intermediate results of one composed kernel call. */
export class KernelScope {
  private readonly intermediates: tf.TensorInfo[] = [];

  constructor(
    readonly backend: ComposingBackend,
    readonly backendName: string,
  ) {}

  /**
   * Run a kernel registered for this backend (or the given implementation, e.g. an original
   * kernel that ours replaced) and remember its output for disposal.
   */
  run(kernel: string | tf.KernelFunc, inputs: KernelInputs, attrs: KernelAttrs = {}): tf.TensorInfo {
    const kernelFunc = typeof kernel === 'string' ? registeredKernelFunc(kernel, this.backendName) : kernel;
    const result = kernelFunc({ inputs, backend: this.backend as never, attrs: attrs as tf.NamedAttrMap });
    if (Array.isArray(result)) {
      throw new Error('KernelScope.run expects a kernel with exactly one output'); // internal
    }
    this.intermediates.push(result);
    return result;
  }

  /** A float32 constant in backend memory (freed with the scope). */
  constant(shape: number[], values: Float32Array): tf.TensorInfo {
    const backend = this.backend as Partial<WasmMemoryBackend>;
    if (typeof backend.makeOutput !== 'function') {
      throw new Error(`KernelScope.constant needs the wasm backend, not '${this.backendName}'`); // internal
    }
    const info = backend.makeOutput(shape, 'float32', undefined, values);
    this.intermediates.push(info);
    return info;
  }

  /** A float32 scalar constant in backend memory (freed with the scope). */
  scalar(value: number): tf.TensorInfo {
    return this.constant([], Float32Array.of(value));
  }

  /** Hand `info` to the caller: it will not be freed when the scope ends. */
  keep(info: tf.TensorInfo): tf.TensorInfo {
    const index = this.intermediates.lastIndexOf(info);
    if (index >= 0) this.intermediates.splice(index, 1);
    return info;
  }

  /** Free every intermediate result that was not kept. */
  dispose(): void {
    for (const info of this.intermediates.splice(0)) this.backend.disposeData(info.dataId);
  }
}

/** The kernel function registered for `kernelName` on `backendName`, or a clear error. */
export function registeredKernelFunc(kernelName: string, backendName: string): tf.KernelFunc {
  const config = tf.getKernel(kernelName, backendName);
  if (config == null) {
    throw new Error(`Kernel '${kernelName}' is not registered for backend '${backendName}'`); // internal
  }
  return config.kernelFunc;
}

/**
 * Hand a kernel call on to another implementation unchanged, e.g. to the original wasm kernel
 * for the cases a faster composition does not cover.
 */
export function delegate<I extends string, A>(kernelFunc: tf.KernelFunc, args: KernelArgs<I, A>): tf.TensorInfo {
  return kernelFunc(args as unknown as Parameters<tf.KernelFunc>[0]) as tf.TensorInfo;
}

/**
 * Run `compose` with a fresh scope and return its result; every other intermediate is freed,
 * also when `compose` throws.
 */
export function composeKernel(
  backend: ComposingBackend,
  backendName: string,
  compose: (scope: KernelScope) => tf.TensorInfo,
): tf.TensorInfo {
  const scope = new KernelScope(backend, backendName);
  try {
    return scope.keep(compose(scope));
  } finally {
    scope.dispose();
  }
}
