import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { Figure, OutputArea } from '../lib/engine/display';
import {
  binaryCrossEntropy,
  evaluate,
  LossFn,
  lossesAt,
  meanSquaredError,
  NotebookReporter,
  reconstructionLoss,
  TerminalReporter,
  train,
  TrainOptions,
  COSINE_FLOOR,
  scheduledRate,
} from '../lib/train';
import { summarize } from '../lib/train/trainer';
import { tinyAutoencoder } from './tinyModels';

process.env.COURSE_SILENT = '1';

/** `count` deterministic examples of 8 values in [0, 1]. */
function tinyData(count: number, offset = 0): tf.Tensor2D {
  const values = Array.from({ length: count * 8 }, (_, i) => 0.5 + 0.5 * Math.sin((i + offset) * 1.7));
  return tf.tensor2d(values, [count, 8]);
}

/** y = w·x with one weight that starts at 0: used to steer where the held-out loss is lowest. */
function oneWeightModel(): tf.LayersModel {
  return tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, useBias: false, kernelInitializer: 'zeros' })] });
}

function weightValues(model: tf.LayersModel): number[] {
  return model.getWeights().flatMap((w) => Array.from(w.dataSync()));
}

function heldOutTotals(history: { epoch: number; split: string; term: string; value: number }[]): number[] {
  return history.filter((p) => p.split === 'heldOut').map((p) => p.value);
}

