/** Grader of exercise 4: an autoencoder with a 2-D code, and the points to plot. */
import * as tf from '@tensorflow/tfjs';
import { measureMSE } from '../../lib/train/metrics';
import { knownLinearEncoder, outputShapeText, seedMathRandom, seededUniform, shapeImages, trainBriefly } from './data';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/04-bottleneck-2d');
const { buildBottleneck2d, encodeToPoints } = loadImplementation<Exercise>('04-bottleneck-2d');

/** Build the three models with the learner's function and check what came back. */
async function build(): Promise<{ encoder: tf.LayersModel; decoder: tf.LayersModel; autoencoder: tf.LayersModel }> {
  const built = await call('buildBottleneck2d()', () => buildBottleneck2d());
  for (const part of ['encoder', 'decoder', 'autoencoder'] as const) {
    if (!(built?.[part] instanceof tf.LayersModel)) {
      fail(`buildBottleneck2d() should return { encoder, decoder, autoencoder }, three tf.LayersModels; "${part}" is ${built?.[part] === undefined ? 'missing' : typeof built[part]}.`);
    }
  }
  return built;
}

async function predict(model: tf.LayersModel, input: tf.Tensor, what: string): Promise<tf.Tensor> {
  const out = await call(what, () => model.predict(input));
  if (Array.isArray(out)) fail(`${what} should give one tensor, got ${out.length}.`);
  return out as tf.Tensor;
}

/**
 * The points the known encoder must give: column 0 is the mean brightness, column 1 the mean
 * of the top half minus the mean of the bottom half.
 */
const KERNEL = Array.from({ length: 784 }, (_, pixel) => [1 / 784, (pixel < 392 ? 1 : -1) / 392]);

function expectedPoints(values: ArrayLike<number>, count: number): number[][] {
  return Array.from({ length: count }, (_, n) => {
    let sum = 0;
    let difference = 0;
    for (let p = 0; p < 784; p++) {
      sum += values[n * 784 + p] * KERNEL[p][0];
      difference += values[n * 784 + p] * KERNEL[p][1];
    }
    return [sum, difference];
  });
}

