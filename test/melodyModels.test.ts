/**
 * The melody models of notebook 06 on tiny configurations: the KL warm-up of the dense VAE's
 * loss, the recurrent (GRU) VAE (its decoder reads only the steps before, and writes melodies
 * step by step exactly as the whole decoder would score them), its recipe through the model
 * cache, and the optional long run that trains only when asked.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { MelodyDataset, MELODY_CLASSES, tokensToOneHot, TUNES, TuneName, tuneTokens } from '../datasets/melodies';
import { melodyGruVae, melodyVae, previousSteps, writeMelodies } from '../lib/models';
import { Step } from '../lib/train';
import { klDivergence } from '../lib/models/vaeMath';
import {
  decodeMelodies, fit, fitLongRun, melodyGruVaeLossFn, melodyGruVaeRecipe, melodyVaeLossFn, reconstructMelodies,
} from '../lib/lesson';

process.env.COURSE_SILENT = '1';

const step = (mode: Step['mode'], epoch: number, batch: number): Step => ({ mode, epoch, batch, batches: 4, seed: 7 });

/** Two tunes as one batch (inputs and targets alike). */
function tuneBatch(): { inputs: tf.Tensor3D; targets: tf.Tensor3D } {
  const oneHot = tokensToOneHot([tuneTokens('ode-to-joy'), tuneTokens('twinkle')]);
  return { inputs: oneHot, targets: oneHot };
}

/** A tiny melody data set from the hand-typed tunes: 4 windows to train on, 2 held out. */
function tinyMelodies(): MelodyDataset {
  const names = Object.keys(TUNES) as TuneName[];
  const train = names.slice(0, 4).map(tuneTokens);
  const heldOut = names.slice(4).map(tuneTokens);
  return {
    name: 'tunes 4/2',
    train: { tokens: train, oneHot: tokensToOneHot(train) },
    heldOut: { tokens: heldOut, oneHot: tokensToOneHot(heldOut) },
    split: { train, heldOut, trainSongs: names.slice(0, 4), heldOutSongs: names.slice(4), windowsFound: 6, windowsKept: 6 },
  };
}

function disposeData(data: MelodyDataset): void {
  tf.dispose([data.train.oneHot, data.heldOut.oneHot]);
}

function disposeModels(models: Record<string, tf.LayersModel>): void {
  Object.values(models).forEach((m) => m.dispose());
}

describe('the dense melody VAE loss with a KL warm-up', () => {
  before(() => useBackend('cpu'));

  it('weighs the KL term by the warm-up when training and fully when measuring, leaking nothing', () => {
    const vae = melodyVae({ hidden: 8, latentDim: 4, seed: 3 });
    const batch = tuneBatch();
    const loss = melodyVaeLossFn(vae, 0.25, 2);
    const before = tf.memory().numTensors;
    const value = (s: Step) => tf.tidy(() => {
      const terms = loss(batch, s.mode, s);
      return { kl: terms.kl.dataSync()[0], reconstruction: terms.reconstruction.dataSync()[0] };
    });
    const fullKl = tf.tidy(() => {
      const [zMean, zLogVar] = vae.encoder.predict(batch.inputs) as tf.Tensor2D[];
      return klDivergence(zMean, zLogVar).mean().dataSync()[0];
    });
    // Two epochs of 4 batches: the weight reaches 1/8 of beta after the first batch, 1/2 after the fourth.
    const first = value(step('train', 1, 0));
    const halfway = value(step('train', 1, 3));
    const after = value(step('train', 3, 0));
    const measured = value(step('eval', 1, 0));
    expect(fullKl).to.be.above(0);
    expect(first.kl).to.be.closeTo(0.25 * fullKl / 8, 1e-5);
    expect(halfway.kl).to.be.closeTo(0.25 * fullKl / 2, 1e-5);
    expect(after.kl).to.be.closeTo(0.25 * fullKl, 1e-5);
    expect(measured.kl).to.be.closeTo(0.25 * fullKl, 1e-5);
    expect(() => melodyVaeLossFn(vae, 0.25, -1)).to.throw(/melodyVaeLossFn: klWarmupEpochs must be a number of epochs >= 0/);
    // The same seed samples the same code, so only the KL term differs.
    expect(first.reconstruction).to.be.closeTo(measured.reconstruction, 1e-4);
    expect(tf.memory().numTensors).to.equal(before);
    tf.dispose(batch.inputs);
    disposeModels({ encoder: vae.encoder, decoder: vae.decoder });
  });
});

