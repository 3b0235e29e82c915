/** Grader of exercise 1: clip(images + N(mean, std²), 0, 1), fresh noise on every call unless seeded. */
import * as tf from '@tensorflow/tfjs';
import { fractionWhere, meanAndStd, seededUniform } from './data';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/01-gaussian-noise');
const { addGaussianNoise } = loadImplementation<Exercise>('01-gaussian-noise');

/** A batch of flat grey images: every pixel 0.5, so the noise is what changes. */
const grey = (shape: number[]) => tf.fill(shape as [number, number, number, number], 0.5) as tf.Tensor4D;

/** Call the learner's function on a grey batch and return the values (the tensors are freed). */
async function noisyValues(shape: number[], mean: number, std: number, seed?: number): Promise<Float32Array> {
  const images = grey(shape);
  const options = seed === undefined ? { mean, std } : { mean, std, seed };
  const noisy = await call(`addGaussianNoise(images [${shape}], ${JSON.stringify(options).replace(/"/g, '')})`, () =>
    addGaussianNoise(images, options),
  );
  const values = expectTensor(noisy, shape, 'addGaussianNoise(...)').dataSync() as Float32Array;
  expectFinite(values, 'addGaussianNoise(...)');
  tf.dispose([images, noisy]);
  return values;
}

