/**
 * The one training loop of the course: every notebook and exercise trains through `train`.
 *
 * Per epoch: shuffle the training set (seeded), take one optimizer step per batch, then measure
 * the held-out loss on the whole held-out set. Every named loss term is tracked separately.
 */
import * as tf from '@tensorflow/tfjs';
import { ready } from '../engine/backend';
import { batchCount, checkBatchSize, checkSplit, CheckedSplit, takeBatch } from './data';
import { evaluateChecked } from './evaluate';
import { assertFinite, checkLossTerms, LossPlace, reportedTerms, stackTerms, WeightedMeans } from './lossTerms';
import { makeOptimizer, OptimizerName } from './optimizer';
import { chooseReporter, formatDuration, formatLosses, formatRate, LossChart, ProgressMode, ProgressReporter } from './progress';
import { checkSeed, shuffler, stepSeed } from './seeds';
import { Batch, DataSplit, LossFn, LossPoint, LossValues, PrepareBatch, Split, Step } from './types';
import { BestEpoch, KeepWeights } from './bestEpoch';
import { Speed } from './speed';
import { checkModels, trainableVariables } from './weights';
import { chooseThreads, ThreadChoice, TrainingThreads } from './parallel';
import { checkedTerms, combinedLoss, disposePhases, modelsOfPhases, PreparedPhase, preparePhases, StepPhase } from './phases';
import { checkSchedule, currentLearningRate, LearningRateSchedule, scheduledRate, setLearningRate } from './schedule';
import { checkWeightDecay, CheckedWeightDecay, decayKernels, WeightDecay } from './weightDecay';
import { checkWholeNumber } from '../util/checks';
import { t } from '../util/i18n';

/** What to train, on what, and how. Only name, models, loss, train, epochs and batchSize are required. */
export interface TrainOptions {
  /** A short name for messages and progress, e.g. 'conv-autoencoder'. */
  name: string;
  /** The models whose trainable weights are optimised, e.g. [autoencoder] or [encoder, decoder]. Not with `phases`. */
  models?: tf.LayersModel[];
  /** Computes the named loss terms of a batch; their sum is minimised. See `reconstructionLoss`. Not with `phases`. */
  loss?: LossFn;
  /**
   * Instead of `models` and `loss`: every batch runs these phases in order, each minimising
   * its own loss with its own optimizer, changing only its own models' weights (see
   * phases.ts; the adversarial autoencoder's step). Held-out numbers are all phases' terms.
   */
  phases?: StepPhase[];
  /** Training data; without targets the inputs are the targets. */
  train: DataSplit;
  /** Data never trained on, measured after every epoch. Needed for `patience`. */
  heldOut?: DataSplit;
  /** Changes each batch before the loss sees it, e.g. fresh noise for denoising (use `step.seed`). */
  prepareBatch?: PrepareBatch;
  epochs: number;
  batchSize: number;
  /** 'adam' (default), 'rmsprop', or a ready-made tf.Optimizer (then its state stays yours). */
  optimizer?: OptimizerName | tf.Optimizer;
  /** Default: 0.001, the Keras default for both named optimizers. */
  learningRate?: number;
  /**
   * 'constant' (default) or 'cosine': warm up to the full rate over the first 3% of the
   * planned steps, then lower it smoothly to 5% of it by the last one (see schedule.ts).
   * Works with any optimizer that has a learningRate.
   */
  learningRateSchedule?: LearningRateSchedule;
  /** Same seed, same batch order and per-batch seeds, so a run can be repeated. Default 42. */
  seed?: number;
  /**
   * Decoupled weight decay (see weightDecay.ts): after every step the kernels of `models`
   * shrink by `rate` × the step's learning rate, e.g. `{ rate: 0.3, models: [encoder] }`.
   */
  weightDecay?: WeightDecay;
  /** Stop after this many epochs without a lower held-out total. */
  patience?: number;
  /**
   * Which weights the models end with: 'best' (default), those of the epoch with the lowest
   * held-out total; or 'last', those of the last finished epoch. 'last' is for runs whose
   * totals cannot be compared from epoch to epoch, such as an adversarial game (the
   * discriminator's loss rises when the encoder gets better at fooling it).
   */
  keep?: KeepWeights;
  /** Abort to stop at the next batch (a notebook's stop button, a time limit). */
  signal?: AbortSignal;
  progress?: ProgressMode;
  /** Draws the loss curves; in a notebook the picture is redrawn after every epoch. */
  chart?: LossChart;
  /**
   * Threads that share every batch (data-parallel), including this one. Default: the
   * COURSE_WORKERS environment variable, else 1. Needs a library loss (and prepareBatch), e.g.
   * `reconstructionLoss` or `noisyInputs`; otherwise the run says why and uses one thread.
   */
  workers?: number;
}

