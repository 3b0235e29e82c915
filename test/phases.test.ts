/**
 * Training steps in phases (lib/train/phases.ts) and the adversarial autoencoder's three
 * phases (lib/lesson/aae.ts): each phase changes only the weights it should.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { train, StepPhase } from '../lib/train';
import { aaePhases, discriminatorLoss, priorOverlap, reconstructionPhase, discriminatorPhase, regularizationPhase } from '../lib/lesson';
import { ringOfGaussians } from '../lib/models';
import { onBackend } from './onBackend';

/** A tiny adversarial autoencoder on 6-number "images". */
function tinyAae() {
  const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [6], units: 2 })] });
  const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 6, activation: 'sigmoid' })] });
  const discriminator = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 4, activation: 'relu' }), tf.layers.dense({ units: 1 })] });
  return { encoder, decoder, discriminator };
}

function snapshot(model: tf.LayersModel): Float32Array[] {
  return model.getWeights().map((w) => w.dataSync().slice() as Float32Array);
}

function changed(model: tf.LayersModel, before: Float32Array[]): boolean {
  return model.getWeights().some((w, i) => w.dataSync().some((v, j) => v !== before[i][j]));
}

describe('training in phases', function () {
  this.timeout(60_000);
  onBackend('cpu');
  const prior = ringOfGaussians();
  let inputs: tf.Tensor2D;
  before(() => (inputs = tf.randomUniform([16, 6], 0, 1, 'float32', 3) as tf.Tensor2D));
  after(() => inputs.dispose());

  /** Train one batch with `phases` and say which models moved. */
  async function movedBy(makePhases: (m: ReturnType<typeof tinyAae>) => StepPhase[]): Promise<string[]> {
    const aae = tinyAae();
    const before = Object.fromEntries(Object.entries(aae).map(([name, m]) => [name, snapshot(m)]));
    await train({ name: 'phases', phases: makePhases(aae), train: { inputs }, epochs: 1, batchSize: 16, progress: 'silent' });
    const moved = Object.entries(aae).filter(([name, m]) => changed(m, before[name])).map(([name]) => name);
    Object.values(aae).forEach((m) => m.dispose());
    return moved;
  }

  it('the reconstruction phase moves the encoder and the decoder only', async () => {
    expect(await movedBy((m) => [reconstructionPhase(m)])).to.have.members(['encoder', 'decoder']);
  });

  it('the discriminator phase moves the discriminator only, although its loss runs the encoder', async () => {
    expect(await movedBy((m) => [discriminatorPhase(m, prior)])).to.deep.equal(['discriminator']);
  });

  it('the regularisation phase moves the encoder only, although its loss runs the discriminator', async () => {
    expect(await movedBy((m) => [regularizationPhase(m)])).to.deep.equal(['encoder']);
  });

  it('all three phases together move all three models, and report every term', async () => {
    const aae = tinyAae();
    const result = await train({ name: 'aae', phases: aaePhases(aae, prior), train: { inputs }, heldOut: { inputs }, epochs: 2, batchSize: 8, progress: 'silent' });
    expect(Object.keys(result.final.heldOut ?? {})).to.have.members(['reconstruction', 'discriminator', 'fooling', 'total']);
    expect([...new Set(result.history.map((p) => p.term))]).to.include.members(['reconstruction', 'discriminator', 'fooling']);
    Object.values(aae).forEach((m) => m.dispose());
  });

  it('all three phases together move all three models', async () => {
    expect(await movedBy((m) => aaePhases(m, prior))).to.have.members(['encoder', 'decoder', 'discriminator']);
  });

  it('leaves no tensors behind (each phase has its own optimizer, disposed at the end)', async () => {
    const aae = tinyAae();
    const before = tf.memory().numTensors;
    await train({ name: 'aae', phases: aaePhases(aae, prior), train: { inputs }, epochs: 1, batchSize: 8, progress: 'silent' });
    expect(tf.memory().numTensors).to.equal(before);
    Object.values(aae).forEach((m) => m.dispose());
  });

  it('says what is wrong with phases that cannot work', async () => {
    const aae = tinyAae();
    const loss = ({ inputs }: { inputs: tf.Tensor }) => ({ x: (aae.encoder.apply(inputs) as tf.Tensor).mean() as tf.Scalar });
    const fails = async (options: object) => {
      try {
        await train({ name: 'bad', train: { inputs }, epochs: 1, batchSize: 8, progress: 'silent', ...options });
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(await fails({ phases: aaePhases(aae, prior), loss })).to.match(/leave out loss/);
    expect(await fails({ phases: [] })).to.match(/non-empty array/);
    expect(await fails({ phases: [{ name: 'a', loss, models: [aae.encoder] }, { name: 'a', loss, models: [aae.decoder] }] })).to.match(/two phases are named "a"/);
    expect(await fails({ phases: [{ name: 'a', loss, models: [aae.encoder] }, { name: 'b', loss, models: [aae.encoder] }] })).to.match(/term "x", which an earlier phase returns too/);
    expect(await fails({ phases: [{ name: 'a', loss, models: [aae.decoder] }] })).to.match(/phase "a": its loss does not depend on the weights of \[sequential/);
    expect(await fails({ phases: aaePhases(aae, prior), learningRateSchedule: 'cosine' })).to.match(/does not work with phases/);
    Object.values(aae).forEach((m) => m.dispose());
  });
});

describe('the adversarial autoencoder pieces', () => {
  onBackend('cpu');

  it('discriminatorLoss is low when prior samples score high and codes score low, high the other way round', () => {
    // A fixed "discriminator": the logit is 10 * x (x > 0 means "prior").
    const judge = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1, weights: [tf.tensor2d([[10], [0]]), tf.tensor1d([0])] })] });
    const right = tf.tidy(() => discriminatorLoss(judge, tf.tensor2d([[-1, 0]]), tf.tensor2d([[1, 0]])).dataSync()[0]);
    const wrong = tf.tidy(() => discriminatorLoss(judge, tf.tensor2d([[1, 0]]), tf.tensor2d([[-1, 0]])).dataSync()[0]);
    expect(right).to.be.below(0.001);
    expect(wrong).to.be.above(19);
    judge.dispose();
  });

  it('priorOverlap is near 1 for samples of the prior itself and near 0 for a point far away', () => {
    const prior = ringOfGaussians();
    const same = prior.sample(5000, 123);
    const far = tf.fill([100, 2], 5.9) as tf.Tensor2D;
    expect(priorOverlap(same, prior)).to.be.above(0.9);
    expect(priorOverlap(far, prior)).to.be.below(0.05);
    tf.dispose([same, far]);
  });
});
