/** Grader of exercise 3: the lesson's convolutional encoder (-> 4x4x8) and decoder (-> 28x28x1). */
import * as tf from '@tensorflow/tfjs';
import { measureBCE } from '../../lib/train/metrics';
import { chain } from '../../lib/models/layers';
import { layerSummary, seedMathRandom, seededUniform, shapeImages, trainBriefly } from './data';
import { call, expectFinite, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/03-conv-autoencoder');
const { buildConvEncoder, buildConvDecoder } = loadImplementation<Exercise>('03-conv-autoencoder');

/** Build a model with the learner's function and check that it is a tf.LayersModel. */
async function build(name: 'buildConvEncoder' | 'buildConvDecoder'): Promise<tf.LayersModel> {
  const model = await call(`${name}()`, () => (name === 'buildConvEncoder' ? buildConvEncoder() : buildConvDecoder()));
  if (!(model instanceof tf.LayersModel)) {
    fail(`${name}() should return a tf.LayersModel, got ${model === undefined ? 'undefined' : typeof model}.`,
      'build it with tf.sequential({ layers: [...] }) or tf.model({ inputs, outputs }) and return it.');
  }
  return model;
}

/** Run a model on some input and return its (single) output. */
async function run(model: tf.LayersModel, input: tf.Tensor, what: string): Promise<tf.Tensor> {
  const out = await call(what, () => model.predict(input));
  if (Array.isArray(out)) fail(`${what} should give one tensor, got ${out.length}.`, 'the model needs exactly one output.');
  return out as tf.Tensor;
}

function expectParams(model: tf.LayersModel, expected: number, what: string, layers: string): void {
  const got = model.countParams();
  if (got !== expected) {
    fail(`the ${what} should have ${expected.toLocaleString('en')} weights (the lesson's layers), got ${got.toLocaleString('en')}: ${layerSummary(model)}.`,
      `the lesson's ${what}: ${layers}. A 3x3 conv from C_in to C_out channels has 9·C_in·C_out + C_out weights.`);
  }
}

describe('03-conv-autoencoder', () => {
  it('the encoder maps images [N,28,28,1] to codes [N,4,4,8]', async () => {
    const encoder = await build('buildConvEncoder');
    const images = seededUniform([3, 28, 28, 1], 31);
    const codes = await run(encoder, images, 'encoder.predict(images [3,28,28,1])');
    expectTensor(codes, [3, 4, 4, 8], 'the encoder\'s output',
      'three 2x2 max poolings with padding "same" take 28 -> 14 -> 7 -> 4; the last conv has 8 filters.');
    expectFinite(codes.dataSync(), 'the codes');
    tf.dispose([images, codes]);
    encoder.dispose();
  });

  it('the decoder maps codes [N,4,4,8] to images [N,28,28,1]', async () => {
    const decoder = await build('buildConvDecoder');
    const codes = seededUniform([3, 4, 4, 8], 32);
    const images = await run(decoder, codes, 'decoder.predict(codes [3,4,4,8])');
    expectTensor(images, [3, 28, 28, 1], 'the decoder\'s output',
      'three 2x upsamplings give 4 -> 8 -> 16 -> 32; the conv with 16 filters needs padding "valid" (16 -> 14) so the last upsampling lands on 28; the last conv has 1 filter.');
    tf.dispose([codes, images]);
    decoder.dispose();
  });

  it('the decoder ends with a sigmoid: every output pixel lies in [0, 1]', async () => {
    const decoder = await build('buildConvDecoder');
    const codes = seededUniform([8, 4, 4, 8], 33, -5, 5);
    const images = await run(decoder, codes, 'decoder.predict(codes with values in [-5, 5])');
    const values = expectTensor(images, [8, 28, 28, 1], 'the decoder\'s output').dataSync();
    expectFinite(values, 'the decoder\'s output');
    const outside = values.findIndex((v) => v < 0 || v > 1);
    if (outside >= 0) fail(`the decoder gave ${values[outside]}, outside [0, 1].`, 'give the last conv activation: "sigmoid".');
    tf.dispose([codes, images]);
    decoder.dispose();
  });

  it('the encoder has the lesson\'s 1,904 weights', async () => {
    const encoder = await build('buildConvEncoder');
    expectParams(encoder, 1904, 'encoder', 'Conv 16 (160) -> MaxPool -> Conv 8 (1,160) -> MaxPool -> Conv 8 (584) -> MaxPool');
    encoder.dispose();
  });

  it('the decoder has the lesson\'s 2,481 weights', async () => {
    const decoder = await build('buildConvDecoder');
    expectParams(decoder, 2481, 'decoder', 'Conv 8 (584) -> Up -> Conv 8 (584) -> Up -> Conv 16 valid (1,168) -> Up -> Conv 1 sigmoid (145)');
    decoder.dispose();
  });

  it('encoder and decoder together learn to reconstruct images (short training)', async function () {
    this.timeout(90_000);
    seedMathRandom(3); // the same weight initialisation on every run
    const encoder = await build('buildConvEncoder');
    const decoder = await build('buildConvDecoder');
    const autoencoder = await call('joining encoder and decoder (decoder(encoder(x)))', () => chain('autoencoder', encoder, decoder));
    const train = shapeImages(320, 34).images;
    const heldOut = shapeImages(96, 35).images;
    // The simplest guess that ignores its input: the average training image.
    const meanImage = tf.tidy(() => train.mean(0, true).tile([heldOut.shape[0], 1, 1, 1]));
    const baseline = measureBCE(heldOut, meanImage);
    // Binary cross-entropy scores values in [0, 1] only; say so before training rather than
    // let it fail with "pred must have values in [0, 1]".
    const untrained = await run(autoencoder, heldOut, 'autoencoder.predict(held-out images) before training');
    const [low, high] = [untrained.min().dataSync()[0], untrained.max().dataSync()[0]];
    untrained.dispose();
    if (low < 0 || high > 1) {
      fail(`the reconstructions range from ${low.toFixed(3)} to ${high.toFixed(3)}, but binary cross-entropy (the training loss) needs values in [0, 1].`,
        'end the decoder with activation "sigmoid" on its last conv; a linear output can leave [0, 1].');
    }
    await call('training the autoencoder (binary cross-entropy, adam)', () =>
      trainBriefly(autoencoder, { inputs: train }, { epochs: 8, batchSize: 32, learningRate: 0.005 }),
    );
    const reconstructions = await run(autoencoder, heldOut, 'autoencoder.predict(held-out images)');
    const loss = measureBCE(heldOut, reconstructions);
    if (!(loss < baseline)) {
      fail(`after training, the held-out loss (binary cross-entropy) should be below ${baseline.toFixed(4)}, what the average image scores; got ${loss.toFixed(4)}.`,
        'check the activations (ReLU inside, sigmoid at the end) and that the decoder starts from the encoder\'s 4x4x8 code.');
    }
    tf.dispose([train, heldOut, meanImage, reconstructions]);
    autoencoder.dispose();
  });
});