/** What happened in a run: plain JSON data, so it can be saved with the models. */
export interface TrainResult {
  name: string;
  /** Mean of every term on each split for every finished epoch (1-based), plus `total` when there are several terms. */
  history: LossPoint[];
  /** The numbers of `bestEpoch`, i.e. of the weights the models hold now. */
  final: { train: LossValues; heldOut?: LossValues };
  /** With held-out data: the epoch with the lowest held-out total, whose weights were restored. Without (or with `keep: 'last'`): the last finished epoch. 0 if none finished. */
  bestEpoch: number;
  /** 'last' when the run kept the last epoch's weights on purpose (`keep: 'last'`). */
  kept?: KeepWeights;
  /** Epochs that ran to the end. */
  epochsRun: number;
  /** Wall-clock time of the whole call, including held-out evaluation. */
  seconds: number;
  /** Training images per second of optimizer steps (held-out evaluation not counted). */
  imagesPerSecond: number;
  stoppedEarly: boolean;
  stopReason: 'completed' | 'patience' | 'aborted';
  backend: string;
}

/**
 * Train `models` by minimising the sum of the loss terms, and return what happened.
 *
 * How the reported numbers are computed (the two differ on purpose):
 * - held-out: after each epoch, the mean over the whole held-out set with the epoch's final
 *   weights, batch by batch in a fixed order, each batch weighted by its size. Measured the
 *   same way every time, so epochs (and runs) can be compared.
 * - train: the mean over the epoch's batches, each weighted by its size. The weights change
 *   from batch to batch, so this mixes early and late weights and usually sits a little above
 *   what the end-of-epoch weights would give on the same data.
 *
 * With held-out data the models end with the weights of the best epoch (lowest held-out
 * total; the last epoch with `keep: 'last'`), whether the run completed, ran out of `patience` or was aborted. A NaN or infinite
 * loss stops the run with an Error naming the epoch, the batch and the term; that step is not
 * applied. Every tensor made here is disposed (a tf.Optimizer you pass in keeps its state).
 */
export async function train(options: TrainOptions): Promise<TrainResult> {
  const backend = (await ready()).name;
  const plan = checkOptions(options);
  const { name, epochs, batchSize, trainSet, heldOutSet } = plan;
  const { optimizer, owned } = makeOptimizer(plan.phases ? 'adam' : options.optimizer, plan.phases ? undefined : options.learningRate);
  const batchesPerEpoch = batchCount(trainSet.size, batchSize);
  const startRate = plan.schedule === 'constant' ? undefined : currentLearningRate(optimizer);
  if (plan.weightDecay) currentLearningRate(optimizer); // decay follows the rate: the optimizer must have one
  const run: Run = {
    plan,
    variables: trainableVariables(plan.models),
    optimizer,
    weightDecay: plan.weightDecay,
    phases: plan.phases,
    setRate: startRate === undefined
      ? undefined
      : (step) => setLearningRate(optimizer, scheduledRate(plan.schedule, startRate, step, epochs * batchesPerEpoch)),
    reporter: chooseReporter(options.progress, options.chart),
    speed: new Speed(epochs * batchesPerEpoch),
    batchesPerEpoch,
    signal: options.signal,
  };
  const threads: ThreadChoice = plan.phases
    ? { count: 1, note: (options.workers ?? 1) > 1 ? 'one thread: steps in phases train on one thread' : undefined }
    : chooseThreads(options.workers, { name, backend, models: plan.models, loss: plan.loss, prepareBatch: plan.prepareBatch, trainSet });
  const order = shuffler(trainSet.size, plan.seed);
  const best = new BestEpoch(plan.models, plan.keep);
  const history: LossPoint[] = [];
  let epochsRun = 0;
  let stopReason: TrainResult['stopReason'] = 'completed';

  const threadNote = threads.start ? `, ${threads.count} threads` : threads.note ? ` (${threads.note})` : '';
  run.reporter.start({ name, epochs, batchesPerEpoch, batchSize, trainSize: trainSet.size, heldOutSize: heldOutSet?.size, backend: backend + threadNote });
  try {
    if (threads.start) run.threads = await threads.start();
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const trainMeans = await trainEpoch(run, epoch, order.next());
      if (!trainMeans) {
        stopReason = 'aborted';
        break;
      }
      const heldOutMeans = heldOutSet
        ? evaluateChecked(plan.loss, heldOutSet, batchSize, { prepareBatch: plan.prepareBatch, seed: plan.seed, epoch, run: name })
        : undefined;
      epochsRun = epoch;
      recordEpoch(history, epoch, 'train', trainMeans);
      if (heldOutMeans) recordEpoch(history, epoch, 'heldOut', heldOutMeans);
      const improved = best.consider(epoch, trainMeans, heldOutMeans);
      await run.reporter.epoch({
        epoch,
        train: trainMeans,
        heldOut: heldOutMeans,
        history: [...history],
        imagesPerSecond: run.speed.imagesPerSecond,
        etaSeconds: run.speed.etaSeconds,
        best: improved && heldOutMeans !== undefined && plan.keep === 'best',
      });
      if (plan.patience !== undefined && epoch - best.epoch >= plan.patience) {
        stopReason = 'patience';
        break;
      }
    }
    best.restore();
  } catch (error) {
    run.reporter.finish(t('summary.error', { name, message: (error as Error).message }));
    throw error;
  } finally {
    best.dispose();
    if (owned) optimizer.dispose();
    if (plan.phases) disposePhases(plan.phases);
    else if (startRate !== undefined) setLearningRate(optimizer, startRate); // the caller's optimizer, as it was
    await run.threads?.close();
  }

  const result: TrainResult = {
    name,
    history,
    final: { train: best.train ?? { total: NaN }, heldOut: best.heldOut },
    bestEpoch: best.epoch,
    ...(plan.keep === 'last' ? { kept: plan.keep } : {}),
    epochsRun,
    seconds: run.speed.elapsedSeconds,
    imagesPerSecond: run.speed.imagesPerSecond,
    stoppedEarly: stopReason !== 'completed',
    stopReason,
    backend,
  };
  run.reporter.finish(summarize(result));
  return result;
}

