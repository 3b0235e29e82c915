/**
 * `fit`: what a notebook calls to get a trained model. It joins three library parts:
 * the trainer (live progress and loss curves), the held-out measurement, and the checkpoint
 * cache (a model trained before with the same architecture, data and settings is loaded, so a
 * later notebook reuses an earlier notebook's model in seconds).
 */
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { cachedCheckpointDir, cachedTraining } from '../checkpoint';
import { lossCurves } from '../plot';
import { train, LossFn, StepPhase, TrainOptions, TrainResult, DataSplit } from '../train';
import { defaultSeed } from '../train/seeds';
import { DEFAULT_OPTIMIZER, OptimizerName } from '../train/optimizer';
import { defaultWorkers } from '../train/parallel';
import { t } from '../util/i18n';

/** Training and held-out data, plus a name that identifies them for the cache. */
export interface FitData {
  train: DataSplit;
  heldOut: DataSplit;
  /** e.g. 'mnist-embedded 9000/1000'; part of the cache key. */
  id: string;
}

/** Self-supervised data: each image is both the input and the target. */
export function selfSupervised(dataset: { name: string; train: { images: tf.Tensor }; test: { images: tf.Tensor } }): FitData {
  return {
    train: { inputs: dataset.train.images },
    heldOut: { inputs: dataset.test.images },
    id: `${dataset.name} ${dataset.train.images.shape[0]}/${dataset.test.images.shape[0]}`,
  };
}

/** Any object whose properties are all models, e.g. `{ encoder, decoder }` or an `Autoencoder`. */
export type ModelSet<M> = { [K in keyof M]: tf.LayersModel };

/** The trainer's options that `fit` passes on unchanged (documented on `TrainOptions`). */
type PassedToTrain = 'epochs' | 'batchSize' | 'learningRate' | 'learningRateSchedule' | 'seed' | 'prepareBatch' | 'workers' | 'keep';

export type FitOptions<M extends ModelSet<M>> = Pick<TrainOptions, PassedToTrain> & {
  /** Letters, digits, '-' and '_': used for progress, the chart title and the cache folder. */
  name: string;
  /** Builds fresh models from the run's seed, e.g. `(seed) => convAutoencoder({ seed })`. */
  build: (seed: number) => M;
  /** The loss of those models, e.g. `(m) => reconstructionLoss(m.autoencoder, 'bce')`. */
  loss?: (models: M) => LossFn;
  /**
   * Instead of `loss`: the phases of every training step, each with its own loss, models and
   * optimizer (see train/phases.ts), e.g. `(m) => aaePhases(m, prior)`.
   */
  phases?: (models: M) => StepPhase[];
  /** Which of the built models hold the trained weights (default: all of them). */
  trainable?: (models: M) => tf.LayersModel[];
  data: FitData;
  /** A named optimizer only (a ready-made one could not be part of the cache key). */
  optimizer?: OptimizerName;
  /**
   * Decoupled weight decay of some of the models' kernels (see train/weightDecay.ts), the
   * models named by their key in the set, e.g. `{ rate: 0.3, models: ['encoder'] }`.
   */
  weightDecay?: { rate: number; models: Array<keyof M & string> };
  /** Anything else that changes the result (noise level, loss variant...): part of the cache key. */
  settings?: object;
  /**
   * Start from the weights of models fitted before (fine-tuning) instead of random ones, e.g.
   * the denoiser starts from the clean autoencoder, as the lesson's own notebook does. The
   * models must have the same architecture; which models they were is part of the cache key.
   */
  startFrom?: Fitted<M>;
  /** Stop training after this many seconds (keeps the best epoch so far). */
  maxSeconds?: number;
  /** Draw the loss axis on a log scale (for losses that fall by orders of magnitude). */
  logScale?: boolean;
};

export interface Fitted<M extends ModelSet<M>> {
  models: M;
  result: TrainResult;
  fromCache: boolean;
  /** Identifies these trained weights (name and cache key), e.g. for a run that starts from them. */
  id: string;
}

/** Train (or load from the cache) the models described by `options`. */
export async function fit<M extends ModelSet<M>>(options: FitOptions<M>): Promise<Fitted<M>> {
  return fitOrLoad(options, {});
}

/** What identifies a fit in the cache: its name, its data and every setting that changes the result. */
function cacheIdentity<M extends ModelSet<M>>(options: FitOptions<M>) {
  const { name, data, epochs, batchSize, optimizer = DEFAULT_OPTIMIZER, learningRate, seed = defaultSeed() } = options;
  const { learningRateSchedule, startFrom } = options;
  const settings = {
    epochs, batchSize, optimizer, learningRate, learningRateSchedule, seed,
    maxSeconds: options.maxSeconds,
    startFrom: startFrom?.id,
    weightDecay: options.weightDecay,
    // Only when set: the cache keys of every other run stay as they were.
    ...(options.keep ? { keep: options.keep } : {}),
    ...options.settings,
  };
  return { name, data: data.id, settings, build: () => options.build(seed) as M & Record<string, tf.LayersModel> };
}

