/** Grader of exercise 5: Gaussian noise added to latent codes, then decoded. */
import * as tf from '@tensorflow/tfjs';
import { copyingDecoder, meanAndStd, seededUniform } from './data';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/05-latent-noise');
const { perturbLatent, decodeWithLatentNoise } = loadImplementation<Exercise>('05-latent-noise');

/** Random codes [n, dims] in [-3, 3]. */
const codesOf = (n: number, dims: number, seed: number) => seededUniform([n, dims], seed, -3, 3) as tf.Tensor2D;

/** The learner's perturbLatent as plain numbers, shape-checked. */
async function perturbed(codes: tf.Tensor2D, std: number, seed?: number): Promise<Float32Array> {
  const label = `perturbLatent(codes [${codes.shape}], ${std}${seed === undefined ? '' : `, ${seed}`})`;
  const out = await call(label, () => perturbLatent(codes, std, seed));
  const values = expectTensor(out, codes.shape, label, 'add noise of the same shape as the codes.').dataSync() as Float32Array;
  expectFinite(values, label);
  out.dispose();
  return values;
}

/** The learner's decodeWithLatentNoise with the copying decoder, as plain numbers. */
async function decoded(decoder: tf.LayersModel, codes: tf.Tensor2D, std: number, seed?: number): Promise<Float32Array> {
  const label = `decodeWithLatentNoise(decoder, codes [${codes.shape}], ${std}${seed === undefined ? '' : `, ${seed}`})`;
  const out = await call(label, () => decodeWithLatentNoise(decoder, codes, std, seed));
  const values = expectTensor(out, [codes.shape[0], 28, 28, 1], label, 'return decoder.predict(perturbed codes).').dataSync() as Float32Array;
  expectFinite(values, label);
  out.dispose();
  return values;
}

function differences(a: ArrayLike<number>, b: ArrayLike<number>, pick: (i: number) => boolean = () => true): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (pick(i)) out.push(a[i] - b[i]);
  return out;
}

const sameValues = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => v === b[i]);

