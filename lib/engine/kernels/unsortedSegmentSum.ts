/**
 * `UnsortedSegmentSum` for the wasm backend, which does not have it. It is the gradient of
 * `Gather`, so without it `tf.layers.embedding` (a gather from the embedding matrix) cannot
 * train on wasm: every row of dy is added to the row of the gradient its index names.
 *
 * Composed from kernels wasm has: a one-hot matrix of the indices, [N, segments], times the
 * rows of x, [N, D], with the one-hot matrix transposed: out = oneHot^T . x, [segments, D].
 * An index outside [0, segments) has an all-zero one-hot row, so its row is dropped (as the
 * TensorFlow op drops negative indices). Memory: N x segments floats for the one-hot matrix,
 * fine for the vocabularies of a course (a 10,000-word vocabulary at N = 2,048 needs 80 MB).
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, composeKernel } from './kernelScope';

type Args = KernelArgs<'x' | 'segmentIds', { numSegments: number }>;

export function unsortedSegmentSum(args: Args): tf.TensorInfo {
  const { inputs: { x, segmentIds }, attrs: { numSegments } } = args;
  const idShape = segmentIds.shape;
  if (idShape.some((size, i) => size !== x.shape[i])) {
    // internal: tfjs checks the shapes of its ops before the kernel runs
    throw new Error(`UnsortedSegmentSum: segmentIds [${idShape}] must match the first axes of x [${x.shape}]`);
  }
  const rows = idShape.reduce((a, b) => a * b, 1);
  const rowShape = x.shape.slice(idShape.length);
  const width = rowShape.reduce((a, b) => a * b, 1);
  return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
    const ids = segmentIds.dtype === 'int32' ? segmentIds : scope.run('Cast', { x: segmentIds }, { dtype: 'int32' });
    const flatIds = scope.run('Reshape', { x: ids }, { shape: [rows] });
    // wasm's OneHot writes int32 whatever dtype it is asked for, so make int32 and cast.
    const oneHotInts = scope.run('OneHot', { indices: flatIds }, { depth: numSegments, onValue: 1, offValue: 0, dtype: 'int32' });
    const oneHot = scope.run('Cast', { x: oneHotInts }, { dtype: 'float32' });
    const floats = x.dtype === 'float32' ? x : scope.run('Cast', { x }, { dtype: 'float32' });
    const a = scope.run('Reshape', { x: oneHot }, { shape: [1, rows, numSegments] });
    const b = scope.run('Reshape', { x: floats }, { shape: [1, rows, width] });
    const sums = scope.run('BatchMatMul', { a, b }, { transposeA: true, transposeB: false });
    const shaped = scope.run('Reshape', { x: sums }, { shape: [numSegments, ...rowShape] });
    return x.dtype === 'float32' ? shaped : scope.run('Cast', { x: shaped }, { dtype: x.dtype });
  });
}
