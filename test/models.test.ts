/**
 * The model builders (shapes, option checks, memory, training on wasm) and the VAE maths.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { cnnVae, convAutoencoder, denseAutoencoder, denseVae, superResolution, superResolutionWithoutBottleneck, Autoencoder, Vae } from '../lib/models';
import { klDivergence, reparameterize, vaeLossTerms } from '../lib/models/vaeMath';
import { onBackend } from './onBackend';

const N = 3;
const images = (shape: number[]) => tf.randomUniform(shape, 0, 1, 'float32', 5);

/** Output shape(s) of `model` for `input`, disposing everything. */
function outputShapes(model: tf.LayersModel, input: tf.Tensor): number[][] {
  const out = model.predict(input) as tf.Tensor | tf.Tensor[];
  const list = Array.isArray(out) ? out : [out];
  const shapes = list.map((t) => t.shape);
  tf.dispose(list);
  return shapes;
}

function expectThrows(build: () => unknown, ...fragments: string[]): void {
  let message = '';
  try {
    build();
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message, 'expected an error').to.not.equal('');
  for (const fragment of fragments) expect(message).to.contain(fragment);
}

/** Free a builder's weights: the autoencoder owns its encoder and decoder, so disposing it frees all three. */
function disposeAll(models: Autoencoder | Vae): void {
  if ('autoencoder' in models) {
    models.autoencoder.dispose();
  } else {
    models.encoder.dispose();
    models.decoder.dispose();
  }
}