describe('train', function () {
  let train32: tf.Tensor2D;
  let heldOut32: tf.Tensor2D;

  before(async () => {
    await useBackend('cpu');
    train32 = tinyData(32);
    heldOut32 = tinyData(20, 1000);
  });
  after(() => tf.dispose([train32, heldOut32]));

  function options(model: tf.LayersModel, extra: Partial<TrainOptions> = {}): TrainOptions {
    return {
      name: 'tiny',
      models: [model],
      loss: reconstructionLoss(model, 'bce'),
      train: { inputs: train32 },
      heldOut: { inputs: heldOut32 },
      epochs: 3,
      batchSize: 10,
      learningRate: 0.01,
      progress: 'silent',
      ...extra,
    };
  }

  it('repeats a run exactly with the same seed, and differs with another seed (cpu)', async () => {
    const a = await train(options(tinyAutoencoder(), { seed: 7 }));
    const b = await train(options(tinyAutoencoder(), { seed: 7 }));
    const c = await train(options(tinyAutoencoder(), { seed: 8 }));
    expect(a.history.length).to.equal(6); // 3 epochs x (train, heldOut) x one term
    expect(b.history).to.deep.equal(a.history);
    const trainA = a.history.filter((p) => p.split === 'train').map((p) => p.value);
    const trainC = c.history.filter((p) => p.split === 'train').map((p) => p.value);
    expect(trainC).to.not.deep.equal(trainA);
  });

  it('lowers the loss and reports every named term per epoch', async () => {
    const model = tinyAutoencoder();
    const base = reconstructionLoss(model, 'mse');
    // A second, weight-independent term to see that terms are tracked separately.
    const loss: LossFn = (batch, mode, step) => ({ ...base(batch, mode, step), constant: tf.scalar(0.25) });
    const result = await train(options(model, { loss, epochs: 6, learningRate: 0.05 }));
    const first = lossesAt(result.history, 1, 'heldOut');
    const last = lossesAt(result.history, 6, 'heldOut');
    expect(Object.keys(first).sort()).to.deep.equal(['constant', 'reconstruction', 'total']);
    expect(last.constant).to.be.closeTo(0.25, 1e-7);
    expect(last.total).to.be.closeTo(last.reconstruction + 0.25, 1e-6);
    expect(last.reconstruction).to.be.below(first.reconstruction);
    expect(result.final.heldOut?.total).to.be.closeTo(lossesAt(result.history, result.bestEpoch, 'heldOut').total, 1e-12);
  });

  it('reports the train loss as a batch-size-weighted mean over the epoch', async () => {
    const model = tinyAutoencoder();
    const data = tinyData(10); // batches of 4, 4 and 2
    // This term ignores the weights (times 0 keeps it connected to them), so its epoch mean
    // must equal the mean over the whole set, which an unweighted mean of batch means would miss.
    const loss: LossFn = ({ inputs }) => ({
      level: tf.add(tf.mean(inputs), tf.mul(0, tf.sum(model.apply(inputs) as tf.Tensor))) as tf.Scalar,
    });
    const result = await train(options(model, { loss, train: { inputs: data }, heldOut: undefined, batchSize: 4, epochs: 2 }));
    const expected = tf.mean(data).dataSync()[0];
    const batchMeans = [tf.slice(data, 0, 4), tf.slice(data, 4, 4), tf.slice(data, 8, 2)].map((t) => tf.mean(t).dataSync()[0]);
    const unweighted = batchMeans.reduce((s, v) => s + v, 0) / 3;
    expect(Math.abs(unweighted - expected)).to.be.above(1e-3); // the test can tell the two apart
    expect(lossesAt(result.history, 2, 'train').level).to.be.closeTo(expected, 1e-6);
    data.dispose();
  });

  it('measures the held-out loss as the mean over the whole set, whatever the batch size', async () => {
    const model = tinyAutoencoder();
    const loss = reconstructionLoss(model, 'bce');
    const direct = tf.tidy(() => binaryCrossEntropy(heldOut32, model.predict(heldOut32) as tf.Tensor).dataSync()[0]);
    for (const batchSize of [1, 3, 7, 20, 64]) {
      const measured = await evaluate(loss, { inputs: heldOut32 }, batchSize);
      expect(measured.reconstruction, `batch ${batchSize}`).to.be.closeTo(direct, 1e-6);
      expect(measured.total).to.equal(measured.reconstruction);
    }
  });

  it('gives held-out batch k the same seed in every evaluation, so seeded noise repeats', async () => {
    const model = tinyAutoencoder();
    const loss = reconstructionLoss(model, 'mse');
    const seeds: number[] = [];
    const prepareBatch = (inputs: tf.Tensor, targets: tf.Tensor, mode: string, step: { seed: number }) => {
      seeds.push(step.seed);
      return { inputs: tf.add(inputs, tf.randomNormal(inputs.shape, 0, 0.3, 'float32', step.seed)), targets };
    };
    const a = await evaluate(loss, { inputs: heldOut32 }, 6, { prepareBatch });
    const b = await evaluate(loss, { inputs: heldOut32 }, 6, { prepareBatch });
    const clean = await evaluate(loss, { inputs: heldOut32 }, 6);
    expect(b).to.deep.equal(a);
    expect(a.reconstruction).to.not.equal(clean.reconstruction);
    expect(new Set(seeds.slice(0, 4)).size).to.equal(4); // different noise for each batch
    expect(seeds.slice(4)).to.deep.equal(seeds.slice(0, 4));
  });

  it('stops with an Error naming the epoch, batch and term when a loss becomes NaN, without applying it', async () => {
    const model = tinyAutoencoder();
    const base = reconstructionLoss(model, 'mse');
    let weightsBeforeBadStep: number[] = [];
    const loss: LossFn = (batch, mode, step) => {
      const terms = base(batch, mode, step);
      if (mode === 'train' && step.epoch === 2 && step.batch === 1) {
        weightsBeforeBadStep = weightValues(model);
        return { ...terms, kl: tf.scalar(NaN) };
      }
      return { ...terms, kl: tf.scalar(0) };
    };
    const before = tf.memory().numTensors;
    let error: Error | undefined;
    try {
      await train(options(model, { name: 'nan-run', loss }));
    } catch (e) {
      error = e as Error;
    }
    expect(error, 'train should throw').to.be.instanceOf(Error);
    expect(error?.message).to.match(/^nan-run: loss term "kl" is NaN during training at epoch 2, batch 2 of 4\./);
    expect(weightValues(model)).to.deep.equal(weightsBeforeBadStep);
    expect(tf.memory().numTensors).to.equal(before);
  });

  it('stops when the held-out loss stops improving and keeps the best weights', async () => {
    // Train targets are 2x, held-out targets 1x: as w grows from 0 to 2 the held-out loss falls
    // until w = 1 and rises after, so the best epoch lies in the middle.
    const x = tf.linspace(-1, 1, 40).reshape([40, 1]);
    const model = oneWeightModel();
    const loss: LossFn = ({ inputs, targets }) => ({ mse: meanSquaredError(targets, model.apply(inputs) as tf.Tensor) });
    const heldOut = { inputs: x, targets: x };
    const before = tf.memory().numTensors;
    const result = await train({
      name: 'overshoot',
      models: [model],
      loss,
      train: { inputs: x, targets: tf.mul(x, 2) },
      heldOut,
      epochs: 40,
      batchSize: 10,
      learningRate: 0.05,
      patience: 3,
      progress: 'silent',
    });
    const totals = heldOutTotals(result.history);
    expect(result.stopReason).to.equal('patience');
    expect(result.stoppedEarly).to.equal(true);
    expect(result.epochsRun).to.equal(result.bestEpoch + 3);
    expect(result.bestEpoch).to.be.above(1);
    expect(totals[totals.length - 1]).to.be.above(totals[result.bestEpoch - 1]);
    expect(Math.min(...totals)).to.equal(totals[result.bestEpoch - 1]);
    // The model now holds the best epoch's weights: measuring again gives the best number.
    const now = await evaluate(loss, heldOut, 40);
    expect(now.mse).to.be.closeTo(totals[result.bestEpoch - 1], 1e-7);
    expect(result.final.heldOut?.mse).to.equal(totals[result.bestEpoch - 1]);
    expect(tf.memory().numTensors).to.equal(before + 1); // only the train targets made above
  });

  it("with keep: 'last' ends with the last epoch's weights even when an earlier epoch was better", async () => {
    // The same overshooting run as above, without early stopping: the held-out loss is lowest
    // near w = 1 and higher at the end, where keep: 'last' must leave the weights.
    const x = tf.linspace(-1, 1, 40).reshape([40, 1]);
    const doubled = tf.mul(x, 2);
    const model = oneWeightModel();
    const loss: LossFn = ({ inputs, targets }) => ({ mse: meanSquaredError(targets, model.apply(inputs) as tf.Tensor) });
    const heldOut = { inputs: x, targets: x };
    const before = tf.memory().numTensors;
    const result = await train({
      name: 'overshoot-last', models: [model], loss, train: { inputs: x, targets: doubled }, heldOut,
      epochs: 20, batchSize: 10, learningRate: 0.05, keep: 'last', progress: 'silent',
    });
    const totals = heldOutTotals(result.history);
    expect(Math.min(...totals)).to.be.below(totals[totals.length - 1]); // an earlier epoch was better
    expect(result.bestEpoch).to.equal(20);
    expect(result.kept).to.equal('last');
    expect(result.final.heldOut?.mse).to.equal(totals[19]);
    const now = await evaluate(loss, heldOut, 40);
    expect(now.mse).to.be.closeTo(totals[19], 1e-7);
    expect(summarize(result)).to.contain('last epoch, 20');
    // Stopped in the middle of epoch 3, it goes back to the end of epoch 2, whose numbers it reports.
    const controller = new AbortController();
    const stopping: LossFn = (batch, mode, step) => {
      if (mode === 'train' && step.epoch === 3 && step.batch === 2) controller.abort();
      return loss(batch, mode, step);
    };
    const stopped = await train({
      name: 'overshoot-last-stopped', models: [model], loss: stopping, train: { inputs: x, targets: doubled }, heldOut,
      epochs: 20, batchSize: 10, learningRate: 0.05, keep: 'last', signal: controller.signal, progress: 'silent',
    });
    expect(stopped.bestEpoch).to.equal(2);
    expect((await evaluate(loss, heldOut, 40)).mse).to.be.closeTo(stopped.final.heldOut!.mse, 1e-7);
    expect(tf.memory().numTensors).to.equal(before);
    const bad = { name: 'bad', models: [model], loss, train: { inputs: x, targets: doubled }, epochs: 1, batchSize: 10, progress: 'silent' as const };
    const fail = (extra: Partial<TrainOptions>) => train({ ...bad, ...extra }).then(() => 'no error', (e: Error) => e.message);
    expect(await fail({ keep: 'first' as never })).to.contain(`keep must be 'best'`).and.contain('"first"');
    expect(await fail({ heldOut, keep: 'last', patience: 2 })).to.contain('cannot be combined');
    tf.dispose([x, doubled]);
  });

  it('stops at the next batch when the signal is aborted, keeping the best finished epoch', async () => {
    const model = tinyAutoencoder();
    const controller = new AbortController();
    const base = reconstructionLoss(model, 'bce');
    const loss: LossFn = (batch, mode, step) => {
      if (mode === 'train' && step.epoch === 3 && step.batch === 2) controller.abort();
      return base(batch, mode, step);
    };
    const result = await train(options(model, { loss, epochs: 10, signal: controller.signal }));
    expect(result.stopReason).to.equal('aborted');
    expect(result.epochsRun).to.equal(2);
    expect(result.history.filter((p) => p.split === 'heldOut')).to.have.length(2);
    const now = await evaluate(base, { inputs: heldOut32 }, 10);
    expect(now.reconstruction).to.be.closeTo(lossesAt(result.history, result.bestEpoch, 'heldOut').reconstruction, 1e-7);
  });

  it('leaves no tensors behind (adam, held-out, prepareBatch, early stopping)', async () => {
    const model = tinyAutoencoder();
    await train(options(model, { epochs: 1 })); // first call creates nothing lasting, but warm up anyway
    const before = tf.memory().numTensors;
    await train(
      options(model, {
        epochs: 4,
        patience: 2,
        prepareBatch: (inputs, targets, mode, step) => ({
          inputs: tf.clipByValue(tf.add(inputs, tf.randomNormal(inputs.shape, 0, 0.2, 'float32', step.seed)), 0, 1),
          targets,
        }),
      }),
    );
    await train(options(model, { epochs: 2, optimizer: 'rmsprop', heldOut: undefined }));
    await evaluate(reconstructionLoss(model), { inputs: heldOut32 }, 7);
    expect(tf.memory().numTensors).to.equal(before);
  });

  it('trains the weights of several models together (encoder + decoder)', async () => {
    // Seeded and without a ReLU, so no unit can start dead and leave its weights untouched.
    const seeded = (seed: number) => tf.initializers.glorotUniform({ seed });
    const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 3, kernelInitializer: seeded(11) })] });
    const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 8, activation: 'sigmoid', kernelInitializer: seeded(12) })] });
    const encoderBefore = weightValues(encoder);
    const decoderBefore = weightValues(decoder);
    const loss: LossFn = ({ inputs, targets }, mode) => {
      const code = encoder.apply(inputs, { training: mode === 'train' }) as tf.Tensor;
      return { reconstruction: binaryCrossEntropy(targets, decoder.apply(code, { training: mode === 'train' }) as tf.Tensor) };
    };
    await train(options(encoder, { models: [encoder, decoder], loss, epochs: 1 }));
    expect(weightValues(encoder)).to.not.deep.equal(encoderBefore);
    expect(weightValues(decoder)).to.not.deep.equal(decoderBefore);
  });

  it("lowers the learning rate along a cosine with learningRateSchedule 'cosine', and leaves a caller's optimizer as it was", async () => {
    const optimizer = tf.train.sgd(0.1);
    const rates: number[] = [];
    const apply = optimizer.applyGradients.bind(optimizer);
    optimizer.applyGradients = (grads) => {
      rates.push((optimizer as unknown as { learningRate: number }).learningRate);
      apply(grads);
    };
    await train(options(tinyAutoencoder(), { optimizer, learningRate: undefined, learningRateSchedule: 'cosine' }));
    expect(rates.length).to.equal(12); // 3 epochs x 4 batches
    expect(rates[0]).to.be.closeTo(0.1, 1e-12);
    expect(rates[11]).to.be.closeTo(0.1 * COSINE_FLOOR, 1e-12);
    expect(rates[6]).to.be.closeTo(scheduledRate('cosine', 0.1, 6, 12), 1e-12);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).to.be.below(rates[i - 1]);
    expect((optimizer as unknown as { learningRate: number }).learningRate).to.equal(0.1);

    rates.length = 0;
    await train(options(tinyAutoencoder(), { optimizer, learningRate: undefined }));
    expect(new Set(rates)).to.deep.equal(new Set([0.1]));
    optimizer.dispose();
  });

  it('shrinks the kernels of the named models after every step by rate x learning rate (weight decay), not their biases', async () => {
    const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }), biasInitializer: 'ones' })] });
    const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 8, kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }) })] });
    const [kernel, bias] = encoder.getWeights().map((w) => Array.from(w.dataSync()));
    const decoderBefore = weightValues(decoder);
    // A loss with zero gradients: plain SGD then leaves the weights alone, so only the decay moves them.
    const still: LossFn = ({ inputs }) => ({ zero: (decoder.apply(encoder.apply(inputs)) as tf.Tensor).sum().mul(0) as tf.Scalar });
    const optimizer = tf.train.sgd(0.1);
    const before = tf.memory().numTensors;
    // No held-out data, so the run ends with the last epoch's weights (not the best epoch's).
    const decay = { rate: 0.5, models: [encoder] };
    await train(options(encoder, { models: [encoder, decoder], loss: still, optimizer, learningRate: undefined, heldOut: undefined, weightDecay: decay }));
    expect(tf.memory().numTensors).to.equal(before);
    const shrink = (1 - 0.5 * 0.1) ** 12; // 3 epochs x 4 batches
    const [kernelAfter, biasAfter] = encoder.getWeights().map((w) => Array.from(w.dataSync()));
    kernelAfter.forEach((value, i) => expect(value).to.be.closeTo(kernel[i] * shrink, 1e-6));
    expect(biasAfter).to.deep.equal(bias);
    expect(weightValues(decoder)).to.deep.equal(decoderBefore);
    optimizer.dispose();
  });

  it('rejects weight decay on a model that does not train, or with a bad rate', async () => {
    const model = tinyAutoencoder();
    const other = tinyAutoencoder(3);
    const fail = (weightDecay: unknown) => train(options(model, { weightDecay: weightDecay as never })).then(() => 'no error', (e: Error) => e.message);
    expect(await fail({ rate: 0.1, models: [other] })).to.match(/weightDecay\.models\[0\] \(".*"\) is not among the trained models/);
    expect(await fail({ rate: -1, models: [model] })).to.match(/weightDecay must be \{ rate, models \} with rate a number >= 0/);
    expect(await fail({ rate: 0.1, models: [] })).to.match(/weightDecay\.models must be a non-empty array/);
  });

  it('warms the cosine schedule up over the first 3% of the steps, then falls to 5% by the last step', () => {
    // 1000 steps: 30 warm-up steps climbing to the full rate, then half a cosine.
    expect(scheduledRate('cosine', 1, 0, 1000)).to.be.closeTo(1 / 31, 1e-12);
    expect(scheduledRate('cosine', 1, 29, 1000)).to.be.closeTo(30 / 31, 1e-12);
    expect(scheduledRate('cosine', 1, 30, 1000)).to.equal(1);
    expect(scheduledRate('cosine', 1, 30 + 969 / 2, 1000)).to.be.closeTo((1 + COSINE_FLOOR) / 2, 1e-12);
    expect(scheduledRate('cosine', 1, 999, 1000)).to.be.closeTo(COSINE_FLOOR, 1e-12);
    expect(scheduledRate('constant', 0.5, 500, 1000)).to.equal(0.5);
  });

  it('rejects bad options with a message naming what is wrong', async () => {
    const model = tinyAutoencoder();
    const fail = async (extra: Partial<TrainOptions>): Promise<string> => {
      try {
        await train(options(model, extra));
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    const targets = tinyData(5);
    expect(await fail({ train: { inputs: train32, targets } })).to.match(/train\.targets must have as many examples as train\.inputs: inputs \[32,8\], targets \[5,8\]/);
    expect(await fail({ heldOut: undefined, patience: 2 })).to.match(/patience needs heldOut data/);
    expect(await fail({ batchSize: 0 })).to.match(/batchSize must be a whole number >= 1, got 0/);
    expect(await fail({ epochs: 1.5 })).to.match(/epochs must be a whole number >= 1, got 1.5/);
    expect(await fail({ optimizer: 'sgd' as never })).to.match(/optimizer must be 'adam' or 'rmsprop'/);
    expect(await fail({ learningRateSchedule: 'linear' as never })).to.match(/learningRateSchedule must be 'constant' or 'cosine', got linear/);
    expect(await fail({ loss: () => ({ reconstruction: tf.ones([2]) as never }) })).to.match(/loss term "reconstruction" must be a scalar tensor .* got a tensor of shape \[2\]/);
    expect(await fail({ loss: () => ({ total: tf.scalar(1) }) })).to.match(/"total" is reserved/);
    expect(await fail({ loss: () => tf.scalar(1) as never })).to.match(/must return an object of named scalar tensors/);
    const wrongShape = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 4 })] });
    expect(await fail({ models: [wrongShape], loss: reconstructionLoss(wrongShape) })).to.match(
      /binaryCrossEntropy: targets and predictions must have the same shape, got \[10,8\] and \[10,4\]/,
    );
    targets.dispose();
  });

  it('trains on the wasm backend too', async function () {
    this.timeout(60000);
    try {
      await useBackend('wasm');
      const x = tinyData(32);
      const model = tinyAutoencoder();
      const before = tf.memory().numTensors;
      const result = await train({ ...options(model, { epochs: 3, learningRate: 0.05 }), train: { inputs: x }, heldOut: { inputs: x } });
      expect(result.backend).to.equal('wasm');
      const totals = heldOutTotals(result.history);
      expect(totals[2]).to.be.below(totals[0]);
      expect(tf.memory().numTensors).to.equal(before);
      x.dispose();
    } finally {
      await useBackend('cpu');
    }
  });
});

