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

const CONVOLUTIONS = ['Conv2D', 'Conv2DTranspose', 'SeparableConv2D'];
const hasConvolution = (model: tf.LayersModel) => model.layers.some((layer) => CONVOLUTIONS.includes(layer.getClassName()));

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

  it('encoder and decoder are convolutional', async () => {
    const { encoder, decoder } = await build(2);
    if (!hasConvolution(encoder)) fail(`the encoder has no convolution layer: ${layerSummary(encoder)}.`, 'the assignment is a CNN-based VAE: read the image with tf.layers.conv2d layers before the dense heads.');
    if (!hasConvolution(decoder)) fail(`the decoder has no convolution layer: ${layerSummary(decoder)}.`, 'grow the image back with upSampling2d + conv2d (or conv2dTranspose) layers.');
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