describe('the recurrent (GRU) melody VAE, tiny', function () {
  this.timeout(60_000);
  before(() => useBackend('cpu'));

  it('builds an encoder to codes and a decoder that scores every step', () => {
    const vae = melodyGruVae({ hidden: 6, latentDim: 3, seed: 1 });
    const { inputs } = tuneBatch();
    tf.tidy(() => {
      const [zMean, zLogVar] = vae.encoder.predict(inputs) as tf.Tensor[];
      expect(zMean.shape).to.deep.equal([2, 3]);
      expect(zLogVar.shape).to.deep.equal([2, 3]);
      const scores = vae.decoder.predict([zMean, previousSteps(inputs)]) as tf.Tensor;
      expect(scores.shape).to.deep.equal([2, 32, MELODY_CLASSES]);
    });
    tf.dispose(inputs);
    disposeModels({ encoder: vae.encoder, decoder: vae.decoder });
    expect(() => melodyGruVae({ hidden: 0 })).to.throw(/hidden/);
  });

  it('gives the decoder each step the token before it, zeros at the start', () => {
    const { inputs } = tuneBatch();
    tf.tidy(() => {
      const before = previousSteps(inputs);
      expect(before.shape).to.deep.equal(inputs.shape);
      expect(before.slice([0, 0, 0], [2, 1, MELODY_CLASSES]).abs().sum().dataSync()[0]).to.equal(0);
      const later = before.slice([0, 1, 0], [2, 31, MELODY_CLASSES]);
      const earlier = inputs.slice([0, 0, 0], [2, 31, MELODY_CLASSES]);
      expect(later.sub(earlier).abs().max().dataSync()[0]).to.equal(0);
    });
    tf.dispose(inputs);
    expect(() => previousSteps(tf.zeros([2, 3]))).to.throw(/expected one-hot melodies/);
  });

  it('scores a step from the steps before it only', () => {
    const vae = melodyGruVae({ hidden: 6, latentDim: 3, seed: 2 });
    const { inputs } = tuneBatch();
    tf.tidy(() => {
      const codes = tf.randomNormal([2, 3], 0, 1, 'float32', 5);
      const before = previousSteps(inputs);
      // Another token before step 10 (and after): steps 0-9 must score the same, step 10 not.
      const changed = tf.concat([before.slice([0, 0, 0], [2, 10, MELODY_CLASSES]), tf.reverse(before.slice([0, 10, 0], [2, 22, MELODY_CLASSES]), 2)], 1);
      const a = vae.decoder.predict([codes, before]) as tf.Tensor;
      const b = vae.decoder.predict([codes, changed]) as tf.Tensor;
      const differenceAt = (from: number, length: number) =>
        a.slice([0, from, 0], [2, length, MELODY_CLASSES]).sub(b.slice([0, from, 0], [2, length, MELODY_CLASSES])).abs().max().dataSync()[0];
      expect(differenceAt(0, 10)).to.equal(0);
      expect(differenceAt(10, 1)).to.be.above(1e-6);
    });
    tf.dispose(inputs);
    disposeModels({ encoder: vae.encoder, decoder: vae.decoder });
  });

  it('writes melodies step by step as the whole decoder scores them, without leaks or harm to its weights', () => {
    const vae = melodyGruVae({ hidden: 6, latentDim: 3, seed: 4 });
    const codes = tf.randomNormal([5, 3], 0, 1, 'float32', 9) as tf.Tensor2D;
    const weightsBefore = vae.decoder.getWeights().length;
    const tensorsBefore = tf.memory().numTensors;
    const written = writeMelodies(vae.decoder, codes);
    expect(tf.memory().numTensors).to.equal(tensorsBefore);
    expect(written).to.have.length(5);
    written.forEach((w) => expect(w).to.have.length(32));
    // Fed its own melodies as "the tokens before", the whole decoder picks those same tokens.
    const rescored = tf.tidy(() => {
      const own = tokensToOneHot(written);
      return Array.from((vae.decoder.predict([codes, previousSteps(own)]) as tf.Tensor).argMax(-1).dataSync());
    });
    expect(rescored).to.deep.equal(written.flat());
    expect(decodeMelodies(vae.decoder, codes)).to.deep.equal(written);
    expect(vae.decoder.getWeights().length).to.equal(weightsBefore);
    const flat = tf.zeros([3]);
    expect(() => writeMelodies(vae.decoder, flat as tf.Tensor2D)).to.throw(/expected codes/);
    const dense = melodyVae({ hidden: 4, latentDim: 3, seed: 1 });
    expect(() => writeMelodies(dense.decoder, codes)).to.throw(/must come from melodyGruVae/);
    tf.dispose([flat, codes]);
    disposeModels({ encoder: dense.encoder, decoder: dense.decoder });
    disposeModels({ encoder: vae.encoder, decoder: vae.decoder });
  });

  it('trains with teacher forcing and free nats: the KL term costs nothing below them', () => {
    const vae = melodyGruVae({ hidden: 6, latentDim: 3, seed: 5 });
    const batch = tuneBatch();
    const before = tf.memory().numTensors;
    const kl = (freeNats: number) => tf.tidy(() => melodyGruVaeLossFn(vae, { beta: 1, freeNats })(batch, 'eval', step('eval', 1, 0)).kl.dataSync()[0]);
    const all = kl(0);
    expect(all).to.be.above(0);
    expect(kl(all + 1)).to.equal(0);
    expect(kl(all / 2)).to.be.closeTo(all / 2, 1e-4);
    expect(tf.memory().numTensors).to.equal(before);
    expect(() => melodyGruVaeLossFn(vae, { freeNats: -1 })).to.throw(/freeNats must be a number >= 0/);
    expect(() => melodyGruVaeLossFn(vae, { klWarmupEpochs: NaN })).to.throw(/klWarmupEpochs/);
    tf.dispose(batch.inputs);
    disposeModels({ encoder: vae.encoder, decoder: vae.decoder });
  });
});