/** What every batch of a run needs. */
interface Run {
  plan: Plan;
  variables: tf.Variable[];
  optimizer: tf.Optimizer;
  /** Set with weight decay: the kernels to shrink after every step. */
  weightDecay?: CheckedWeightDecay;
  /** Set when every step runs in phases (then `variables` and `optimizer` are not used). */
  phases?: PreparedPhase[];
  /** Set with a learning-rate schedule: sets the rate for a step of the run (0-based). */
  setRate?: (step: number) => void;
  reporter: ProgressReporter;
  speed: Speed;
  batchesPerEpoch: number;
  signal?: AbortSignal;
  /** Set when batches are shared among several threads. */
  threads?: TrainingThreads;
}

/**
 * One pass over the training set in the given (shuffled) order. Returns the size-weighted
 * mean of every term over the epoch's batches, or undefined when the signal aborted it.
 */
async function trainEpoch(run: Run, epoch: number, order: number[]): Promise<LossValues | undefined> {
  const { plan, batchesPerEpoch } = run;
  let means: WeightedMeans | undefined;
  let names: string[] | undefined;
  for (let b = 0; b < batchesPerEpoch; b++) {
    if (run.signal?.aborted) return undefined;
    const start = b * plan.batchSize;
    const end = Math.min(start + plan.batchSize, plan.trainSet.size);
    const step: Step = { mode: 'train', epoch, batch: b, batches: batchesPerEpoch, seed: stepSeed(plan.seed, 'train', epoch, b) };
    run.setRate?.((epoch - 1) * batchesPerEpoch + b);
    const stepDone = run.speed.startStep(end - start);
    const result = run.threads
      ? await parallelTrainStep(run, run.threads, order.slice(start, end), step, names)
      : run.phases
        ? phasedTrainStep(run, run.phases, order, start, end, step, names)
        : trainStep(run, order, start, end, step, names);
    stepDone();
    names = result.names;
    means ??= new WeightedMeans(names);
    means.add(result.values, end - start);
    run.reporter.batch({
      epoch,
      batch: b + 1,
      soFar: means.means(),
      imagesPerSecond: run.speed.imagesPerSecond,
      etaSeconds: run.speed.etaSeconds,
    });
    // Let timers, abort signals and notebook messages through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return (means as WeightedMeans).means();
}

/** The checked and defaulted options. */
interface Plan {
  name: string;
  models: tf.LayersModel[];
  loss: LossFn;
  prepareBatch?: PrepareBatch;
  trainSet: CheckedSplit;
  heldOutSet?: CheckedSplit;
  epochs: number;
  batchSize: number;
  seed: number;
  patience?: number;
  keep: KeepWeights;
  schedule: LearningRateSchedule;
  weightDecay?: CheckedWeightDecay;
  phases?: PreparedPhase[];
}

function checkOptions(options: TrainOptions): Plan {
  if (options == null || typeof options !== 'object') throw new Error(t('train.noOptions'));
  const { name, prepareBatch, epochs, patience, signal } = options;
  if (typeof name !== 'string' || name.trim() === '') throw new Error(t('train.name', { got: String(name) }));
  const phases = options.phases === undefined ? undefined : checkPhaseOptions(options);
  const loss = phases ? combinedLoss(phases) : options.loss;
  if (typeof loss !== 'function') throw new Error(t('train.loss', { got: typeof loss }));
  if (prepareBatch !== undefined && typeof prepareBatch !== 'function') {
    throw new Error(t('train.prepareBatch', { got: typeof prepareBatch }));
  }
  checkWholeNumber(epochs, 'epochs');
  if (patience !== undefined) checkWholeNumber(patience, 'patience');
  if (patience !== undefined && options.heldOut === undefined) {
    throw new Error(t('train.patience'));
  }
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') throw new Error(t('train.signal'));
  const keep = options.keep ?? 'best';
  if (keep !== 'best' && keep !== 'last') throw new Error(t('train.keep', { got: JSON.stringify(keep) }));
  if (keep === 'last' && patience !== undefined) throw new Error(t('train.keepPatience'));
  const plan = {
    name,
    models: phases ? modelsOfPhases(phases) : checkModels(options.models),
    loss,
    phases,
    prepareBatch,
    trainSet: checkSplit(options.train, 'train'),
    heldOutSet: options.heldOut === undefined ? undefined : checkSplit(options.heldOut, 'heldOut'),
    epochs,
    batchSize: checkBatchSize(options.batchSize),
    seed: checkSeed(options.seed),
    patience,
    keep,
    schedule: checkSchedule(options.learningRateSchedule),
  };
  return { ...plan, weightDecay: checkWeightDecay(options.weightDecay, plan.models) };
}

/** Check what may not be combined with `phases`, then prepare them (their optimizers are made here). */
function checkPhaseOptions(options: TrainOptions): PreparedPhase[] {
  const clash = (['models', 'loss', 'optimizer', 'learningRate', 'weightDecay'] as const).filter((key) => options[key] !== undefined);
  if (clash.length) {
    throw new Error(t('train.phasesClash', { options: clash.join(', ') }));
  }
  if ((options.learningRateSchedule ?? 'constant') !== 'constant') {
    throw new Error(t('train.phasesSchedule'));
  }
  return preparePhases(options.phases);
}

/** Examples `start`..`end` of the shuffled `order`, prepared for training (e.g. fresh noise). */
function trainingBatch(run: Run, order: number[], start: number, end: number, step: Step): Batch {
  const { plan } = run;
  const stored = takeBatch(plan.trainSet, start, end, order);
  return plan.prepareBatch ? plan.prepareBatch(stored.inputs, stored.targets, 'train', step) : stored;
}

/**
 * One step in phases (see phases.ts): for each phase in order, the gradients of its loss
 * with respect to its own variables only, applied by its own optimizer, so a later phase sees
 * the weights an earlier one has just changed. A phase whose terms are not finite is not
 * applied (and the run stops). Returns every phase's terms, in phase order.
 */
function phasedTrainStep(
  run: Run,
  phases: PreparedPhase[],
  order: number[],
  start: number,
  end: number,
  step: Step,
  expectedNames: string[] | undefined,
): { names: string[]; values: number[] } {
  const names: string[] = [];
  const values: number[] = [];
  tf.tidy(() => {
    const batch = trainingBatch(run, order, start, end, step);
    const earlier = new Set<string>();
    for (const phase of phases) {
      tf.tidy(() => {
        let phaseNames: string[] = [];
        let phaseValues: number[] = [];
        const { grads } = phaseGradients(phase, () => {
          const terms = checkedTerms(phase, phase.loss(batch, 'train', step), earlier);
          phaseNames = Object.keys(terms);
          phaseValues = Array.from(stackTerms(terms, phaseNames).dataSync());
          return tf.addN(phaseNames.map((n) => terms[n])) as tf.Scalar;
        });
        assertFinite(phaseNames, phaseValues, trainingPlace(run, step));
        phase.optimizer.applyGradients(grads);
        phaseNames.forEach((n) => earlier.add(n));
        names.push(...phaseNames);
        values.push(...phaseValues);
      });
    }
  });
  if (expectedNames && names.join() !== expectedNames.join()) {
    throw new Error(t('train.phaseTermsChanged', { first: expectedNames.join(', '), now: names.join(', ') }));
  }
  return { names, values };
}

/** The gradients of a phase's loss for its own variables, with a clear error when they do not connect. */
function phaseGradients(phase: PreparedPhase, loss: () => tf.Scalar): { grads: tf.NamedTensorMap } {
  try {
    return tf.variableGrads(loss, phase.variables);
  } catch (error) {
    if (!/Cannot find a connection/.test((error as Error).message)) throw error;
    throw new Error(t('train.phaseNotConnected', { phase: phase.name, models: phase.models.map((m) => m.name).join(', ') }));
  }
}

/**
 * One optimizer step on examples `start`..`end` of the shuffled `order`. The gradients are
 * applied only after every term was checked to be finite, so a NaN never reaches the weights.
 * Returns the value of every term; all tensors made here are freed by tidy, also on errors.
 */
function trainStep(
  run: Run,
  order: number[],
  start: number,
  end: number,
  step: Step,
  expectedNames: string[] | undefined,
): { names: string[]; values: number[] } {
  let names: string[] = [];
  let values: number[] = [];
  tf.tidy(() => {
    const { plan } = run;
    const batch = trainingBatch(run, order, start, end, step);
    const { grads } = tf.variableGrads(() => {
      const terms = plan.loss(batch, 'train', step);
      names = checkLossTerms(terms, expectedNames);
      values = Array.from(stackTerms(terms, names).dataSync());
      return tf.addN(names.map((name) => terms[name])) as tf.Scalar;
    }, run.variables);
    assertFinite(names, values, trainingPlace(run, step));
    applyStep(run, grads);
  });
  return { names, values };
}

/** `trainStep` with the batch shared among several threads (see parallel/threads.ts). */
async function parallelTrainStep(
  run: Run,
  threads: TrainingThreads,
  indices: number[],
  step: Step,
  expectedNames: string[] | undefined,
): Promise<{ names: string[]; values: number[] }> {
  const { names, values, grads } = await threads.step(indices, step, expectedNames);
  try {
    assertFinite(names, values, trainingPlace(run, step));
    applyStep(run, grads);
  } finally {
    tf.dispose(Object.values(grads));
  }
  return { names, values };
}

/** The optimizer's update, then the weight decay that follows it (when the run has one). */
function applyStep(run: Run, grads: tf.NamedTensorMap): void {
  run.optimizer.applyGradients(grads);
  if (run.weightDecay) decayKernels(run.weightDecay, currentLearningRate(run.optimizer));
}

/** Where a training step is, for the NaN message. */
function trainingPlace(run: Run, step: Step): LossPlace {
  return { run: run.plan.name, what: 'training', epoch: step.epoch, batch: step.batch, batches: run.batchesPerEpoch };
}

/** Add one epoch's means to the history: every term, and `total` only when there are several terms. */
function recordEpoch(history: LossPoint[], epoch: number, split: Split, means: LossValues): void {
  for (const term of reportedTerms(means)) history.push({ epoch, split, term, value: means[term] });
}

/** One paragraph on how the run ended, for the terminal and the notebook. */
export function summarize(r: TrainResult): string {
  const how =
    r.stopReason === 'patience'
      ? t('summary.stoppedEarly', { epoch: r.epochsRun })
      : r.stopReason === 'aborted'
        ? t('summary.stoppedOnRequest', { epochs: r.epochsRun })
        : t('summary.epochs', { epochs: r.epochsRun });
  const lines = [t('summary.headline', { name: r.name, how, duration: formatDuration(r.seconds), rate: formatRate(r.imagesPerSecond), backend: r.backend })];
  if (r.bestEpoch === 0) {
    lines.push(t('summary.noEpoch'));
  } else {
    const losses = formatLosses(r.final.train);
    const kept = r.kept === 'last' ? 'summary.keptLast' : r.final.heldOut ? 'summary.keptBest' : 'summary.lastEpoch';
    lines.push(t(kept, { epoch: r.bestEpoch, losses }));
    if (r.final.heldOut) lines.push(t('summary.heldOut', { losses: formatLosses(r.final.heldOut) }));
  }
  return lines.join('\n');
}