describe('05-latent-noise', () => {
  it('perturbLatent keeps the shape [N, latentDim]', async () => {
    for (const [n, dims] of [[5, 2], [3, 16]]) {
      const codes = codesOf(n, dims, 51);
      await perturbed(codes, 0.3);
      codes.dispose();
    }
  });

  it('perturbLatent with std = 0 gives the codes back unchanged', async () => {
    const codes = codesOf(10, 4, 52);
    const out = await perturbed(codes, 0);
    const original = codes.dataSync();
    const worst = differences(out, original).reduce((w, d) => Math.max(w, Math.abs(d)), 0);
    if (worst > 1e-6) fail(`with std 0 the codes changed by up to ${worst.toPrecision(3)}.`, 'noise with standard deviation 0 is all zeros: tf.randomNormal(shape, 0, std).');
    codes.dispose();
  });

  it('perturbLatent adds noise of mean 0 and standard deviation std to every number', async () => {
    const codes = codesOf(2000, 8, 53);
    const original = codes.dataSync();
    for (const std of [0.5, 2]) {
      const change = meanAndStd(differences(await perturbed(codes, std), original));
      expectClose(change.mean, 0, 0.04 * std, `the mean change with std ${std}`, 'the noise is centred on 0: N(0, std²).');
      expectClose(change.std, std, 0.03 * std, `the standard deviation of the change with std ${std}`,
        'std is the standard deviation itself: tf.randomNormal(codes.shape, 0, std) (not std², not sqrt(std)).');
    }
    // One value per number: the first coordinate of different codes must change differently.
    const firstColumn = meanAndStd(differences(await perturbed(codes, 1), original, (i) => i % 8 === 0));
    expectClose(firstColumn.std, 1, 0.08, 'the spread of the change of coordinate 0 across codes (std 1)',
      'draw noise of the full shape [N, latentDim], not one value per coordinate shared by every code.');
    codes.dispose();
  });

  it('perturbLatent draws fresh noise each call, and the same noise for the same seed', async () => {
    const codes = codesOf(50, 4, 54);
    if (sameValues(await perturbed(codes, 0.5), await perturbed(codes, 0.5))) {
      fail('two calls without a seed gave identical codes.', 'without a seed, draw new noise on every call.');
    }
    if (!sameValues(await perturbed(codes, 0.5, 7), await perturbed(codes, 0.5, 7))) {
      fail('two calls with seed 7 gave different codes.', 'pass the seed on: tf.randomNormal(codes.shape, 0, std, "float32", seed).');
    }
    if (sameValues(await perturbed(codes, 0.5, 7), await perturbed(codes, 0.5, 8))) {
      fail('seeds 7 and 8 gave identical codes.', 'pass the seed itself to tf.randomNormal.');
    }
    codes.dispose();
  });

  it('perturbLatent leaves the input codes as they were', async () => {
    const codes = codesOf(20, 3, 55);
    const before = codes.dataSync().slice();
    await perturbed(codes, 1);
    if (codes.isDisposed) fail('the input codes were disposed.', 'only dispose tensors you made yourself; tf.tidy does that for you.');
    if (!sameValues(before, codes.dataSync())) fail('the input codes changed.', 'return a new tensor: codes.add(noise).');
    codes.dispose();
  });

  it('decodeWithLatentNoise decodes the perturbed codes', async () => {
    // With this decoder, pixel k of the image is code number k (k < 4); every other pixel is 0.
    const decoder = copyingDecoder(4);
    const codes = codesOf(1000, 4, 56);
    const original = codes.dataSync();
    const exact = await decoded(decoder, codes, 0);
    const isCodePixel = (i: number) => i % 784 < 4;
    const codeOf = (i: number) => original[Math.floor(i / 784) * 4 + (i % 784)];
    const worst = exact.reduce((w, v, i) => Math.max(w, Math.abs(v - (isCodePixel(i) ? codeOf(i) : 0))), 0);
    if (worst > 1e-5) fail(`with std 0 the images should be decoder.predict(codes), but differ from it by up to ${worst.toPrecision(3)}.`, 'decode the codes with decoder.predict(...).');
    const noisy = await decoded(decoder, codes, 0.5);
    const change = meanAndStd(Array.from(noisy.keys()).filter(isCodePixel).map((i) => noisy[i] - codeOf(i)));
    expectClose(change.std, 0.5, 0.03, 'the spread of the decoded change with std 0.5',
      'perturb the codes with N(0, std²) before decoding them (not the images after).');
    const offCode = Array.from(noisy.keys()).find((i) => !isCodePixel(i) && noisy[i] !== 0);
    if (offCode !== undefined) fail(`pixel ${offCode % 784} of image ${Math.floor(offCode / 784)} should stay 0 with this decoder, got ${noisy[offCode]}.`, 'add the noise to the codes, not to the decoded images.');
    codes.dispose();
  });

  it('decodeWithLatentNoise gives the same images for the same seed', async () => {
    const decoder = copyingDecoder(3);
    const codes = codesOf(10, 3, 57);
    if (!sameValues(await decoded(decoder, codes, 0.5, 9), await decoded(decoder, codes, 0.5, 9))) {
      fail('two calls with seed 9 gave different images.', 'pass the seed on to perturbLatent.');
    }
    if (sameValues(await decoded(decoder, codes, 0.5), await decoded(decoder, codes, 0.5))) {
      fail('two calls without a seed gave identical images.', 'without a seed, the noise must be new on every call.');
    }
    codes.dispose();
  });

  it('both functions free their intermediate tensors', async () => {
    const decoder = copyingDecoder(2);
    const codes = codesOf(16, 2, 58);
    await expectNoLeak('perturbLatent', () => call('perturbLatent(...)', () => perturbLatent(codes, 0.5)));
    await expectNoLeak('decodeWithLatentNoise', () => call('decodeWithLatentNoise(...)', () => decodeWithLatentNoise(decoder, codes, 0.5)));
    codes.dispose();
  });
});
