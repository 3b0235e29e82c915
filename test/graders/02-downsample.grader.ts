/** Grader of exercise 2: 2x2 average pooling, [N,H,W,C] -> [N,H/2,W/2,C]. */
import * as tf from '@tensorflow/tfjs';
import { seededUniform } from './data';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/02-downsample');
const { downsample2x } = loadImplementation<Exercise>('02-downsample');

/** The expected result, averaged block by block in plain numbers. */
function averagedBlocks(values: ArrayLike<number>, [n, h, w, c]: number[]): number[] {
  const out: number[] = [];
  const at = (b: number, y: number, x: number, ch: number) => values[((b * h + y) * w + x) * c + ch];
  for (let b = 0; b < n; b++)
    for (let i = 0; i < h / 2; i++)
      for (let j = 0; j < w / 2; j++)
        for (let ch = 0; ch < c; ch++)
          out.push((at(b, 2 * i, 2 * j, ch) + at(b, 2 * i, 2 * j + 1, ch) + at(b, 2 * i + 1, 2 * j, ch) + at(b, 2 * i + 1, 2 * j + 1, ch)) / 4);
  return out;
}

/** Downsample seeded random images with the learner's function and compare every value. */
async function expectAveraged(shape: number[], seed: number, hint: string): Promise<void> {
  const images = seededUniform(shape, seed) as tf.Tensor4D;
  const out = await call(`downsample2x(images [${shape}])`, () => downsample2x(images));
  const [n, h, w, c] = shape;
  const got = expectTensor(out, [n, h / 2, w / 2, c], `downsample2x(images [${shape}])`, 'halve height and width only; keep N and C.').dataSync();
  expectFinite(got, 'downsample2x(...)');
  const expected = averagedBlocks(images.dataSync(), shape);
  const wrong = expected.findIndex((v, i) => Math.abs(v - got[i]) > 1e-5);
  if (wrong >= 0) {
    const ch = wrong % c;
    const j = Math.floor(wrong / c) % (w / 2);
    const i = Math.floor(wrong / (c * (w / 2))) % (h / 2);
    const b = Math.floor(wrong / (c * (w / 2) * (h / 2)));
    fail(`output [${b}, ${i}, ${j}, ${ch}] should be ${expected[wrong].toFixed(5)} (the mean of its 2x2 block), got ${got[wrong].toFixed(5)}.`, hint);
  }
  tf.dispose([images, out]);
}

describe('02-downsample', () => {
  it('maps [N,28,28,1] to [N,14,14,1]', async () => {
    const images = tf.zeros([3, 28, 28, 1]) as tf.Tensor4D;
    const out = await call('downsample2x(images [3,28,28,1])', () => downsample2x(images));
    expectTensor(out, [3, 14, 14, 1], 'downsample2x(images [3,28,28,1])', 'pool 2x2 blocks with stride 2: tf.avgPool(images, 2, 2, "valid").');
    tf.dispose([images, out]);
  });

  it('averages each 2x2 block (exact values on a known image)', async () => {
    // A ramp: pixel (y, x) holds (28y + x) / 784, so the block starting at (2i, 2j) averages to (56i + 2j + 14.5) / 784.
    const images = tf.tidy(() => tf.range(0, 784).div(784).reshape([1, 28, 28, 1])) as tf.Tensor4D;
    const out = await call('downsample2x(ramp image)', () => downsample2x(images));
    const got = expectTensor(out, [1, 14, 14, 1], 'downsample2x(ramp image)').dataSync();
    for (const [i, j] of [[0, 0], [0, 13], [6, 7], [13, 13]]) {
      expectClose(got[i * 14 + j], (56 * i + 2 * j + 14.5) / 784, 1e-5, `output pixel (${i}, ${j}) of a ramp image`,
        'average the four pixels (2i, 2j), (2i, 2j+1), (2i+1, 2j), (2i+1, 2j+1); not the maximum, not one of them.');
    }
    tf.dispose([images, out]);
  });

  it('matches 2x2 averages on random images with several channels', async () => {
    await expectAveraged([2, 28, 28, 1], 21, 'average non-overlapping 2x2 blocks (stride 2), not the maximum.');
    await expectAveraged([2, 8, 12, 3], 22, 'pool every channel on its own: do not mix colour channels or images.');
  });

  it('frees its intermediate tensors', async () => {
    const images = seededUniform([4, 28, 28, 1], 23) as tf.Tensor4D;
    await expectNoLeak('downsample2x', () => call('downsample2x(...)', () => downsample2x(images)));
    images.dispose();
  });
});
