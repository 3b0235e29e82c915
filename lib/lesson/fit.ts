/**
 * `fit`: what a notebook calls to get a trained model. It joins three library parts:
 * the trainer (live progress and loss curves), the held-out measurement, and the checkpoint
 * cache (a model trained before with the same architecture, data and settings is loaded, so a
 * later notebook reuses an earlier notebook's model in seconds).
 */
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { cachedTraining } from '../checkpoint';
import { lossCurves } from '../plot';
import { train, LossFn, PrepareBatch, TrainResult, DataSplit, LearningRateSchedule, StepPhase } from '../train';
import { defaultWorkers } from '../train/parallel';

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

export interface FitOptions<M extends ModelSet<M>> {
  /** Letters, digits, '-' and '_': used for progress, the chart title and the cache folder. */
  name: string;
  /** Builds fresh models, e.g. `() => convAutoencoder()`. */
  build: () => M;
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
  epochs: number;
  batchSize: number;
  optimizer?: 'adam' | 'rmsprop';
  learningRate?: number;
  /** 'cosine' lowers the learning rate smoothly over the run (see train/schedule.ts). */
  learningRateSchedule?: LearningRateSchedule;
  seed?: number;
  /** Changes every batch, e.g. fresh noise; describe it in `settings` so the cache can tell runs apart. */
  prepareBatch?: PrepareBatch;
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
  /**
   * Threads that share each batch. Default: COURSE_WORKERS, else 2 (on a machine with 2+ cores)
   * for small models whose loss and prepareBatch are library helpers, else 1 (see
   * `defaultWorkers`). Not part of the cache key: it changes the speed, not the model.
   */
  workers?: number;
}

export interface Fitted<M extends ModelSet<M>> {
  models: M;
  result: TrainResult;
  fromCache: boolean;
  /** Identifies these trained weights (name and cache key), e.g. for a run that starts from them. */
  id: string;
}

/** Train (or load from the cache) the models described by `options`. */
export async function fit<M extends ModelSet<M>>(options: FitOptions<M>): Promise<Fitted<M>> {
  const { name, data, epochs, batchSize, optimizer = 'adam', learningRate, seed = 42 } = options;
  const { learningRateSchedule, startFrom } = options;
  const settings = {
    epochs, batchSize, optimizer, learningRate, learningRateSchedule, seed,
    maxSeconds: options.maxSeconds,
    startFrom: startFrom?.id,
    ...options.settings,
  };
  // The checkpoint cache takes a plain record of models; every ModelSet is one.
  const cached = await cachedTraining<M & Record<string, tf.LayersModel>, TrainResult>({
    name,
    data: data.id,
    settings,
    build: () => options.build() as M & Record<string, tf.LayersModel>,
    train: async (models) => {
      const pick = (set: M) => (options.trainable ? options.trainable(set) : (Object.values(set) as tf.LayersModel[]));
      const trained = pick(models);
      if (startFrom) copyWeights(pick(startFrom.models), trained, name);
      if ((options.loss === undefined) === (options.phases === undefined)) throw new Error(`${name}: give either loss or phases`);
      const phases = options.phases?.(models);
      const loss = options.loss?.(models);
      const result = await train({
        name,
        ...(phases ? { phases } : { models: trained, loss, optimizer, learningRate }),
        train: data.train,
        heldOut: data.heldOut,
        prepareBatch: options.prepareBatch,
        epochs,
        batchSize,
        learningRateSchedule,
        seed,
        signal: options.maxSeconds ? AbortSignal.timeout(options.maxSeconds * 1000) : undefined,
        workers: options.workers ?? (phases ? 1 : defaultWorkers(trained, loss, options.prepareBatch)),
        chart: (history) => lossCurves(history, { title: `${name}: loss per epoch`, logScale: options.logScale }),
      });
      // A run with no finished epoch has no held-out numbers and is not worth caching.
      if (result.epochsRun === 0) {
        throw new Error(
          `${name}: training stopped (${result.stopReason}) before the first epoch finished; ` +
            'allow more time (maxSeconds) or use fewer images per epoch.',
        );
      }
      return result;
    },
  });
  return { models: cached.models, result: cached.metadata, fromCache: cached.fromCache, id: path.basename(cached.dir) };
}

/** Copy every weight of `from` into `to`, model by model, after checking that the shapes match. */
function copyWeights(from: tf.LayersModel[], to: tf.LayersModel[], name: string): void {
  const describe = (models: tf.LayersModel[]) => models.map((m) => m.getWeights().map((w) => `[${w.shape}]`).join(' ')).join(' | ');
  if (describe(from) !== describe(to)) {
    throw new Error(
      `${name}: startFrom must hold models with the same weights as build() makes.\n` +
        `  startFrom: ${describe(from)}\n  build():   ${describe(to)}`,
    );
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