describe('the recurrent melody VAE recipe and the optional long run', function () {
  this.timeout(120_000);
  let root: string;
  const saved: Record<string, string | undefined> = {};
  const variables = ['COURSE_CACHE_DIR', 'COURSE_LONG_RUNS', 'COURSE_RETRAIN', 'COURSE_QUICK'];

  before(async () => {
    await useBackend('cpu');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'melody-models-'));
    for (const name of variables) saved[name] = process.env[name];
    process.env.COURSE_CACHE_DIR = root;
  });
  afterEach(() => {
    for (const name of variables.slice(1)) delete process.env[name];
  });
  after(() => {
    for (const name of variables) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  const tiny = (data: MelodyDataset) => melodyGruVaeRecipe(data, { hidden: 4, latentDim: 2, epochs: 1, batchSize: 4 });
  const cachedModels = () => (fs.existsSync(path.join(root, 'models')) ? fs.readdirSync(path.join(root, 'models')) : []);

  it('trains one step, saves, and loads the same model from the cache, leaking no tensors', async () => {
    const data = tinyMelodies();
    const before = tf.memory().numTensors;
    const trained = await fit(tiny(data));
    expect(trained.fromCache).to.equal(false);
    expect(trained.result.epochsRun).to.equal(1);
    const loaded = await fit(tiny(data));
    expect(loaded.fromCache).to.equal(true);
    const reconstructions = reconstructMelodies(trained.models, data.heldOut.oneHot);
    expect(reconstructMelodies(loaded.models, data.heldOut.oneHot)).to.deep.equal(reconstructions);
    disposeModels(trained.models);
    disposeModels(loaded.models);
    expect(tf.memory().numTensors).to.equal(before);
    disposeData(data);
  });

  it('is not trained unless asked, trains with COURSE_LONG_RUNS=1, then loads without it', async () => {
    const data = tinyMelodies();
    const recipe = { ...tiny(data), name: 'long-run-test' };
    expect(await fitLongRun(recipe, { minutes: 12 })).to.equal(undefined);
    expect(cachedModels().filter((d) => d.startsWith('long-run-test'))).to.deep.equal([]);

    process.env.COURSE_LONG_RUNS = '1';
    const trained = await fitLongRun(recipe, { minutes: 12 });
    expect(trained?.fromCache).to.equal(false);

    delete process.env.COURSE_LONG_RUNS;
    process.env.COURSE_RETRAIN = '1'; // a cached long run is loaded, never trained again, without the flag
    const loaded = await fitLongRun(recipe, { minutes: 12 });
    expect(loaded?.fromCache).to.equal(true);

    process.env.COURSE_QUICK = '1';
    process.env.COURSE_LONG_RUNS = '1';
    expect(await fitLongRun(recipe, { minutes: 12 })).to.equal(undefined);
    await expectRejection(fitLongRun(recipe, { minutes: 0 }), /about how many minutes/);
    [trained, loaded].forEach((f) => f && disposeModels(f.models));
    disposeData(data);
  });
});

async function expectRejection(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).to.match(pattern);
    return;
  }
  expect.fail(`expected an error matching ${pattern}`);
}