describe('01-gaussian-noise', () => {
  it('returns a new tensor of the same shape as the images', async () => {
    await noisyValues([2, 28, 28, 1], 0, 0.1);
    await noisyValues([1, 8, 8, 3], 0, 0.1);
  });

  it('adds noise of the requested mean and std, a new value for every pixel', async () => {
    const values = await noisyValues([16, 28, 28, 1], 0.1, 0.05);
    const change = values.map((v) => v - 0.5);
    const all = meanAndStd(change);
    // The spread first: noise far wider than asked also shifts the mean (clipping cuts one side).
    expectClose(all.std, 0.05, 0.004, 'the standard deviation of the change (noise std 0.05)',
      'use options.std as the third argument of tf.randomNormal: it is the standard deviation itself (not the variance, not always 1); draw one value per pixel.');
    expectClose(all.mean, 0.1, 0.005, 'the mean change of the pixels (noise mean 0.1 on a grey image)',
      'add noise drawn from N(mean, std²): tf.randomNormal(images.shape, mean, std).');
    const firstImage = meanAndStd(change.slice(0, 28 * 28));
    expectClose(firstImage.std, 0.05, 0.006, 'the spread of the change within one image',
      'draw a noise tensor of the full shape [N,H,W,C], not one number per image or per batch.');
  });

  it('clips the result to [0, 1]', async () => {
    const high = await noisyValues([2, 14, 14, 1], 2, 0.1);
    // A pixel strictly inside (0, 1) was never pushed above 1: the noise is too wide, not unclipped.
    const unpushed = high.findIndex((v) => v > 0 && v < 1);
    const notOne = unpushed >= 0 ? unpushed : high.findIndex((v) => v !== 1);
    if (notOne >= 0) {
      const inside = unpushed >= 0;
      fail(`with noise N(2, 0.1²) every pixel of a grey image should be clipped to exactly 1, got ${high[notOne]} at index ${notOne}.`,
        inside
          ? 'that pixel never went above 1: is the noise drawn with the std asked for (0.1 here)? tf.randomNormal(images.shape, mean, std).'
          : 'clip with images.add(noise).clipByValue(0, 1); do not rescale or squash the values.');
    }
    const low = await noisyValues([2, 14, 14, 1], -2, 0.1);
    const notZero = low.findIndex((v) => v !== 0);
    if (notZero >= 0) fail(`with noise mean -2 every pixel should be clipped to exactly 0, got ${low[notZero]} at index ${notZero}.`, 'clipByValue(0, 1).');
    // N(0, 1) on 0.5: about 31% of the pixels fall below 0 and 31% above 1 before clipping.
    const both = await noisyValues([8, 28, 28, 1], 0, 1);
    const atZero = fractionWhere(both, (v) => v === 0);
    const atOne = fractionWhere(both, (v) => v === 1);
    const outside = fractionWhere(both, (v) => v < 0 || v > 1);
    if (outside > 0) fail(`${(outside * 100).toFixed(1)}% of the values are outside [0, 1].`, 'clip the noisy images to [0, 1].');
    expectClose(atZero, 0.3085, 0.03, 'the fraction of pixels clipped to 0 (std 1 on a grey image)',
      'clip, do not rescale: values below 0 become exactly 0, values above 1 exactly 1, the rest stay as they are.');
    expectClose(atOne, 0.3085, 0.03, 'the fraction of pixels clipped to 1 (std 1 on a grey image)', 'clipByValue(0, 1).');
  });

  it('draws fresh noise on every call, and the same noise for the same seed', async () => {
    // Pixels clipped to 0 or 1 in both calls are equal whatever the noise (too much noise clips
    // many), so only pixels strictly inside (0, 1) in both calls are compared.
    const inside = (a: Float32Array, b: Float32Array) => Array.from(a.keys()).filter((i) => a[i] > 0 && a[i] < 1 && b[i] > 0 && b[i] < 1);
    const sameAt = (a: Float32Array, b: Float32Array) => {
      const compared = inside(a, b);
      return compared.length === 0 ? 0 : fractionWhere(compared, (i) => a[i] === b[i]);
    };
    const first = await noisyValues([2, 28, 28, 1], 0, 0.1);
    const second = await noisyValues([2, 28, 28, 1], 0, 0.1);
    if (sameAt(first, second) > 0.05) {
      fail(`two calls on the same images gave the same value at ${(sameAt(first, second) * 100).toFixed(0)}% of the pixels that were not clipped; the noise should be new every time.`,
        'draw the noise inside the function on every call (no fixed seed, no noise tensor made once and reused).');
    }
    const seeded = await noisyValues([2, 28, 28, 1], 0, 0.1, 5);
    const again = await noisyValues([2, 28, 28, 1], 0, 0.1, 5);
    if (sameAt(seeded, again) < 1) {
      fail('two calls with seed 5 gave different noise.', 'pass the seed on: tf.randomNormal(images.shape, mean, std, "float32", seed).');
    }
    const otherSeed = await noisyValues([2, 28, 28, 1], 0, 0.1, 6);
    if (sameAt(seeded, otherSeed) > 0.05) fail('seeds 5 and 6 gave the same noise.', 'pass the seed itself to tf.randomNormal.');
  });

  it('leaves the input images unchanged', async () => {
    const images = seededUniform([2, 28, 28, 1], 11) as tf.Tensor4D;
    const before = images.dataSync().slice();
    const noisy = await call('addGaussianNoise(images, { mean: 0.5, std: 0.5 })', () => addGaussianNoise(images, { mean: 0.5, std: 0.5 }));
    expectTensor(noisy, [2, 28, 28, 1], 'addGaussianNoise(...)');
    if (noisy === images) fail('addGaussianNoise returned its input tensor itself.', 'return a new tensor: images.add(noise)...');
    if (images.isDisposed) fail('the input images were disposed by addGaussianNoise.', 'only dispose tensors you made yourself; tf.tidy does that for you.');
    const after = images.dataSync();
    const changed = before.findIndex((v, i) => v !== after[i]);
    if (changed >= 0) fail(`the input image value at index ${changed} changed from ${before[changed]} to ${after[changed]}.`, 'compute a new tensor; never write into the input.');
    tf.dispose([images, noisy]);
  });

  it('frees its intermediate tensors', async () => {
    const images = grey([4, 28, 28, 1]);
    await expectNoLeak('addGaussianNoise', () => call('addGaussianNoise(...)', () => addGaussianNoise(images, { mean: 0.5, std: 0.5 })));
    images.dispose();
  });
});
