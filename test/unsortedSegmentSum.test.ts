/**
 * The wasm backend's composed UnsortedSegmentSum (lib/kernels/unsortedSegmentSum.ts) against
 * the cpu backend, and what it is for: tf.layers.embedding training on wasm.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { seededRandom } from '../lib/util/random';

const random = seededRandom(1717);

async function segmentSumOn(backend: 'cpu' | 'wasm', x: number[], xShape: number[], ids: number[], idShape: number[], segments: number): Promise<number[]> {
  await useBackend(backend);
  return tf.tidy(() => {
    const xs: tf.Tensor = tf.tensor(x, xShape);
    const segmentIds: tf.Tensor = tf.tensor(ids, idShape, 'int32');
    return Array.from(tf.unsortedSegmentSum(xs, segmentIds as tf.Tensor1D, segments).dataSync());
  });
}

function maxDifference(a: number[], b: number[]): number {
  expect(a.length).to.equal(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

describe('UnsortedSegmentSum on wasm', function () {
  this.timeout(60_000);
  let previous: string;
  before(() => (previous = tf.getBackend() ?? 'cpu'));
  after(async () => useBackend(previous as 'cpu'));

  const cases: Array<{ label: string; rows: number; rowShape: number[]; segments: number }> = [
    { label: 'rows of 5, repeated indices', rows: 40, rowShape: [5], segments: 7 },
    { label: 'rows of shape [2, 3]', rows: 17, rowShape: [2, 3], segments: 4 },
    { label: 'one segment', rows: 9, rowShape: [1], segments: 1 },
    { label: 'an embedding gradient: 64 x 32 tokens into 39 rows of 16', rows: 64 * 32, rowShape: [16], segments: 39 },
  ];
  for (const { label, rows, rowShape, segments } of cases) {
    it(`matches the cpu backend: ${label}`, async () => {
      const width = rowShape.reduce((a, b) => a * b, 1);
      const x = Array.from({ length: rows * width }, () => 2 * random() - 1);
      const ids = Array.from({ length: rows }, () => Math.floor(random() * segments));
      const expected = await segmentSumOn('cpu', x, [rows, ...rowShape], ids, [rows], segments);
      const actual = await segmentSumOn('wasm', x, [rows, ...rowShape], ids, [rows], segments);
      expect(expected.some((v) => v !== 0)).to.equal(true);
      expect(maxDifference(actual, expected)).to.be.below(1e-4);
    });
  }

  it('drops rows whose index is negative, as TensorFlow does', async () => {
    const x = [1, 2, 3, 4, 5, 6];
    const actual = await segmentSumOn('wasm', x, [3, 2], [0, -1, 0], [3], 2);
    expect(actual).to.deep.equal([6, 8, 0, 0]);
  });

  it('leaves no tensors behind', async () => {
    await useBackend('wasm');
    const x = tf.randomNormal([20, 3]);
    const ids = tf.tensor1d([...Array(20).keys()].map((i) => i % 4), 'int32');
    const before = tf.memory().numTensors;
    tf.unsortedSegmentSum(x, ids, 4).dispose();
    expect(tf.memory().numTensors).to.equal(before);
    tf.dispose([x, ids]);
  });

  it('lets tf.layers.embedding train on wasm, with the same gradients as on cpu', async () => {
    const tokens = Array.from({ length: 8 * 6 }, () => Math.floor(random() * 10));
    const table = Array.from({ length: 10 * 4 }, () => random() - 0.5);
    const gradientOn = async (backend: 'cpu' | 'wasm') => {
      await useBackend(backend);
      const layer = tf.layers.embedding({ inputDim: 10, outputDim: 4, weights: [tf.tensor2d(table, [10, 4])] });
      const model = tf.sequential({ layers: [layer] });
      model.build([null, 6]);
      const values = tf.tidy(() => {
        const input = tf.tensor2d(tokens, [8, 6], 'int32');
        const { grads } = tf.variableGrads(() => (model.apply(input) as tf.Tensor).square().sum() as tf.Scalar);
        return Array.from(Object.values(grads)[0].dataSync());
      });
      model.dispose();
      return values;
    };
    const expected = await gradientOn('cpu');
    const actual = await gradientOn('wasm');
    expect(expected.some((v) => v !== 0)).to.equal(true);
    expect(maxDifference(actual, expected)).to.be.below(1e-4);
  });
});