describe('models', function () {
  this.timeout(120000);
  onBackend('wasm');

  describe('shapes', () => {
    const autoencoders: Array<[string, () => Autoencoder, number[], number[]]> = [
      ['denseAutoencoder()', () => denseAutoencoder(), [28, 28, 1], [32]],
      ['denseAutoencoder({latentDim: 2, hidden: [128, 64]})', () => denseAutoencoder({ latentDim: 2, hidden: [128, 64] }), [28, 28, 1], [2]],
      ['denseAutoencoder({latentDim: 2, latentActivation: "relu"})', () => denseAutoencoder({ latentDim: 2, latentActivation: 'relu' }), [28, 28, 1], [2]],
      ['convAutoencoder()', () => convAutoencoder(), [28, 28, 1], [4, 4, 8]],
      ['superResolution()', () => superResolution(), [14, 14, 1], [4, 4, 8]],
    ];
    for (const [label, build, inputShape, codeShape] of autoencoders) {
      it(`${label}: encoder -> [N,${codeShape}], decoder and autoencoder -> [N,28,28,1]`, () => {
        const models = build();
        const x = images([N, ...inputShape]);
        const code = tf.zeros([N, ...codeShape]);
        expect(outputShapes(models.encoder, x)).to.deep.equal([[N, ...codeShape]]);
        expect(outputShapes(models.decoder, code)).to.deep.equal([[N, 28, 28, 1]]);
        expect(outputShapes(models.autoencoder, x)).to.deep.equal([[N, 28, 28, 1]]);
        tf.dispose([x, code]);
        disposeAll(models);
      });
    }

    it('superResolutionWithoutBottleneck: [N,14,14,1] -> [N,28,28,1], never smaller than its input on the way', () => {
      const { upscaler } = superResolutionWithoutBottleneck();
      const x = images([N, 14, 14, 1]);
      expect(outputShapes(upscaler, x)).to.deep.equal([[N, 28, 28, 1]]);
      const inner = upscaler.layers.slice(1).map((layer) => layer.outputShape as number[]);
      for (const shape of inner) expect(shape[1] * shape[2] * shape[3]).to.be.at.least(14 * 14);
      expect(upscaler.countParams()).to.equal(160 + 2320 + 145);
      expect(superResolutionWithoutBottleneck({ filters: 4 }).upscaler.countParams()).to.equal(40 + 148 + 37);
      x.dispose();
      upscaler.dispose();
    });

    it('ReLU layers start from He initialisation (variance 2/fan-in), output layers from Glorot', () => {
      const { autoencoder } = convAutoencoder();
      const first = autoencoder.getWeights()[0]; // 3x3x1x16: fan-in 9
      const variance = tf.tidy(() => tf.moments(first).variance.dataSync()[0]);
      expect(variance).to.be.within((2 / 9) * 0.5, (2 / 9) * 1.5);
      type Config = { activation: string; kernelInitializer: { config: { scale: number; mode: string; distribution: string } } };
      const he = { scale: 2, mode: 'fanIn', distribution: 'normal' };
      const glorot = { scale: 1, mode: 'fanAvg', distribution: 'uniform' };
      const layers = [...convAutoencoder().autoencoder.layers, ...denseVae().decoder.layers].flatMap((l) => (l instanceof tf.LayersModel ? l.layers : [l]));
      const withKernels = layers.filter((l) => 'kernelInitializer' in l.getConfig());
      expect(withKernels.length).to.equal(7 + 2);
      for (const layer of withKernels) {
        const { activation, kernelInitializer } = layer.getConfig() as unknown as Config;
        const { scale, mode, distribution } = kernelInitializer.config;
        expect({ scale, mode, distribution }, layer.name).to.deep.equal(activation === 'relu' ? he : glorot);
      }
      autoencoder.dispose();
    });

    it('the autoencoder shares its weights with the encoder and decoder', () => {
      const models = convAutoencoder();
      const x = images([N, 28, 28, 1]);
      const direct = models.autoencoder.predict(x) as tf.Tensor;
      const twoSteps = tf.tidy(() => models.decoder.predict(models.encoder.predict(x) as tf.Tensor) as tf.Tensor);
      expect(tf.max(tf.abs(tf.sub(direct, twoSteps))).arraySync()).to.be.below(1e-6);
      expect(models.autoencoder.countParams()).to.equal(models.encoder.countParams() + models.decoder.countParams());
      tf.dispose([x, direct, twoSteps]);
      disposeAll(models);
    });

    it("convAutoencoder has the lesson's layers: 3 conv + 3 pool, 4 conv + 3 upsampling, one 'valid'", () => {
      const { encoder, decoder } = convAutoencoder();
      const kinds = (m: tf.LayersModel) => m.layers.map((l) => l.getClassName()).filter((k) => k !== 'InputLayer');
      expect(kinds(encoder)).to.deep.equal(['Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D']);
      expect(kinds(decoder)).to.deep.equal(['Conv2D', 'UpSampling2D', 'Conv2D', 'UpSampling2D', 'Conv2D', 'UpSampling2D', 'Conv2D']);
      const filters = decoder.layers.filter((l) => l.getClassName() === 'Conv2D').map((l) => l.getConfig().filters);
      expect(filters).to.deep.equal([8, 8, 16, 1]);
      const paddings = decoder.layers.filter((l) => l.getClassName() === 'Conv2D').map((l) => l.getConfig().padding);
      expect(paddings).to.deep.equal(['same', 'same', 'valid', 'same']);
      encoder.dispose();
      decoder.dispose();
    });

    const vaes: Array<[string, () => Vae, number, number]> = [
      ['denseVae()', () => denseVae(), 2, 784 * 512 + 512 + 2 * (512 * 2 + 2)],
      ['denseVae({latentDim: 8, hidden: 64})', () => denseVae({ latentDim: 8, hidden: 64 }), 8, 784 * 64 + 64 + 2 * (64 * 8 + 8)],
      ['cnnVae()', () => cnnVae(), 2, -1],
      ['cnnVae({latentDim: 5})', () => cnnVae({ latentDim: 5 }), 5, -1],
    ];
    for (const [label, build, latentDim, encoderParams] of vaes) {
      it(`${label}: encoder -> [zMean, zLogVar] of [N,${latentDim}], decoder -> [N,28,28,1] in (0,1)`, () => {
        const models = build();
        expect(models.latentDim).to.equal(latentDim);
        const x = images([N, 28, 28, 1]);
        expect(outputShapes(models.encoder, x)).to.deep.equal([
          [N, latentDim],
          [N, latentDim],
        ]);
        expect(models.encoder.outputNames.join(',')).to.contain('z_mean').and.contain('z_log_var');
        if (encoderParams > 0) expect(models.encoder.countParams()).to.equal(encoderParams);
        const z = tf.randomNormal([N, latentDim], 0, 3, 'float32', 1);
        const decoded = models.decoder.predict(z) as tf.Tensor;
        expect(decoded.shape).to.deep.equal([N, 28, 28, 1]);
        expect(tf.min(decoded).arraySync()).to.be.at.least(0);
        expect(tf.max(decoded).arraySync()).to.be.at.most(1);
        tf.dispose([x, z, decoded]);
        disposeAll(models);
      });
    }
  });

  describe('bad options', () => {
    it('name the builder, the option and what was expected', () => {
      expectThrows(() => denseAutoencoder({ latentDim: 0 }), 'denseAutoencoder', 'latentDim must be a whole number >= 1, got 0');
      expectThrows(() => denseAutoencoder({ latentDim: 2.5 }), 'latentDim must be a whole number >= 1, got 2.5');
      expectThrows(() => denseAutoencoder({ hidden: [64, -1] }), 'hidden[1] must be a whole number >= 1, got -1');
      expectThrows(() => denseAutoencoder({ hidden: 64 as unknown as number[] }), 'hidden must be an array of whole numbers >= 1, got 64');
      expectThrows(() => denseAutoencoder({ latentActivation: 'tanh' as 'relu' }), "latentActivation must be one of 'linear', 'relu'");
      expectThrows(() => denseAutoencoder({ latentDims: 2 } as never), 'unknown option "latentDims"', 'latentDim, hidden');
      expectThrows(() => convAutoencoder({ latentDim: 2 } as never), 'convAutoencoder: unknown option "latentDim"', 'expected seed');
      expectThrows(() => superResolution([] as never), 'superResolution: options must be an object');
      expectThrows(() => superResolutionWithoutBottleneck({ filters: 0 }), 'superResolutionWithoutBottleneck: filters must be a whole number >= 1, got 0');
      expectThrows(() => denseVae({ latentDim: -2 }), 'denseVae: latentDim must be a whole number >= 1, got -2');
      expectThrows(() => denseVae({ hidden: '512' as unknown as number }), 'denseVae: hidden must be a whole number >= 1, got "512"');
      expectThrows(() => cnnVae({ latentDim: NaN }), 'cnnVae: latentDim must be a whole number >= 1, got NaN');
    });

    it('create no tensors when they throw', () => {
      const before = tf.memory().numTensors;
      expectThrows(() => denseVae({ hidden: 0 }), 'hidden');
      expect(tf.memory().numTensors).to.equal(before);
    });
  });

  describe('memory', () => {
    it('predict leaks no tensors, for every builder', () => {
      for (const build of [() => denseAutoencoder(), () => convAutoencoder(), () => superResolution()]) {
        const models = build();
        const x = images([N, ...(models.encoder.inputs[0].shape.slice(1) as number[])]);
        const before = tf.memory().numTensors;
        tf.dispose(models.autoencoder.predict(x) as tf.Tensor);
        tf.dispose(models.encoder.predict(x) as tf.Tensor);
        expect(tf.memory().numTensors).to.equal(before);
        x.dispose();
        disposeAll(models);
      }
      for (const build of [() => denseVae(), () => cnnVae()]) {
        const models = build();
        const x = images([N, 28, 28, 1]);
        const before = tf.memory().numTensors;
        tf.dispose(models.encoder.predict(x) as tf.Tensor[]);
        expect(tf.memory().numTensors).to.equal(before);
        x.dispose();
        disposeAll(models);
      }
    });

    it('dispose() frees every weight', () => {
      const before = tf.memory().numTensors;
      disposeAll(convAutoencoder());
      disposeAll(denseVae());
      expect(tf.memory().numTensors).to.equal(before);
    });
  });

  describe('training on wasm', () => {
    /** Loss before and after `steps` adam steps on a fixed batch. */
    function trainSteps(loss: () => tf.Scalar, steps: number, learningRate = 3e-3): [number, number] {
      const optimizer = tf.train.adam(learningRate);
      const first = tf.tidy(() => loss().arraySync() as number);
      for (let i = 0; i < steps; i++) optimizer.minimize(loss)?.dispose();
      const last = tf.tidy(() => loss().arraySync() as number);
      optimizer.dispose();
      return [first, last];
    }

    const autoencoders: Array<[string, () => Autoencoder]> = [
      ['convAutoencoder()', () => convAutoencoder()],
      ['superResolution()', () => superResolution()],
      ['denseAutoencoder({latentDim: 2, hidden: [64]})', () => denseAutoencoder({ latentDim: 2, hidden: [64] })],
    ];
    for (const [name, build] of autoencoders) {
      it(`${name} trains: the loss falls`, () => {
        const models = build();
        const target = images([8, 28, 28, 1]);
        const lowRes = target.shape[1] === 28 && models.encoder.inputs[0].shape[1] === 14 ? tf.avgPool(target as tf.Tensor4D, 2, 2, 'valid') : target;
        const [first, last] = trainSteps(
          () => tf.tidy(() => tf.metrics.binaryCrossentropy(target, models.autoencoder.apply(lowRes) as tf.Tensor).mean() as tf.Scalar),
          5,
        );
        expect(Number.isFinite(last)).to.equal(true);
        expect(last).to.be.below(first);
        tf.dispose([target, lowRes]);
        disposeAll(models);
      });
    }

    const vaes: Array<[string, () => Vae]> = [
      ['denseVae()', () => denseVae()],
      ['cnnVae()', () => cnnVae()],
    ];
    for (const [name, build] of vaes) {
      it(`${name} trains with vaeLossTerms: the loss falls`, () => {
        const models = build();
        const x = images([8, 28, 28, 1]);
        const loss = () =>
          tf.tidy(() => {
            const [zMean, zLogVar] = models.encoder.apply(x) as tf.Tensor2D[];
            const z = reparameterize(zMean, zLogVar, 3);
            return tf.tidy(() => vaeLossTerms({ images: x, reconstructions: models.decoder.apply(z) as tf.Tensor, zMean, zLogVar }).total);
          });
        // A small rate: on random images, big first steps from fresh weights can overshoot.
        const [first, last] = trainSteps(loss, 10, 1e-3);
        expect(last).to.be.below(first);
        x.dispose();
        disposeAll(models);
      });
    }
  });
});

