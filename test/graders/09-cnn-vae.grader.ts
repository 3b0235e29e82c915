/** Grader of exercise 9: a convolutional VAE, checked on shapes and a short training run. */
import * as tf from '@tensorflow/tfjs';
import { measureMSE } from '../../lib/train/metrics';
import { vaeLoss } from '../../lib/train/vaeLoss';
import { evaluate, train } from '../../lib/train';
import { layerSummary, seedMathRandom, seededUniform, shapeImages } from './data';
import { call, expectFinite, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/09-cnn-vae');
const { buildCnnVae } = loadImplementation<Exercise>('09-cnn-vae');

async function build(latentDim: number): Promise<{ encoder: tf.LayersModel; decoder: tf.LayersModel }> {
  const vae = await call(`buildCnnVae({ latentDim: ${latentDim} })`, () => buildCnnVae({ latentDim }));
  for (const part of ['encoder', 'decoder'] as const) {
    if (!(vae?.[part] instanceof tf.LayersModel)) {
      fail(`buildCnnVae(...) should return { encoder, decoder }, two tf.LayersModels; "${part}" is ${vae?.[part] === undefined ? 'missing' : typeof vae[part]}.`);
    }
  }
  return vae;
}

/**
 * Multiply-adds per image of a model's convolutions and of its dense layers. A model counts as
 * convolutional when most of its work is convolution: one token 1x1 convolution beside big
 * dense layers does not make a dense VAE a CNN.
 */
function workShares(model: tf.LayersModel): { conv: number; dense: number } {
  let conv = 0;
  let dense = 0;
  const size = (shape: unknown) => (shape as number[]).slice(1).reduce((a, b) => a * b, 1);
  for (const layer of model.layers) {
    const kind = layer.getClassName();
    const weights = layer.getWeights();
    if (weights.length === 0) continue;
    const kernel = weights[0].shape as number[];
    if (kind === 'Dense') dense += kernel[0] * kernel[1];
    else if (kind === 'Conv2D') conv += size(layer.outputShape) * kernel[0] * kernel[1] * kernel[2]; // out positions x channels x kh x kw x in
    else if (kind === 'Conv2DTranspose') conv += size((layer.input as tf.SymbolicTensor).shape) * kernel[0] * kernel[1] * kernel[2]; // each input value spreads over a kernel
    else if (kind === 'SeparableConv2D') conv += size(layer.outputShape) * kernel[0] * kernel[1];
  }
  return { conv, dense };
}

function expectMostlyConvolutional(model: tf.LayersModel, part: 'encoder' | 'decoder', hint: string): void {
  const { conv, dense } = workShares(model);
  const share = conv / Math.max(1, conv + dense);
  if (share < 0.5) {
    const million = (n: number) => (n >= 1e4 ? `${(n / 1e6).toFixed(2)} million` : `${n.toLocaleString('en')}`);
    fail(`most of the ${part}'s work should be convolution, but its convolutions do ${million(conv)} multiply-adds per image ` +
      `and its dense layers ${million(dense)} (${(share * 100).toFixed(0)}% convolution): ${layerSummary(model)}.`, hint);
  }
}

describe('09-cnn-vae', () => {
  it('buildCnnVae returns an encoder and a decoder', async () => {
    await build(2);
  });

  it('the encoder maps images [N,28,28,1] to [zMean, zLogVar], each [N, latentDim]', async () => {
    for (const latentDim of [2, 5]) {
      const { encoder } = await build(latentDim);
      const images = seededUniform([3, 28, 28, 1], 90 + latentDim);
      const out = await call(`encoder.predict(images [3,28,28,1]) (latentDim ${latentDim})`, () => encoder.predict(images));
      if (!Array.isArray(out) || out.length !== 2) {
        fail(`the encoder should have two outputs, [zMean, zLogVar]; got ${Array.isArray(out) ? `${out.length} outputs` : `one tensor [${out.shape}]`}.`,
          'feed the same features into two Dense(latentDim) layers and build tf.model({ inputs, outputs: [zMean, zLogVar] }).');
      }
      out.forEach((t, k) => {
        const name = k === 0 ? 'zMean' : 'zLogVar';
        expectTensor(t, [3, latentDim], `${name} with latentDim ${latentDim}`, 'each head is a Dense layer with latentDim units.');
        expectFinite(t.dataSync(), name);
      });
      tf.dispose([images, ...out]);
    }
  });

  it('the decoder maps codes [N, latentDim] to images [N,28,28,1] with values in [0, 1]', async () => {
    for (const latentDim of [2, 5]) {
      const { decoder } = await build(latentDim);
      const codes = seededUniform([4, latentDim], 95 + latentDim, -3, 3);
      const out = await call(`decoder.predict(codes [4,${latentDim}])`, () => decoder.predict(codes));
      if (Array.isArray(out)) fail(`the decoder should have one output, got ${out.length}.`);
      const values = expectTensor(out, [4, 28, 28, 1], `the decoder's output (latentDim ${latentDim})`, 'reshape to 7x7xC, upsample twice to 28x28 and end with a 1-filter conv.').dataSync();
      expectFinite(values, 'the decoder\'s output');
      const outside = values.findIndex((v) => v < 0 || v > 1);
      if (outside >= 0) fail(`the decoder gave ${values[outside]}, outside [0, 1].`, 'give the last layer activation: "sigmoid".');
      tf.dispose([codes, out]);
    }
  });

  it('encoder and decoder are convolutional: most of their work is convolution', async () => {
    const { encoder, decoder } = await build(2);
    expectMostlyConvolutional(encoder, 'encoder',
      'the assignment is a CNN-based VAE: read the image with 3x3 tf.layers.conv2d layers (stride 2 shrinks it) and keep the dense layers after them small.');
    expectMostlyConvolutional(decoder, 'decoder',
      'grow the image back with upSampling2d + 3x3 conv2d (or conv2dTranspose) layers; a dense layer should only make the small first feature map.');
  });

  it('zLogVar can be negative (it is a log-variance, so its head has no activation)', async () => {
    const { encoder } = await build(2);
    // Varied inputs through the untrained encoder: a linear head gives values of both signs.
    const images = tf.tidy(() => tf.concat([seededUniform([24, 28, 28, 1], 97), shapeImages(24, 98).images]));
    const out = await call('encoder.predict(24 random and 24 shape images)', () => encoder.predict(images));
    const zLogVar = Array.isArray(out) && out[1] ? out[1].dataSync() : new Float32Array();
    const lowest = Math.min(...zLogVar);
    const highest = Math.max(...zLogVar);
    if (zLogVar.length > 0 && highest - lowest < 1e-6) {
      fail(`zLogVar is ${lowest.toFixed(4)} for every one of 48 varied images: the encoder's features do not reach its head (all switched off?).`,
        'check the layers before the heads: a ReLU after a layer whose output is all negative passes only zeros.');
    }
    if (zLogVar.length > 0 && lowest >= 0) {
      fail(`zLogVar was never negative over 48 varied images (smallest ${lowest.toFixed(4)}). A log-variance below 0 means a spread below 1, which a VAE needs.`,
        'zLogVar = log(sigma²) can be any real number: give its Dense head no activation (no ReLU, no sigmoid).');
    }
    tf.dispose([images, ...(Array.isArray(out) ? out : [out])]);
  });

  it('a short VAE training brings the loss (reconstruction + KL) well down', async function () {
    this.timeout(120_000);
    seedMathRandom(9); // the same weight initialisation on every run
    const { encoder, decoder } = await build(2);
    const trainImages = shapeImages(192, 91).images;
    const heldOut = shapeImages(96, 92).images;
    // Reference level: the summed squared error per image of always answering the average image.
    const meanImage = tf.tidy(() => trainImages.mean(0, true).tile([heldOut.shape[0], 1, 1, 1]));
    const averageImageLoss = measureMSE(heldOut, meanImage) * 784;
    const loss = vaeLoss({ encoder, decoder }); // the course's VAE loss: sample with reparameterize, then reconstruction + KL
    const before = await call('the VAE loss of the untrained model', () => evaluate(loss, { inputs: heldOut }, 96));
    await call('training the VAE (reconstruction + KL, adam)', () =>
      train({ name: 'cnn-vae', models: [encoder, decoder], loss, train: { inputs: trainImages }, epochs: 3, batchSize: 32, learningRate: 0.005, progress: 'silent' }),
    );
    const after = await call('the VAE loss after training', () => evaluate(loss, { inputs: heldOut }, 96));
    const limit = Math.min(0.6 * before.total, 2 * averageImageLoss);
    if (!(after.total < limit)) {
      fail(`after 3 epochs the held-out loss should be below ${limit.toFixed(1)} (it was ${before.total.toFixed(1)} before training; ` +
        `the average image scores ${averageImageLoss.toFixed(1)}), got ${after.total.toFixed(1)} ` +
        `(reconstruction ${after.reconstruction.toFixed(1)}, KL ${after.kl.toFixed(2)}).`,
        'keep both heads linear (no activation: zLogVar is a log), use ReLU inside and a sigmoid at the end of the decoder, and make sure the decoder ends in 28x28x1.');
    }
    tf.dispose([trainImages, heldOut, meanImage]);
  });
});
