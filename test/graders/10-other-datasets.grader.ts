/** Grader of exercise 10: a Fashion-MNIST denoiser and 2x / 4x CIFAR-10 super-resolution. */
import * as tf from '@tensorflow/tfjs';
import { measureMSE } from '../../lib/train/metrics';
import { addGaussianNoise, downsample2x, upsample } from '../../datasets/transforms';
import { garmentImages, seedMathRandom, seededUniform, smoothColourImages, trainBriefly } from './data';
import { call, expectFinite, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/10-other-datasets');
const { buildFashionDenoiser, buildCifarSuperResolution } = loadImplementation<Exercise>('10-other-datasets');

/** The lesson's corruption for the denoiser: clip(x + N(0.5, 0.5²), 0, 1). */
const NOISE = { mean: 0.5, std: 0.5 };

async function build(label: string, builder: () => tf.LayersModel): Promise<tf.LayersModel> {
  const model = await call(label, builder);
  if (!(model instanceof tf.LayersModel)) fail(`${label} should return a tf.LayersModel, got ${model === undefined ? 'undefined' : typeof model}.`);
  return model;
}

/** Run the model and check the output shape and that it lies in [0, 1]. */
async function expectImages(model: tf.LayersModel, input: tf.Tensor, shape: number[], what: string, hint: string): Promise<tf.Tensor> {
  const out = await call(`${what}.predict(images [${input.shape}])`, () => model.predict(input));
  if (Array.isArray(out)) fail(`${what} should have one output, got ${out.length}.`);
  const values = expectTensor(out, shape, `${what}'s output`, hint).dataSync();
  expectFinite(values, `${what}'s output`);
  const outside = values.findIndex((v) => v < 0 || v > 1);
  if (outside >= 0) fail(`${what} gave ${values[outside]}, outside [0, 1].`, 'end with a sigmoid so the output lies in (0, 1) like the images.');
  return out;
}

/** The low-resolution copy: 2x2 average pooling once (factor 2) or twice (factor 4). */
function lowResolution(images: tf.Tensor4D, factor: 2 | 4): tf.Tensor4D {
  return tf.tidy(() => (factor === 2 ? downsample2x(images) : downsample2x(downsample2x(images))));
}

function superResolutionShapeCheck(factor: 2 | 4): () => Promise<void> {
  return async () => {
    const model = await build(`buildCifarSuperResolution(${factor})`, () => buildCifarSuperResolution(factor));
    const side = 32 / factor;
    const input = seededUniform([3, side, side, 3], 100 + factor);
    const out = await expectImages(model, input, [3, 32, 32, 3], `the ${factor}x model`,
      `the input is [N,${side},${side},3]; enlarge by ${factor} (e.g. tf.layers.upSampling2d({ size: [${factor}, ${factor}] })) and end with 3 filters (red, green, blue).`);
    tf.dispose([input, out]);
  };
}

function superResolutionTrainingCheck(factor: 2 | 4): (this: Mocha.Context) => Promise<void> {
  return async function (this: Mocha.Context) {
    this.timeout(90_000);
    seedMathRandom(10 + factor); // the same weight initialisation on every run
    const model = await build(`buildCifarSuperResolution(${factor})`, () => buildCifarSuperResolution(factor));
    const train = smoothColourImages(192, 103 + factor);
    const heldOut = smoothColourImages(64, 105 + factor);
    const heldOutLow = lowResolution(heldOut, factor);
    const trainLow = lowResolution(train, factor);
    const meanImage = tf.tidy(() => train.mean(0, true).tile([heldOut.shape[0], 1, 1, 1]));
    const averageImageError = measureMSE(heldOut, meanImage);
    const nearest = upsample(heldOutLow, factor, 'nearest');
    const nearestError = measureMSE(heldOut, nearest);
    await call(`training the ${factor}x model (mean squared error, adam)`, () =>
      trainBriefly(model, { inputs: trainLow, targets: train }, { epochs: 3, batchSize: 32, learningRate: 0.005, loss: 'mse' }),
    );
    const upscaled = await expectImages(model, heldOutLow, [64, 32, 32, 3], `the trained ${factor}x model`, 'the output must be [N,32,32,3].');
    const error = measureMSE(heldOut, upscaled);
    if (!(error < 0.5 * averageImageError)) {
      fail(`after a short training the upscaled held-out images should be at least twice as close to the originals as the average ` +
        `image is: mean squared error below ${(0.5 * averageImageError).toFixed(4)}, got ${error.toFixed(4)}. ` +
        `(For reference, nearest-neighbour upscaling scores ${nearestError.toFixed(4)}; a model reaches that only after longer training.)`,
        'start with an upsampling layer so the network sees the picture at full size, keep the convolutions "same"-padded, use ReLU inside and a sigmoid with 3 filters at the end.');
    }
    tf.dispose([train, heldOut, heldOutLow, trainLow, meanImage, nearest, upscaled]);
  };
}

describe('10-other-datasets', () => {
  it('the denoiser maps images [N,28,28,1] to images [N,28,28,1] in [0, 1]', async () => {
    const model = await build('buildFashionDenoiser()', () => buildFashionDenoiser());
    const input = seededUniform([3, 28, 28, 1], 100);
    const out = await expectImages(model, input, [3, 28, 28, 1], 'the denoiser', 'an autoencoder: its output has the shape of its input.');
    tf.dispose([input, out]);
  });

  it('the denoiser removes most of the noise after a short training', async function () {
    this.timeout(90_000);
    seedMathRandom(10); // the same weight initialisation on every run
    const model = await build('buildFashionDenoiser()', () => buildFashionDenoiser());
    const clean = garmentImages(256, 101);
    const heldOut = garmentImages(64, 102);
    const noisyHeldOut = addGaussianNoise(heldOut, { ...NOISE, seed: 1 });
    const noisyError = measureMSE(heldOut, noisyHeldOut);
    await call('training the denoiser (noisy input -> clean target, binary cross-entropy, adam)', () =>
      trainBriefly(model, { inputs: clean }, {
        epochs: 4,
        batchSize: 32,
        learningRate: 0.005,
        prepareBatch: (inputs, targets, _mode, step) => ({ inputs: addGaussianNoise(inputs as tf.Tensor4D, { ...NOISE, seed: step.seed }), targets }),
      }),
    );
    const denoised = await expectImages(model, noisyHeldOut, [64, 28, 28, 1], 'the trained denoiser', 'the output must be [N,28,28,1].');
    const error = measureMSE(heldOut, denoised);
    if (!(error < noisyError / 3)) {
      fail(`after a short training the denoised images should be at least 3 times closer to the clean ones than the noisy inputs are ` +
        `(mean squared error below ${(noisyError / 3).toFixed(4)}), got ${error.toFixed(4)}.`,
        'an autoencoder whose output has the input\'s shape, ReLU inside and a sigmoid at the end (the conv autoencoder of exercise 3 works).');
    }
    tf.dispose([clean, heldOut, noisyHeldOut, denoised]);
  });

  it('the 2x model maps [N,16,16,3] to [N,32,32,3] in [0, 1]', superResolutionShapeCheck(2));
  it('the 4x model maps [N,8,8,3] to [N,32,32,3] in [0, 1]', superResolutionShapeCheck(4));
  it('the 2x model learns to upscale colour images (short training)', superResolutionTrainingCheck(2));
  it('the 4x model learns to upscale colour images (short training)', superResolutionTrainingCheck(4));
});
