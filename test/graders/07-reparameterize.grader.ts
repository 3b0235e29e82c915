/** Grader of exercise 7: z = zMean + exp(0.5 * zLogVar) * eps, with gradients and seeds. */
import * as tf from '@tensorflow/tfjs';
import { meanAndStd } from './data';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/07-reparameterize');
const { reparameterize } = loadImplementation<Exercise>('07-reparameterize');

/** Every row holds the same distribution: means [1, -2, 0.5], sigmas [1, 2, e^-1]. */
const MEANS = [1, -2, 0.5];
const LOG_VARS = [0, Math.log(4), -2];
const SIGMAS = LOG_VARS.map((lv) => Math.exp(0.5 * lv));
const rows = (values: number[], n: number) => tf.tidy(() => tf.tensor2d([values]).tile([n, 1])) as tf.Tensor2D;

const MIX_UP_HINT =
  'zLogVar is log(sigma²), so sigma = exp(0.5 * zLogVar). Using exp(zLogVar) as sigma (the lesson\'s original ' +
  'mix-up) spreads the samples by sigma² instead: here 4 instead of 2 in dimension 1 and e^-2 = 0.14 instead of ' +
  'e^-1 = 0.37 in dimension 2.';

const SAME_EPS_HINT = 'draw eps with the full shape [N, latentDim] of zMean, a new number for every image and dimension, not one eps for the whole batch.';

/** Column `k` of a row-major [n, dims] array. */
const column = (values: ArrayLike<number>, dims: number, k: number) => Array.from(values).filter((_, i) => i % dims === k);

async function sample(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D, seed?: number): Promise<Float32Array> {
  const label = `reparameterize(zMean [${zMean.shape}], zLogVar [${zLogVar.shape}]${seed === undefined ? '' : `, ${seed}`})`;
  const z = await call(label, () => reparameterize(zMean, zLogVar, seed));
  const values = expectTensor(z, zMean.shape, label, 'z has the shape of zMean.').dataSync() as Float32Array;
  expectFinite(values, label);
  z.dispose();
  return values;
}