describe('04-bottleneck-2d', () => {
  it('buildBottleneck2d returns an encoder, a decoder and an autoencoder', async () => {
    await build();
  });

  it('the encoder maps images [N,28,28,1] to 2-D codes [N,2]', async () => {
    const { encoder } = await build();
    const images = seededUniform([5, 28, 28, 1], 41);
    const codes = await predict(encoder, images, 'encoder.predict(images [5,28,28,1])');
    expectTensor(codes, [5, 2], 'the encoder\'s output', 'flatten the image, then end with a dense layer of 2 units.');
    expectFinite(codes.dataSync(), 'the codes');
    tf.dispose([images, codes]);
  });

  it('the decoder maps codes [N,2] to images [N,28,28,1] with values in [0, 1]', async () => {
    const { decoder } = await build();
    const codes = seededUniform([6, 2], 42, -10, 10);
    const images = await predict(decoder, codes, 'decoder.predict(codes [6,2])');
    const values = expectTensor(images, [6, 28, 28, 1], 'the decoder\'s output', 'end with Dense 784 (sigmoid) and Reshape to [28,28,1].').dataSync();
    expectFinite(values, 'the decoder\'s output');
    const outside = values.findIndex((v) => v < 0 || v > 1);
    if (outside >= 0) fail(`the decoder gave ${values[outside]}, outside [0, 1].`, 'the last dense layer needs activation: "sigmoid".');
    tf.dispose([codes, images]);
  });

  it('the autoencoder is decoder(encoder(x)) with the same weights', async () => {
    const { encoder, decoder, autoencoder } = await build();
    const images = seededUniform([4, 28, 28, 1], 43);
    const direct = await predict(autoencoder, images, 'autoencoder.predict(images [4,28,28,1])');
    expectTensor(direct, [4, 28, 28, 1], 'the autoencoder\'s output');
    const codes = await predict(encoder, images, 'encoder.predict(images)');
    const twoSteps = await predict(decoder, codes, 'decoder.predict(encoder.predict(images))');
    const gap = tf.tidy(() => direct.sub(twoSteps).abs().max().dataSync()[0]);
    if (!(gap < 1e-4)) {
      fail(`autoencoder.predict(x) and decoder.predict(encoder.predict(x)) differ by up to ${gap.toFixed(4)}; they should be the same.`,
        'build the autoencoder from the encoder and decoder objects themselves (apply them to a tf.input, or tf.sequential({ layers: [encoder, decoder] })), not from new layers.');
    }
    tf.dispose([images, direct, codes, twoSteps]);
  });

  it('encodeToPoints gives the encoder\'s 2-D code of every image, [N,2]', async () => {
    const encoder = knownLinearEncoder(KERNEL);
    const images = seededUniform([600, 28, 28, 1], 44) as tf.Tensor4D;
    const points = await call('encodeToPoints(encoder, images [600,28,28,1])', () => encodeToPoints(encoder, images));
    const got = expectTensor(points, [600, 2], 'encodeToPoints(...)', 'return the encoder\'s output for all the images: encoder.predict(images, { batchSize: 256 }).').dataSync();
    const expected = expectedPoints(images.dataSync(), 600);
    for (const n of [0, 1, 299, 599]) {
      for (const k of [0, 1]) {
        expectClose(got[n * 2 + k], expected[n][k], 1e-4, `point ${n}, coordinate ${k}`,
          'give each image\'s code in the order of the images; do not shuffle, normalise or round.');
      }
    }
    tf.dispose([images, points]);
    encoder.dispose();
  });

  it('encodeToPoints uses zMean for a VAE encoder with outputs [zMean, zLogVar]', async () => {
    // zLogVar gets different weights, so points taken from it would not match.
    const encoder = knownLinearEncoder(KERNEL, KERNEL.map(([a, b]) => [-3 * a, 2 * b]));
    const images = seededUniform([40, 28, 28, 1], 49) as tf.Tensor4D;
    const points = await call('encodeToPoints(vaeEncoder, images [40,28,28,1])', () => encodeToPoints(encoder, images));
    if (Array.isArray(points)) {
      tf.dispose(points);
      fail(`encodeToPoints(vaeEncoder, ...) returned an array of ${(points as unknown[]).length} tensors; it should return one tensor [N,2].`,
        'encoder.predict gives an array [zMean, zLogVar] for a VAE encoder: keep zMean (the first) and dispose the other.');
    }
    const got = expectTensor(points, [40, 2], 'encodeToPoints(vaeEncoder, ...)',
      'encoder.predict gives an array [zMean, zLogVar] for a VAE encoder: keep zMean (the first) and dispose the other.').dataSync();
    const expected = expectedPoints(images.dataSync(), 40);
    for (const n of [0, 17, 39]) {
      for (const k of [0, 1]) {
        expectClose(got[n * 2 + k], expected[n][k], 1e-4, `point ${n}, coordinate ${k}`, 'plot zMean, the first of the two outputs.');
      }
    }
    tf.dispose(points);
    await expectNoLeak('encodeToPoints with a VAE encoder', () => call('encodeToPoints(vaeEncoder, ...)', () => encodeToPoints(encoder, images)));
    images.dispose();
  });

  it('encodeToPoints refuses an encoder whose codes are not 2-D, with a clear error', async () => {
    const encoder = knownLinearEncoder(KERNEL.map(([a, b]) => [a, b, a - b]));
    const images = seededUniform([3, 28, 28, 1], 45) as tf.Tensor4D;
    let result: unknown;
    try {
      result = encodeToPoints(encoder, images);
    } catch (err) {
      const e = err as Error;
      if (e.name === 'NotImplementedYet') fail(e.message);
      if (!/2/.test(e.message)) {
        fail(`encodeToPoints threw "${e.message}", which does not say what was expected.`, 'say that 2 numbers per image ([N,2]) were expected and what shape came out.');
      }
      return;
    } finally {
      images.dispose();
      encoder.dispose();
    }
    tf.dispose(result as tf.Tensor);
    fail(`with an encoder that gives codes of shape [N,3], encodeToPoints returned ${result instanceof tf.Tensor ? `a tensor [${result.shape}]` : String(result)} instead of throwing an Error.`,
      'check codes.shape and throw new Error(`... expected [N,2], got [...]`) when it is not [N,2].');
  });

  it('encodeToPoints frees everything it does not return', async () => {
    const encoder = knownLinearEncoder(KERNEL);
    const images = seededUniform([300, 28, 28, 1], 46) as tf.Tensor4D;
    await expectNoLeak('encodeToPoints', () => call('encodeToPoints(...)', () => encodeToPoints(encoder, images)));
    images.dispose();
    encoder.dispose();
  });

  it('after a short training, it rebuilds images better than the average image does', async function () {
    this.timeout(60_000);
    seedMathRandom(4); // the same weight initialisation on every run
    const { encoder, autoencoder } = await build();
    const train = shapeImages(512, 47).images;
    const heldOut = shapeImages(128, 48).images;
    const meanImage = tf.tidy(() => train.mean(0, true).tile([heldOut.shape[0], 1, 1, 1]));
    const baseline = measureMSE(heldOut, meanImage);
    await call('training the autoencoder (binary cross-entropy, adam)', () =>
      trainBriefly(autoencoder, { inputs: train }, { epochs: 5, batchSize: 32, learningRate: 0.01 }),
    );
    const rebuilt = await predict(autoencoder, heldOut, 'autoencoder.predict(held-out images)');
    expectTensor(rebuilt, heldOut.shape, 'the autoencoder\'s output');
    const error = measureMSE(heldOut, rebuilt);
    if (!(error < baseline)) {
      fail(`after training, the held-out mean squared error should be below ${baseline.toFixed(4)} (what the average image scores), got ${error.toFixed(4)}. Encoder output: ${outputShapeText(encoder)}.`,
        'with a 2-number code the layers around it must do the work: put a hidden Dense layer with ReLU (e.g. 128 units) before and after the code, and keep the code layer linear.');
    }
    tf.dispose([train, heldOut, meanImage, rebuilt]);
  });
});