describe('VAE maths', () => {
  const mean = () => tf.tensor2d([[0, 0], [1, -2]]);
  const logVar = () => tf.tensor2d([[0, 0], [Math.log(4), 0]]);

  it('klDivergence is 0 for N(0,1) and matches the closed form per image', () => {
    const kl = klDivergence(mean(), logVar());
    // Image 2: -0.5 * [(1 + ln4 - 1 - 4) + (1 + 0 - 4 - 1)] = -0.5 * (ln4 - 4 - 4)
    expect(kl.shape).to.deep.equal([2]);
    const [k0, k1] = kl.arraySync();
    expect(k0).to.equal(0);
    expect(k1).to.be.closeTo(-0.5 * (Math.log(4) - 8), 1e-5);
    kl.dispose();
  });

  it('reparameterize samples mean + exp(0.5 * logVar) * eps: the spread is the standard deviation', () => {
    const n = 20000;
    const zMean = tf.fill([n, 1], 3) as tf.Tensor2D;
    const zLogVar = tf.fill([n, 1], Math.log(4)) as tf.Tensor2D; // variance 4, sigma 2
    const z = reparameterize(zMean, zLogVar, 42);
    const { mean: m, variance } = tf.moments(z);
    expect(m.arraySync() as number).to.be.closeTo(3, 0.05);
    expect(Math.sqrt(variance.arraySync() as number)).to.be.closeTo(2, 0.05);
    // Seeded draws repeat; unseeded ones differ.
    const again = reparameterize(zMean, zLogVar, 42);
    expect(tf.equal(z, again).all().arraySync()).to.equal(1);
    tf.dispose([zMean, zLogVar, z, m, variance, again]);
  });

  it('vaeLossTerms(...).total = mean over images of (sum of squared pixel errors + KL)', () => {
    const imgs = tf.tensor4d([0, 1, 1, 0, 1, 1, 1, 1], [2, 2, 2, 1]);
    const recon = tf.tensor4d([0.5, 1, 1, 0, 1, 1, 1, 0], [2, 2, 2, 1]);
    // Squared errors: image 1 = 0.25, image 2 = 1. KL: image 1 = 0, image 2 = -0.5 * (ln4 - 8).
    const expectedKl = (0 + -0.5 * (Math.log(4) - 8)) / 2;
    const terms = vaeLossTerms({ images: imgs, reconstructions: recon, zMean: mean(), zLogVar: logVar() });
    expect(terms.reconstruction.arraySync()).to.be.closeTo((0.25 + 1) / 2, 1e-6);
    expect(terms.kl.arraySync()).to.be.closeTo(expectedKl, 1e-5);
    expect(terms.total.arraySync()).to.be.closeTo((0.25 + 1) / 2 + expectedKl, 1e-5);
    const total = tf.tidy(() => vaeLossTerms({ images: imgs, reconstructions: recon, zMean: mean(), zLogVar: logVar() }).total);
    expect(total.arraySync()).to.be.closeTo(terms.total.arraySync(), 1e-6);
    tf.dispose([imgs, recon, terms.reconstruction, terms.kl, terms.total, total]);
  });

  it('rejects mismatched shapes with clear messages and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const m = tf.zeros([4, 2]) as tf.Tensor2D;
    const badLogVar = tf.zeros([4, 3]) as tf.Tensor2D;
    const rank1 = tf.zeros([4]) as unknown as tf.Tensor2D;
    const threeRows = tf.zeros([3, 2]) as tf.Tensor2D;
    const imgs = tf.zeros([4, 28, 28, 1]);
    const flat = tf.zeros([4, 784]);
    const made = tf.memory().numTensors;
    expectThrows(() => klDivergence(m, badLogVar), 'klDivergence: zLogVar must have the shape of zMean [4,2], got [4,3]');
    expectThrows(() => reparameterize(rank1, m), 'reparameterize: zMean must be [N, latentDim], got [4]');
    expectThrows(
      () => vaeLossTerms({ images: imgs, reconstructions: flat, zMean: m, zLogVar: m }),
      'vaeLossTerms: reconstructions must have the shape of images [4,28,28,1], got [4,784]',
    );
    expectThrows(
      () => vaeLossTerms({ images: imgs, reconstructions: imgs, zMean: threeRows, zLogVar: threeRows }),
      'zMean has 3 rows but there are 4 images',
    );
    expect(tf.memory().numTensors).to.equal(made);
    tf.dispose([m, badLogVar, rank1, threeRows, imgs, flat]);
    expect(tf.memory().numTensors).to.equal(before);
  });
});
