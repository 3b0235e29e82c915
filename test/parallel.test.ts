import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import * as os from 'os';
import { vaeLoss } from '../lib/train/vaeLoss';
import { denseAutoencoder, denseVae } from '../lib/models';
import { LossFn, reconstructionLoss, Step, train, TrainOptions } from '../lib/train';
import { CheckedSplit } from '../lib/train/data';
import { noisyInputs } from '../lib/train/noisyInputs';
import {
  chooseThreads,
  defaultWorkers,
  orderedTrainables,
  ParallelRun,
  partGradients,
  partSeed,
  splitIndices,
  TrainingThreads,
  withSpec,
} from '../lib/train/parallel';
import { onBackend } from './onBackend';
import { tinyAutoencoder } from './tinyModels';
import { nativeKernelsActive, setNativeKernelsEnabled } from '../lib/engine/native';

process.env.COURSE_SILENT = '1';

/** A tiny autoencoder for 4x4 one-channel images (noise needs image-shaped inputs). */
function tinyImageAutoencoder(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.flatten({ inputShape: [4, 4, 1] }),
      tf.layers.dense({ units: 3, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }) }),
      tf.layers.dense({ units: 16, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 6 }) }),
      tf.layers.reshape({ targetShape: [4, 4, 1] }),
    ],
  });
}

/** `count` deterministic values in [0, 1] of the given per-example shape. */
function tinyData(count: number, shape: number[] = [8]): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(Array.from({ length: count * size }, (_, i) => 0.5 + 0.5 * Math.sin(i * 1.7)), [count, ...shape]);
}

function split(inputs: tf.Tensor): CheckedSplit {
  return { inputs, targets: inputs, size: inputs.shape[0] };
}