describe('reconstruction losses', () => {
  before(() => useBackend('cpu'));

  it('binary cross-entropy and MSE match hand-computed values', () => {
    const targets = tf.tensor2d([[1, 0], [0, 1]]);
    const predictions = tf.tensor2d([[0.8, 0.2], [0.4, 0.9]]);
    const bce = binaryCrossEntropy(targets, predictions).dataSync()[0];
    const expected = -(Math.log(0.8) + Math.log(0.8) + Math.log(0.6) + Math.log(0.9)) / 4;
    expect(bce).to.be.closeTo(expected, 1e-6);
    const mse = meanSquaredError(targets, predictions).dataSync()[0];
    expect(mse).to.be.closeTo((0.04 + 0.04 + 0.16 + 0.01) / 4, 1e-7);
    // Saturated predictions stay finite thanks to clipping.
    expect(Number.isFinite(binaryCrossEntropy(tf.tensor1d([1, 0]), tf.tensor1d([0, 1])).dataSync()[0])).to.equal(true);
  });
});

describe('progress displays', () => {
  const run = { name: 'demo', epochs: 2, batchesPerEpoch: 3, batchSize: 4, trainSize: 12, heldOutSize: 4, backend: 'cpu' };
  const losses = { reconstruction: 0.5, kl: 2, total: 2.5 };

  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 120, write: (s: string) => writes.push(s) } };
  }

  it('redraws one terminal line in place on a TTY, at most 4 times a second', () => {
    const { writes, stream } = fakeStream(true);
    const reporter = new TerminalReporter(stream);
    reporter.start(run);
    for (let b = 1; b <= 3; b++) reporter.batch({ epoch: 1, batch: b, soFar: losses, imagesPerSecond: 100, etaSeconds: 5 });
    reporter.epoch({ epoch: 1, train: losses, heldOut: losses, history: [], imagesPerSecond: 100, etaSeconds: 5, best: true });
    const redraws = writes.filter((w) => w.startsWith('\r') && w.includes('images/s'));
    expect(redraws).to.have.length(1); // three batches within 250 ms: one redraw
    expect(redraws[0]).to.include('reconstruction 0.5000 · kl 2.000 · total 2.500');
    const epochLine = writes.find((w) => w.includes('train:'));
    expect(epochLine).to.match(/epoch 1\/2 {2}train: .* held-out: .*\(best\)/);
    expect(epochLine?.endsWith('\n')).to.equal(true);
  });

  it('writes one line per epoch and no carriage returns when not a TTY', () => {
    const { writes, stream } = fakeStream(false);
    const reporter = new TerminalReporter(stream);
    reporter.start(run);
    reporter.batch({ epoch: 1, batch: 1, soFar: losses, imagesPerSecond: 100, etaSeconds: 5 });
    reporter.epoch({ epoch: 1, train: losses, history: [], imagesPerSecond: 100, etaSeconds: 5, best: false });
    reporter.finish('done');
    expect(writes.join('')).to.not.include('\r');
    expect(writes).to.have.length(3);
  });

  it('updates one notebook output in place and redraws the chart after each epoch', async () => {
    const calls: string[] = [];
    const area = (label: string): OutputArea => ({
      png: () => calls.push(`${label}:png`),
      svg: (s) => calls.push(`${label}:svg:${s}`),
      html: () => calls.push(`${label}:html`),
      markdown: () => calls.push(`${label}:markdown`),
      text: (s) => calls.push(`${label}:text:${s}`),
    });
    let outputs = 0;
    let chartCalls = 0;
    const chart = async (history: unknown[]): Promise<Figure> => {
      chartCalls++;
      return { kind: 'svg', name: 'loss', svg: `<svg>${history.length}</svg>`, width: 1, height: 1 };
    };
    const reporter = new NotebookReporter(area('numbers'), () => area(`out${++outputs}`), chart);
    reporter.start(run);
    reporter.batch({ epoch: 1, batch: 1, soFar: losses, imagesPerSecond: 100, etaSeconds: 5 });
    const history = [{ epoch: 1, split: 'train' as const, term: 'kl', value: 2 }];
    await reporter.epoch({ epoch: 1, train: losses, heldOut: losses, history, imagesPerSecond: 100, etaSeconds: 5, best: true });
    expect(outputs).to.equal(1);
    expect(chartCalls).to.equal(1);
    expect(calls).to.include('out1:svg:<svg>1</svg>');
    const texts = calls.filter((c) => c.startsWith('numbers:text'));
    expect(texts[texts.length - 1]).to.include('held-out reconstruction 0.5000');
  });

  it('keeps training when the chart fails, and says why once', async () => {
    const texts: string[] = [];
    const area: OutputArea = { png() {}, svg() {}, html() {}, markdown() {}, text: (s) => texts.push(s) };
    const reporter = new NotebookReporter(area, () => area, () => {
      throw new Error('no canvas');
    });
    reporter.start(run);
    const update = { epoch: 1, train: losses, history: [], imagesPerSecond: 1, etaSeconds: 1, best: false };
    await reporter.epoch(update);
    await reporter.epoch({ ...update, epoch: 2 });
    expect(texts.filter((t) => t.includes('The loss chart could not be drawn: no canvas'))).to.have.length(1);
  });
});
