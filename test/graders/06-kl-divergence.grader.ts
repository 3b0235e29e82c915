/** Grader of exercise 6: the KL divergence of N(zMean, exp(zLogVar)) from N(0, 1). */
import * as tf from '@tensorflow/tfjs';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/06-kl-divergence');
const { klDivergence } = loadImplementation<Exercise>('06-kl-divergence');

/** The formula, computed in plain numbers, to compare against. */
function expectedKl(mean: number[], logVar: number[]): number {
  return -0.5 * mean.reduce((s, m, i) => s + 1 + logVar[i] - m * m - Math.exp(logVar[i]), 0);
}

describe('06-kl-divergence', () => {
  it('returns one value per image, shape [N]', async () => {
    const out = await call('klDivergence(zMean [3,2], zLogVar [3,2])', () => klDivergence(tf.zeros([3, 2]), tf.zeros([3, 2])));
    expectTensor(out, [3], 'klDivergence(...)', 'sum over the latent axis (axis 1), not over everything.');
  });

  it('is 0 for the standard normal itself (zMean = 0, zLogVar = 0)', async () => {
    const out = await call('klDivergence(zeros, zeros)', () => klDivergence(tf.zeros([2, 4]), tf.zeros([2, 4])));
    const values = expectTensor(out, [2], 'klDivergence(...)').dataSync();
    expectFinite(values, 'klDivergence(...)');
    values.forEach((v, i) => expectClose(v, 0, 1e-5, `KL of image ${i}`, 'check the "1 +" and the exp(zLogVar) terms.'));
  });

  it('matches the formula on random means and log-variances', async () => {
    const mean = [[0.5, -1.2, 2.0], [0.0, 0.3, -0.7]];
    const logVar = [[0.1, -0.8, 1.5], [-2.0, 0.0, 0.4]];
    const out = await call('klDivergence(zMean, zLogVar)', () => klDivergence(tf.tensor2d(mean), tf.tensor2d(logVar)));
    const values = expectTensor(out, [2], 'klDivergence(...)').dataSync();
    mean.forEach((m, i) =>
      expectClose(values[i], expectedKl(m, logVar[i]), 1e-3, `KL of image ${i}`,
        'use -0.5 * sum(1 + zLogVar - zMean^2 - exp(zLogVar)); zLogVar is a log-VARIANCE, so no extra factor 2.'),
    );
  });

  it('is positive whenever the distribution differs from N(0, 1)', async () => {
    const out = await call('klDivergence(...)', () => klDivergence(tf.tensor2d([[1, 0]]), tf.tensor2d([[0, -1]])));
    const value = expectTensor(out, [1], 'klDivergence(...)').dataSync()[0];
    if (!(value > 0)) fail(`KL should be positive here, got ${value}.`, 'the sign: KL = -0.5 * sum(...), with a minus.');
  });

  it('frees its intermediate tensors', async () => {
    const zMean = tf.randomNormal([8, 2]);
    const zLogVar = tf.randomNormal([8, 2]);
    await expectNoLeak('klDivergence', () => call('klDivergence(...)', () => klDivergence(zMean as tf.Tensor2D, zLogVar as tf.Tensor2D)));
    tf.dispose([zMean, zLogVar]);
  });
});
