/**
 * Test helpers for the native kernels: seeded inputs, running one kernel on a backend, the
 * error measure, and a spy that counts which addon functions a kernel call reached.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import type { NativeAddon } from '../lib/engine/native/addon';
import { seededRandom } from '../lib/util/random';

const random = seededRandom(20251130);
export const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Values in [-1, 1) for a tensor of `shape`. */
export function values(shape: number[]): Float32Array {
  return Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => 2 * random() - 1);
}

export type Inputs = Record<string, { shape: number[]; data: Float32Array }>;

/** Run one kernel on `backend` with the given input values; returns every output's values. */
export async function runOn(backend: 'cpu' | 'wasm', kernel: string, inputs: Inputs, attrs: object): Promise<Float32Array[]> {
  await useBackend(backend);
  const tensors: tf.NamedTensorMap = {};
  for (const [name, { shape, data }] of Object.entries(inputs)) tensors[name] = tf.tensor(data, shape);
  const out = tf.engine().runKernel(kernel, tensors, attrs as tf.NamedAttrMap) as tf.Tensor | tf.Tensor[];
  const outs = Array.isArray(out) ? out : [out];
  const result = await Promise.all(outs.map(async (t) => (await t.data()) as Float32Array));
  tf.dispose([...outs, ...Object.values(tensors)]);
  return result;
}

/** Largest difference, relative to the largest reference value. */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  expect(actual.length, 'number of values').to.equal(expected.length);
  let maxDiff = 0;
  let maxRef = 0;
  for (let i = 0; i < expected.length; i++) {
    maxDiff = Math.max(maxDiff, Math.abs(actual[i] - expected[i]));
    maxRef = Math.max(maxRef, Math.abs(expected[i]));
  }
  return maxDiff / Math.max(maxRef, 1e-30);
}

/** Counts the calls each addon function receives while installed. */
export class AddonSpy {
  readonly calls = new Map<string, number>();
  private readonly originals = new Map<string, unknown>();

  constructor(private readonly addon: NativeAddon) {
    const table = addon as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of Object.keys(addon)) {
      const original = table[name];
      this.originals.set(name, original);
      table[name] = (...args: unknown[]) => {
        this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
        return original(...args);
      };
    }
  }

  count(name: keyof NativeAddon): number {
    return this.calls.get(name) ?? 0;
  }

  reset(): void {
    this.calls.clear();
  }

  restore(): void {
    for (const [name, original] of this.originals) (this.addon as unknown as Record<string, unknown>)[name] = original;
  }
}

/** Output size of a convolution or pooling window along one axis. */
export function outSize(size: number, window: number, stride: number, pad: 'same' | 'valid'): number {
  return pad === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

/** Gradient of `loss` for every trainable weight, as arrays, computed on `backend`. */
export async function gradientsOn(backend: 'cpu' | 'wasm', loss: () => tf.Scalar): Promise<Map<string, Float32Array>> {
  await useBackend(backend);
  const { value, grads } = tf.variableGrads(loss);
  const result = new Map<string, Float32Array>();
  for (const [name, grad] of Object.entries(grads)) result.set(name, (await grad.data()) as Float32Array);
  tf.dispose([value, ...Object.values(grads)]);
  return result;
}

/**
 * A whole model's gradients on wasm equal those on cpu: the same weights, none all zero, each
 * within 1e-3 (many kernels add up float32 rounding; that still catches any wrong index).
 * `afterWasm` runs between the wasm run and the comparison (e.g. to check which kernels ran).
 */
export async function expectWasmGradientsLikeCpu(loss: () => tf.Scalar, beforeWasm?: () => void, afterWasm?: () => void): Promise<void> {
  const onCpu = await gradientsOn('cpu', loss);
  beforeWasm?.();
  const onWasm = await gradientsOn('wasm', loss);
  afterWasm?.();
  expect([...onWasm.keys()]).to.deep.equal([...onCpu.keys()]);
  for (const [name, expected] of onCpu) {
    expect(expected.some((v) => v !== 0), `${name}: zero gradient`).to.equal(true);
    expect(relativeError(onWasm.get(name)!, expected), name).to.be.below(1e-3);
  }
}