function weightValues(models: tf.LayersModel[]): number[] {
  return models.flatMap((model) => model.getWeights().flatMap((w) => Array.from(w.dataSync())));
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).to.equal(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

const STEP: Step = { mode: 'train', epoch: 1, batch: 0, batches: 4, seed: 1234 };

/**
 * The reference for a parallel step, computed in this thread: the gradient of each part with
 * that part's seed, averaged with weights part size / batch size.
 */
function referenceStep(run: ParallelRun, indices: number[], threads: number): { values: number[]; grads: number[][] } {
  const variables = orderedTrainables(run.models);
  const parts = splitIndices(indices, threads).filter((part) => part.length > 0);
  const values: number[] = [];
  const grads = variables.map((v) => new Array<number>(v.size).fill(0));
  splitIndices(indices, threads).forEach((part, k) => {
    if (part.length === 0) return;
    const result = partGradients(run.loss, run.prepareBatch, run.trainSet, part, { ...STEP, seed: partSeed(STEP.seed, k) }, variables);
    const weight = part.length / indices.length;
    result.values.forEach((value, t) => (values[t] = (values[t] ?? 0) + value * weight));
    result.grads.forEach((grad, v) => grad.dataSync().forEach((g, i) => (grads[v][i] += g * weight)));
    tf.dispose(result.grads);
  });
  expect(parts.length).to.be.greaterThan(0);
  return { values, grads };
}

/** One step on `threads` threads, compared with `referenceStep`; returns the largest gradient difference. */
async function compareStep(run: ParallelRun, indices: number[], threads: number, expected = referenceStep(run, indices, threads)): Promise<number> {
  const pool = await TrainingThreads.start(run, threads);
  try {
    const step = await pool.step(indices, STEP);
    const variables = orderedTrainables(run.models);
    let worst = maxDifference(step.values, expected.values);
    variables.forEach((variable, v) => {
      worst = Math.max(worst, maxDifference(step.grads[variable.name].dataSync(), expected.grads[v]));
    });
    tf.dispose(Object.values(step.grads));
    return worst;
  } finally {
    await pool.close();
  }
}

describe('data-parallel training', function () {
  this.timeout(60000);
  onBackend('cpu');

  it('splits a batch into parts whose sizes differ by at most one, keeping every index once', () => {
    const parts = splitIndices([5, 1, 4, 2, 3, 0, 6], 3);
    expect(parts.map((p) => p.length)).to.deep.equal([2, 3, 2]);
    expect(parts.flat()).to.deep.equal([5, 1, 4, 2, 3, 0, 6]);
    expect(splitIndices([9], 2).map((p) => p.length)).to.deep.equal([1, 0]);
  });

  it('averages the parts\' gradients into the gradient of the whole batch (2 threads, within 1e-5)', async () => {
    const model = tinyAutoencoder();
    const inputs = tinyData(16);
    const run: ParallelRun = { name: 'grad', backend: 'cpu', models: [model], loss: reconstructionLoss(model, 'bce'), trainSet: split(inputs) };
    const indices = [3, 14, 0, 7, 9, 2, 11, 5, 8, 1];
    // The loss has no randomness, so the one-batch gradient in this thread is the reference.
    const whole = partGradients(run.loss, undefined, run.trainSet, indices, STEP, orderedTrainables([model]));
    const expected = { values: whole.values, grads: whole.grads.map((g) => Array.from(g.dataSync())) };
    tf.dispose(whole.grads);
    const before = tf.memory().numTensors;
    expect(await compareStep(run, indices, 2, expected)).to.be.below(1e-5);
    expect(tf.memory().numTensors).to.equal(before);
    // And the gradient is not trivially zero, so the comparison means something.
    expect(Math.max(...expected.grads.flat().map(Math.abs))).to.be.above(1e-3);
    model.dispose();
    inputs.dispose();
  });

  it('weights unequal parts by their size (3 threads, batch of 7)', async () => {
    const model = tinyAutoencoder(3);
    const inputs = tinyData(12);
    const run: ParallelRun = { name: 'unequal', backend: 'cpu', models: [model], loss: reconstructionLoss(model, 'mse'), trainSet: split(inputs) };
    const indices = [0, 2, 4, 6, 8, 10, 11];
    const whole = partGradients(run.loss, undefined, run.trainSet, indices, STEP, orderedTrainables([model]));
    const expected = { values: whole.values, grads: whole.grads.map((g) => Array.from(g.dataSync())) };
    tf.dispose(whole.grads);
    expect(await compareStep(run, indices, 3, expected)).to.be.below(1e-5);
    model.dispose();
    inputs.dispose();
  });

  it('rebuilds the noise of noisyInputs and the VAE loss in the worker, with each part\'s own seed', async () => {
    const noisyModel = tinyImageAutoencoder();
    const images = tinyData(10, [4, 4, 1]);
    const noisy: ParallelRun = {
      name: 'noise', backend: 'cpu', models: [noisyModel], loss: reconstructionLoss(noisyModel, 'bce'),
      prepareBatch: noisyInputs({ mean: 0.2, std: 0.3 }), trainSet: split(images),
    };
    expect(await compareStep(noisy, [9, 8, 7, 6, 5, 4], 2)).to.be.below(1e-5);

    const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 4 });
    const digits = tinyData(6, [28, 28, 1]);
    const vae: ParallelRun = { name: 'vae', backend: 'cpu', models: [encoder, decoder], loss: vaeLoss({ encoder, decoder }), trainSet: split(digits) };
    // The KL term's scale is ~1 and reconstruction's ~100: compare relative to that.
    expect(await compareStep(vae, [0, 1, 2, 3, 4, 5], 2)).to.be.below(1e-3);
    // With a KL warm-up the worker must weigh its KL term as this thread does (1/8 in the first of 4 batches of a 2-epoch warm-up).
    const warming: ParallelRun = { ...vae, name: 'vae-warmup', loss: vaeLoss({ encoder, decoder }, 'consistent', { klWarmupEpochs: 2 }) };
    expect(await compareStep(warming, [0, 1, 2, 3, 4, 5], 2)).to.be.below(1e-3);
    tf.dispose([images, digits]);
    [noisyModel, encoder, decoder].forEach((m) => m.dispose());
  });

  it('trains to the same weights with workers: 2 as with one thread, and leaves no tensors behind', async () => {
    const inputs = tinyData(40);
    const heldOut = tinyData(10);
    const options = (model: tf.LayersModel, workers: number): TrainOptions => ({
      name: `same-${workers}`, models: [model], loss: reconstructionLoss(model, 'mse'), train: { inputs }, heldOut: { inputs: heldOut },
      epochs: 3, batchSize: 8, learningRate: 0.01, workers,
    });
    const one = tinyAutoencoder();
    const resultOne = await train(options(one, 1));
    const two = tinyAutoencoder();
    const before = tf.memory().numTensors;
    const resultTwo = await train(options(two, 2));
    expect(tf.memory().numTensors).to.equal(before);
    expect(maxDifference(weightValues([one]), weightValues([two]))).to.be.below(1e-5);
    expect(maxDifference(weightValues([one]), weightValues([tinyAutoencoder()]))).to.be.above(1e-3);
    expect(resultTwo.final.heldOut?.total).to.be.closeTo(resultOne.final.heldOut?.total as number, 1e-6);
    expect(resultTwo.imagesPerSecond).to.be.above(0);
    tf.dispose([inputs, heldOut]);
  });

  it('trains an autoencoder passed together with the encoder and decoder inside it', async () => {
    // The builder's initial weights are random: every run starts from these copies instead.
    const first = denseAutoencoder({ latentDim: 2, hidden: [4] });
    const start = first.autoencoder.getWeights().map((w) => w.clone());
    first.autoencoder.dispose();
    const build = () => {
      const models = denseAutoencoder({ latentDim: 2, hidden: [4] });
      models.autoencoder.setWeights(start);
      return models;
    };
    const digits = tinyData(8, [28, 28, 1]);
    const trainOnce = async (workers: number) => {
      const { encoder, decoder, autoencoder } = build();
      const models = [encoder, decoder, autoencoder];
      const loss = reconstructionLoss(autoencoder, 'bce');
      expect(chooseThreads(workers, { name: 'nested', backend: 'cpu', models, loss, trainSet: split(digits) }).count).to.equal(workers);
      await train({ name: 'nested', models, loss, train: { inputs: digits }, epochs: 2, batchSize: 4, learningRate: 0.01, workers });
      const values = weightValues([autoencoder]);
      autoencoder.dispose(); // also disposes the encoder and decoder inside it
      return values;
    };
    const initial = (() => {
      const { autoencoder } = build();
      const values = weightValues([autoencoder]);
      autoencoder.dispose();
      return values;
    })();
    const one = await trainOnce(1);
    const two = await trainOnce(2);
    expect(maxDifference(one, two)).to.be.below(1e-5);
    expect(maxDifference(one, initial)).to.be.above(1e-4);
    tf.dispose([digits, ...start]);
  });

  it('falls back to one thread, saying why, for a hand-written loss', async () => {
    const model = tinyAutoencoder();
    const inputs = tinyData(16);
    const handWritten: LossFn = ({ inputs: x, targets }) => ({ reconstruction: tf.losses.meanSquaredError(targets, model.apply(x) as tf.Tensor) as tf.Scalar });
    const run: ParallelRun = { name: 'own', backend: 'cpu', models: [model], loss: handWritten, trainSet: split(inputs) };
    const choice = chooseThreads(2, run);
    expect(choice.count).to.equal(1);
    expect(choice.start).to.equal(undefined);
    expect(choice.note).to.match(/one thread, not 2: the loss function is not a library helper/);
    // A loss on a model that is not trained cannot be rebuilt either.
    const other = tinyAutoencoder(7);
    expect(chooseThreads(2, { ...run, loss: reconstructionLoss(other) }).note).to.match(/do not hold exactly the trained weights/);
    const result = await train({ name: 'own', models: [model], loss: handWritten, train: { inputs }, epochs: 1, batchSize: 8, workers: 2 });
    expect(result.epochsRun).to.equal(1);
    expect(() => chooseThreads(0, run)).to.throw(/workers must be a whole number >= 1, got 0/);
    tf.dispose([inputs]);
    [model, other].forEach((m) => m.dispose());
  });

  it('defaults to 2 threads only for small models with a library loss, unless COURSE_WORKERS says otherwise', () => {
    const small = tinyAutoencoder();
    const big = tf.sequential({ layers: [tf.layers.dense({ inputShape: [400], units: 400 })] }); // 160,400 weights
    const saved = process.env.COURSE_WORKERS;
    const nativeWasOn = nativeKernelsActive();
    try {
      delete process.env.COURSE_WORKERS;
      const cores = Math.min(2, os.availableParallelism());
      setNativeKernelsEnabled(false); // plain wasm: two workers pay for small models
      expect(defaultWorkers([small], reconstructionLoss(small))).to.equal(cores);
      expect(defaultWorkers([big], reconstructionLoss(big))).to.equal(1);
      expect(defaultWorkers([small], () => ({}))).to.equal(1);
      process.env.COURSE_WORKERS = '3';
      expect(defaultWorkers([big], reconstructionLoss(big))).to.equal(3);
      process.env.COURSE_WORKERS = 'two';
      expect(() => defaultWorkers([small], reconstructionLoss(small))).to.throw(/COURSE_WORKERS must be a whole number >= 1, got NaN/);
      delete process.env.COURSE_WORKERS;
      setNativeKernelsEnabled(true); // with the native kernels (where they built) one thread is faster
      if (nativeKernelsActive()) expect(defaultWorkers([small], reconstructionLoss(small))).to.equal(1);
    } finally {
      setNativeKernelsEnabled(nativeWasOn);
      if (saved === undefined) delete process.env.COURSE_WORKERS;
      else process.env.COURSE_WORKERS = saved;
      [small, big].forEach((m) => m.dispose());
    }
  });

  it('says clearly when a worker cannot start, and stops the others', async () => {
    const model = tinyAutoencoder();
    const inputs = tinyData(16);
    const base = reconstructionLoss(model);
    const unknown = withSpec((...args: Parameters<LossFn>) => base(...args), { kind: 'no-such-loss', models: { model }, settings: {} });
    const before = tf.memory().numTensors;
    let error: Error | undefined;
    try {
      await train({ name: 'broken', models: [model], loss: unknown, train: { inputs }, epochs: 1, batchSize: 8, workers: 3 });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/broken: training thread \d of 3 could not start: no rebuild rule for a function of kind "no-such-loss"/);
    expect(tf.memory().numTensors).to.equal(before);
    model.dispose();
    inputs.dispose();
  });

  it('says which thread stopped when a worker dies during training', async () => {
    const model = tinyAutoencoder();
    const inputs = tinyData(8);
    const run: ParallelRun = { name: 'dies', backend: 'cpu', models: [model], loss: reconstructionLoss(model), trainSet: split(inputs) };
    const pool = await TrainingThreads.start(run, 2);
    try {
      // Reach the real worker thread and end it from outside, as a crash would.
      const inside = pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] };
      await inside.workers[0].worker.terminate();
      const before = tf.memory().numTensors;
      let error: Error | undefined;
      await pool.step([0, 1, 2, 3], STEP).catch((e: Error) => (error = e));
      expect(error?.message).to.match(/dies: training thread 2 of 2 stopped unexpectedly \(exit code 1\) \(at epoch 1, batch 1\)/);
      expect(tf.memory().numTensors).to.equal(before);
    } finally {
      await pool.close();
    }
    model.dispose();
    inputs.dispose();
  });

  it('stops with an Error naming the epoch, batch and term when a part gives NaN', async () => {
    const model = tinyAutoencoder();
    const values = tinyData(16).arraySync() as number[][];
    values[13][2] = NaN; // in the second batch of 8, so in the worker's half
    const inputs = tf.tensor2d(values);
    const before = weightValues([model]);
    const run = train({ name: 'nan', models: [model], loss: reconstructionLoss(model, 'mse'), train: { inputs }, epochs: 1, batchSize: 8, workers: 2, seed: 1 });
    let error: Error | undefined;
    await run.catch((e: Error) => (error = e));
    expect(error?.message).to.match(/nan: loss term "reconstruction" is NaN during training at epoch 1, batch \d of 2/);
    // The weights changed at most by the first (clean) batch, and hold no NaN.
    expect(weightValues([model]).every(Number.isFinite)).to.equal(true);
    expect(before.length).to.be.above(0);
    model.dispose();
    inputs.dispose();
  });
});
