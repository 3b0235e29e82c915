/**
 * Matrix products on oneDNN: `BatchMatMul` and `_FusedMatMul` (bias row plus activation).
 * Transposed operands are read through strides, never copied. Batch dimensions may be equal
 * on both sides or 1 on one side (broadcast); anything else goes to the wasm kernel.
 */
import * as tf from '@tensorflow/tfjs';
import { NativeKernel, activationCode, allFloat32, heapViews, sizeOf } from './heap';

function product(a: tf.TensorInfo, b: tf.TensorInfo, transposeA: boolean, transposeB: boolean) {
  const rankA = a.shape.length;
  const rankB = b.shape.length;
  if (rankA < 2 || rankB < 2) return null;
  const m = transposeA ? a.shape[rankA - 1] : a.shape[rankA - 2];
  const k = transposeA ? a.shape[rankA - 2] : a.shape[rankA - 1];
  const kB = transposeB ? b.shape[rankB - 1] : b.shape[rankB - 2];
  const n = transposeB ? b.shape[rankB - 2] : b.shape[rankB - 1];
  if (k !== kB) return null; // the wasm kernel gives tfjs's own error message
  const batchA = sizeOf(a.shape.slice(0, -2));
  const batchB = sizeOf(b.shape.slice(0, -2));
  // oneDNN pairs matrix i of a with matrix i of b, or repeats a single matrix on one side.
  if (batchA !== batchB && batchA !== 1 && batchB !== 1) return null;
  let batchDims: number[];
  try {
    batchDims = tf.backend_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  } catch {
    return null;
  }
  if (sizeOf(batchDims) !== Math.max(batchA, batchB)) return null;
  if (m * n * k === 0) return null;
  return { batchA, batchB, m, k, n, outShape: [...batchDims, m, n] };
}

/** `BatchMatMul` and `_FusedMatMul` share this; `fused` says which attributes to expect. */
function matMulKernel(fused: boolean): NativeKernel {
  return ({ inputs, backend, attrs }, addon) => {
    const { a, b } = inputs as Record<'a' | 'b', tf.TensorInfo>;
    const bias = fused ? inputs.bias : undefined;
    const transposeA = attrs.transposeA === true;
    const transposeB = attrs.transposeB === true;
    const activation = fused ? activationCode(attrs.activation) : 0;
    if (!allFloat32(a, b, bias) || activation < 0 || (fused && inputs.preluActivationWeights)) return null;
    const p = product(a, b, transposeA, transposeB);
    if (p == null) return null;
    // Only a bias of one value per output column is fused; other broadcasts stay on wasm.
    if (bias && (sizeOf(bias.shape) !== p.n || bias.shape[bias.shape.length - 1] !== p.n)) return null;
    const out = backend.makeOutput(p.outShape, 'float32');
    const [aView, bView, outView, biasView] = heapViews(backend, bias ? [a, b, out, bias] : [a, b, out]);
    const dims = [p.batchA, p.batchB, p.m, p.k, p.n, transposeA ? 1 : 0, transposeB ? 1 : 0, activation];
    addon.matMul(aView, bView, outView, biasView ?? null, dims, Number(attrs.leakyreluAlpha ?? 0.2));
    return out;
  };
}

export const batchMatMul = matMulKernel(false);
export const fusedMatMul = matMulKernel(true);