describe('07-reparameterize', () => {
  it('returns one code per image, shape [N, latentDim]', async () => {
    for (const [n, dims] of [[4, 2], [3, 10]]) {
      const zMean = tf.zeros([n, dims]) as tf.Tensor2D;
      const zLogVar = tf.zeros([n, dims]) as tf.Tensor2D;
      await sample(zMean, zLogVar);
      tf.dispose([zMean, zLogVar]);
    }
  });

  it('samples have mean zMean and standard deviation exp(0.5 * zLogVar)', async () => {
    const n = 20000;
    const zMean = rows(MEANS, n);
    const zLogVar = rows(LOG_VARS, n);
    const z = await sample(zMean, zLogVar);
    MEANS.forEach((mean, k) => {
      const stats = meanAndStd(column(z, 3, k));
      if (stats.std < 0.1 * SIGMAS[k]) fail(`every image got the same sample: in dimension ${k} the ${n} samples spread by ${stats.std.toFixed(4)}, expected ${SIGMAS[k].toFixed(3)}.`, SAME_EPS_HINT);
      // Four standard errors of the mean of the samples seen (at least 0.06), so that a wide
      // spread (the mix-up's) is judged by its standard deviation, not failed here by chance.
      const meanTolerance = Math.max(0.06, (4 * stats.std) / Math.sqrt(n));
      expectClose(stats.mean, mean, meanTolerance, `the mean of dimension ${k} over ${n} samples`,
        'z = zMean + sigma * eps, with eps from N(0, 1), whose mean is 0: tf.randomNormal, not tf.randomUniform (mean 0.5).');
      expectClose(stats.std, SIGMAS[k], 0.04 * SIGMAS[k], `the standard deviation of dimension ${k} (zLogVar = ${LOG_VARS[k].toFixed(3)})`, MIX_UP_HINT);
    });
    tf.dispose([zMean, zLogVar]);
  });

  it('draws an independent eps for every number', async () => {
    const n = 5000;
    const zMean = tf.zeros([n, 2]) as tf.Tensor2D;
    const zLogVar = tf.zeros([n, 2]) as tf.Tensor2D;
    const z = await sample(zMean, zLogVar);
    // With zMean 0 and zLogVar 0, z is eps itself: it should look like N(0, 1) in every number.
    const [a, b] = [column(z, 2, 0), column(z, 2, 1)];
    const [statsA, statsB] = [meanAndStd(a), meanAndStd(b)];
    if (statsA.std < 0.1 || statsB.std < 0.1) {
      fail(`different images got the same eps: across the ${n} images z varies by ${statsA.std.toFixed(3)} and ${statsB.std.toFixed(3)} (standard deviation), expected 1.`, SAME_EPS_HINT);
    }
    if (Math.abs(statsA.mean) > 0.1 || Math.abs(statsB.mean) > 0.1) {
      const uniform = Math.abs(statsA.mean - 0.5) < 0.05 && Math.abs(statsA.std - 0.289) < 0.03;
      fail(`with zMean 0 and zLogVar 0, z is eps itself, and its mean should be 0; got ${statsA.mean.toFixed(3)} and ${statsB.mean.toFixed(3)} in the two dimensions` +
        (uniform ? ' (and a spread of 0.289: that is Uniform(0, 1), mean 0.5).' : '.'),
        'draw eps from the standard normal N(0, 1): tf.randomNormal(zMean.shape), not tf.randomUniform.');
    }
    if (statsA.std < 0.9 || statsB.std < 0.9) {
      fail(`eps should have standard deviation 1 (with zLogVar 0, z is eps), got ${statsA.std.toFixed(3)} and ${statsB.std.toFixed(3)}.`,
        'draw eps from the standard normal: tf.randomNormal(zMean.shape, 0, 1).');
    }
    // Pearson correlation of the two dimensions over the images.
    const correlation = a.reduce((s, v, i) => s + (v - statsA.mean) * (b[i] - statsB.mean), 0) / (n * statsA.std * statsB.std);
    if (Math.abs(correlation) > 0.1) {
      fail(`the two dimensions of each code move together (correlation ${correlation.toFixed(2)}); they should be independent.`,
        'draw eps with the full shape of zMean: tf.randomNormal(zMean.shape), not one number per image.');
    }
    tf.dispose([zMean, zLogVar]);
  });

  it('gradients flow back to zMean and zLogVar', async () => {
    const n = 5000;
    const zMean = rows([0.3], n);
    const zLogVar = rows([Math.log(4)], n); // sigma = 2
    const [dMean, dLogVar] = await call('tf.grads((m, v) => reparameterize(m, v).sum())([zMean, zLogVar])', () =>
      tf.grads((m: tf.Tensor, v: tf.Tensor) => reparameterize(m as tf.Tensor2D, v as tf.Tensor2D).sum())([zMean, zLogVar]),
    );
    const gm = dMean.dataSync();
    const wrong = gm.findIndex((g) => Math.abs(g - 1) > 1e-5);
    if (wrong >= 0) fail(`dz/dzMean should be 1 for every number, got ${gm[wrong]} at index ${wrong}.`, 'add zMean to the scaled noise as a tensor operation: zMean.add(...).');
    // dz/dzLogVar = 0.5 * sigma * eps: mean 0 and standard deviation 0.5 * sigma = 1 here.
    const stats = meanAndStd(dLogVar.dataSync());
    if (stats.std < 0.1) fail(`dz/dzLogVar (= 0.5 * sigma * eps) is the same for all ${n} images (spread ${stats.std.toFixed(4)}): they share one eps.`, SAME_EPS_HINT);
    expectClose(stats.mean, 0, 0.06, 'the mean of dz/dzLogVar (= 0.5 * sigma * eps)', 'multiply exp(0.5 * zLogVar) by eps drawn from N(0, 1), whose mean is 0 (tf.randomNormal, not tf.randomUniform).');
    expectClose(stats.std, 1, 0.05, 'the spread of dz/dzLogVar (= 0.5 * sigma * eps, sigma = 2)', MIX_UP_HINT);
    tf.dispose([zMean, zLogVar, dMean, dLogVar]);
  });

  it('the same seed gives the same sample; no seed gives a new one each call', async () => {
    const zMean = rows(MEANS, 50);
    const zLogVar = rows(LOG_VARS, 50);
    const same = (a: Float32Array, b: Float32Array) => a.every((v, i) => v === b[i]);
    if (!same(await sample(zMean, zLogVar, 3), await sample(zMean, zLogVar, 3))) {
      fail('two calls with seed 3 gave different samples.', 'pass the seed on: tf.randomNormal(zMean.shape, 0, 1, "float32", seed).');
    }
    if (same(await sample(zMean, zLogVar, 3), await sample(zMean, zLogVar, 4))) fail('seeds 3 and 4 gave the same sample.', 'pass the seed itself to tf.randomNormal.');
    if (same(await sample(zMean, zLogVar), await sample(zMean, zLogVar))) fail('two calls without a seed gave the same sample.', 'without a seed, draw new eps on every call.');
    tf.dispose([zMean, zLogVar]);
  });

  it('frees its intermediate tensors', async () => {
    const zMean = rows(MEANS, 8);
    const zLogVar = rows(LOG_VARS, 8);
    await expectNoLeak('reparameterize', () => call('reparameterize(...)', () => reparameterize(zMean, zLogVar)));
    tf.dispose([zMean, zLogVar]);
  });
});