/** True when `fit(options)` would load its models from the cache instead of training them. */
export async function isFitCached<M extends ModelSet<M>>(options: FitOptions<M>): Promise<boolean> {
  return (await cachedCheckpointDir(cacheIdentity(options))).cached;
}

/** `fit`, or with `retrain: false` never train again a model the cache holds (not even with COURSE_RETRAIN=1). */
export async function fitOrLoad<M extends ModelSet<M>>(options: FitOptions<M>, how: { retrain?: boolean }): Promise<Fitted<M>> {
  const { name, data, epochs, batchSize, optimizer = DEFAULT_OPTIMIZER, learningRate } = options;
  const { learningRateSchedule, startFrom } = options;
  const identity = cacheIdentity(options);
  const seed = identity.settings.seed;
  // The checkpoint cache takes a plain record of models; every ModelSet is one.
  const cached = await cachedTraining<M & Record<string, tf.LayersModel>, TrainResult>({
    ...identity,
    retrain: how.retrain,
    train: async (models) => {
      const pick = (set: M) => (options.trainable ? options.trainable(set) : (Object.values(set) as tf.LayersModel[]));
      const trained = pick(models);
      if (startFrom) copyWeights(pick(startFrom.models), trained, name);
      if ((options.loss === undefined) === (options.phases === undefined)) throw new Error(t('fit.lossOrPhases', { name }));
      const phases = options.phases?.(models);
      const loss = options.loss?.(models);
      const weightDecay = options.weightDecay && { rate: options.weightDecay.rate, models: modelsNamed(models, options.weightDecay.models, name) };
      const result = await train({
        name,
        // Phases bring their own models and optimizers.
        ...(phases ? { phases, weightDecay } : { models: trained, loss, optimizer, learningRate, weightDecay }),
        train: data.train,
        heldOut: data.heldOut,
        prepareBatch: options.prepareBatch,
        epochs,
        batchSize,
        learningRateSchedule,
        seed,
        keep: options.keep,
        signal: options.maxSeconds ? AbortSignal.timeout(options.maxSeconds * 1000) : undefined,
        // Not part of the cache key: the thread count changes the speed, not the model.
        workers: options.workers ?? (phases ? 1 : defaultWorkers(trained, loss, options.prepareBatch)),
        chart: (history) => lossCurves(history, { title: t('plot.loss.runTitle', { name }), logScale: options.logScale }),
      });
      // A run with no finished epoch has no held-out numbers and is not worth caching.
      if (result.epochsRun === 0) {
        throw new Error(t('fit.noEpoch', { name, reason: String(result.stopReason) }));
      }
      return result;
    },
  });
  return { models: cached.models, result: cached.metadata, fromCache: cached.fromCache, id: path.basename(cached.dir) };
}

/** The models of a set with these keys, with a clear error for a key the set does not have. */
function modelsNamed<M extends ModelSet<M>>(set: M, keys: unknown, name: string): tf.LayersModel[] {
  if (!Array.isArray(keys)) throw new Error(t('fit.weightDecayKeys', { name, got: typeof keys }));
  return keys.map((key) => {
    const model = (set as Record<string, tf.LayersModel | undefined>)[key];
    if (!(model instanceof tf.LayersModel)) {
      throw new Error(t('fit.weightDecayUnknown', { name, key: String(key), keys: Object.keys(set).map((k) => `"${k}"`).join(', ') }));
    }
    return model;
  });
}

/** Copy every weight of `from` into `to`, model by model, after checking that the shapes match. */
function copyWeights(from: tf.LayersModel[], to: tf.LayersModel[], name: string): void {
  const describe = (models: tf.LayersModel[]) => models.map((m) => m.getWeights().map((w) => `[${w.shape}]`).join(' ')).join(' | ');
  if (describe(from) !== describe(to)) {
    throw new Error(t('fit.startFrom', { name, from: describe(from), to: describe(to) }));
  }
  from.forEach((model, i) => to[i].setWeights(model.getWeights()));
}

/**
 * Seconds spent training in this run by these fits: a model loaded from the cache counts 0
 * (its `result.seconds` is the time it took when it was trained).
 */
export function secondsTrainedHere(...fits: Array<{ fromCache: boolean; result: { seconds: number } }>): number {
  return fits.reduce((sum, fitted) => sum + (fitted.fromCache ? 0 : fitted.result.seconds), 0);
}
