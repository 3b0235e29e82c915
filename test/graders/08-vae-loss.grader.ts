/** Grader of exercise 8: reconstruction (sum of squared errors per image) + KL, batch means. */
import * as tf from '@tensorflow/tfjs';
import { seededUniform } from './data';
import { call, expectClose, expectFinite, expectNoLeak, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/08-vae-loss');
const { vaeLossTerms } = loadImplementation<Exercise>('08-vae-loss');
type Batch = Parameters<typeof vaeLossTerms>[0];

/** The KL divergence of one image, in plain numbers. */
function klOf(mean: number[], logVar: number[]): number {
  return -0.5 * mean.reduce((s, m, i) => s + 1 + logVar[i] - m * m - Math.exp(logVar[i]), 0);
}

/** A batch of two 28x28 images with known errors: every pixel off by 0.5, then by 0.1. */
function knownBatch(zMean: number[][], zLogVar: number[][]): Batch {
  return {
    images: tf.tidy(() => tf.concat([tf.zeros([1, 28, 28, 1]), tf.ones([1, 28, 28, 1])])),
    reconstructions: tf.tidy(() => tf.concat([tf.fill([1, 28, 28, 1], 0.5), tf.fill([1, 28, 28, 1], 0.9)])),
    zMean: tf.tensor2d(zMean),
    zLogVar: tf.tensor2d(zLogVar),
  };
}
const disposeBatch = (batch: Batch) => tf.dispose([batch.images, batch.reconstructions, batch.zMean, batch.zLogVar]);

/** Call the learner's function and read the three terms as numbers. */
async function terms(batch: Batch): Promise<{ reconstruction: number; kl: number; total: number }> {
  const label = `vaeLossTerms({ images [${batch.images.shape}], reconstructions, zMean [${batch.zMean.shape}], zLogVar })`;
  const out = await call(label, () => vaeLossTerms(batch));
  const numbers = { reconstruction: NaN, kl: NaN, total: NaN };
  for (const name of ['reconstruction', 'kl', 'total'] as const) {
    const t = out?.[name];
    if (!(t instanceof tf.Tensor)) fail(`${label} should return { reconstruction, kl, total }; "${name}" is ${t === undefined ? 'missing' : typeof t}.`);
    if (t.rank !== 0) fail(`"${name}" should be a scalar (shape []), got shape [${t.shape}].`, 'average the per-image values over the batch with .mean().');
    numbers[name] = t.dataSync()[0];
    expectFinite([numbers[name]], `"${name}"`);
  }
  tf.dispose(out as unknown as tf.TensorContainer);
  return numbers;
}

describe('08-vae-loss', () => {
  it('returns three scalars: reconstruction, kl and total', async () => {
    const batch = knownBatch([[0, 0], [0, 0]], [[0, 0], [0, 0]]);
    await terms(batch);
    disposeBatch(batch);
  });

  it('reconstruction is the sum of squared errors of each image, averaged over the batch', async () => {
    const batch = knownBatch([[0, 0], [0, 0]], [[0, 0], [0, 0]]);
    // Image 0: 784 × 0.5² = 196. Image 1: 784 × 0.1² = 7.84. Mean over the two images: 101.92.
    const { reconstruction } = await terms(batch);
    expectClose(reconstruction, 101.92, 0.01, 'reconstruction (pixel errors 0.5 in image 0 and 0.1 in image 1)',
      'per image, SUM the squared errors over all its pixels (784 × 0.25 = 196 for image 0), then take the MEAN over the ' +
        'images. 0.13 means you averaged over the pixels too; 203.8 means you summed over the batch.');
    disposeBatch(batch);
  });

  it('reconstruction works for any image size (e.g. 4x4 colour images)', async () => {
    const images = seededUniform([3, 4, 4, 3], 81);
    const reconstructions = seededUniform([3, 4, 4, 3], 82);
    const a = images.dataSync();
    const b = reconstructions.dataSync();
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
    const batch: Batch = { images, reconstructions, zMean: tf.zeros([3, 2]) as tf.Tensor2D, zLogVar: tf.zeros([3, 2]) as tf.Tensor2D };
    const { reconstruction } = await terms(batch);
    expectClose(reconstruction, sum / 3, 1e-3, 'reconstruction of three [4,4,3] images',
      'sum over every value of an image (all axes but the first), whatever its shape; do not hard-code 784.');
    disposeBatch(batch);
  });

  it('kl is the KL divergence of each image, averaged over the batch', async () => {
    const mean = [[0.5, -1.2, 2.0], [0.0, 0.3, -0.7]];
    const logVar = [[0.1, -0.8, 1.5], [-2.0, 0.0, 0.4]];
    const batch = knownBatch(mean, logVar);
    const { kl } = await terms(batch);
    const expected = (klOf(mean[0], logVar[0]) + klOf(mean[1], logVar[1])) / 2;
    expectClose(kl, expected, 1e-3, 'kl',
      'per image -0.5 * sum(1 + zLogVar - zMean² - exp(zLogVar)) over the latent axis, then the mean over the images (not the sum).');
    disposeBatch(batch);
  });

  it('total is reconstruction + kl', async () => {
    const batch = knownBatch([[1, -1], [0.5, 0]], [[0.2, -0.3], [0, 1]]);
    const { reconstruction, kl, total } = await terms(batch);
    expectClose(total, reconstruction + kl, 1e-3, 'total', 'return reconstruction.add(kl) as total.');
    disposeBatch(batch);
  });

  it('gradients of total reach the reconstructions, zMean and zLogVar', async () => {
    const images = seededUniform([2, 28, 28, 1], 83);
    const reconstructions = seededUniform([2, 28, 28, 1], 84);
    const zMean = tf.tensor2d([[0.5, -1], [2, 0]]);
    const zLogVar = tf.tensor2d([[0.4, -0.6], [0, 1]]);
    // First each input alone: an input that total does not depend on gets a clear message,
    // instead of tfjs's "Cannot compute gradient of y=f(x) with respect to x".
    const inputs = { reconstructions, zMean, zLogVar };
    const unreached: string[] = [];
    for (const name of Object.keys(inputs) as Array<keyof typeof inputs>) {
      try {
        const g = tf.grad((x: tf.Tensor) => vaeLossTerms({ images, ...inputs, [name]: x } as Batch).total)(inputs[name]);
        g.dispose();
      } catch (error) {
        if (/Cannot compute gradient/.test(String(error))) unreached.push(name);
      }
    }
    if (unreached.length > 0) {
      const kl = unreached.includes('zMean') || unreached.includes('zLogVar');
      const names = unreached.join(' and ');
      fail(unreached.length > 1
        ? `total does not depend on ${names}: no gradient reaches them, so training could not change them.`
        : `total does not depend on ${names}: no gradient reaches it, so training could not change it.`,
        kl ? 'total must include the KL term: total = reconstruction.add(kl), with kl built from zMean and zLogVar by tensor operations (no dataSync or plain numbers).'
          : 'total must include the reconstruction term, built from reconstructions by tensor operations.');
    }
    const grads = await call('tf.grads((r, m, v) => vaeLossTerms({ images, reconstructions: r, zMean: m, zLogVar: v }).total)', () =>
      tf.grads((r: tf.Tensor, m: tf.Tensor, v: tf.Tensor) =>
        vaeLossTerms({ images, reconstructions: r, zMean: m as tf.Tensor2D, zLogVar: v as tf.Tensor2D }).total,
      )([reconstructions, zMean, zLogVar]),
    );
    const [dRec, dMean, dLogVar] = grads.map((g) => g.dataSync());
    // With 2 images: d/dr = 2 (r - x) / 2, d/dm = m / 2, d/dv = 0.5 (exp(v) - 1) / 2.
    const x = images.dataSync();
    const r = reconstructions.dataSync();
    for (const i of [0, 100, 1000, 1567]) {
      expectClose(dRec[i], r[i] - x[i], 1e-4, `d total / d reconstructions[${i}]`, 'use tensor operations only (no dataSync inside), with the sum over pixels and the mean over images.');
    }
    const m = zMean.dataSync();
    const v = zLogVar.dataSync();
    for (let i = 0; i < 4; i++) {
      expectClose(dMean[i], m[i] / 2, 1e-4, `d total / d zMean[${i}]`, 'the KL term must be built from zMean with tensor operations.');
      expectClose(dLogVar[i], (0.5 * (Math.exp(v[i]) - 1)) / 2, 1e-4, `d total / d zLogVar[${i}]`, 'the KL term must be built from zLogVar with tensor operations.');
    }
    tf.dispose([images, reconstructions, zMean, zLogVar, ...grads]);
  });

  it('frees its intermediate tensors', async () => {
    const batch = knownBatch([[1, -1], [0.5, 0]], [[0.2, -0.3], [0, 1]]);
    await expectNoLeak('vaeLossTerms', () => call('vaeLossTerms(...)', () => vaeLossTerms(batch)));
    disposeBatch(batch);
  });
});
