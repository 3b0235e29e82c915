/**
 * `fit`: what a notebook calls to get a trained model. It joins three library parts:
 * the trainer (live progress and loss curves), the held-out measurement, and the checkpoint
 * cache (a model trained before with the same architecture, data and settings is loaded, so a
 * later notebook reuses an earlier notebook's model in seconds).
 */
import * as tf from '@tensorflow/tfjs';
import { cachedTraining } from '../checkpoint';
import { lossCurves } from '../plot';
import { train, LossFn, PrepareBatch, TrainResult, DataSplit } from '../train';
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
  loss: (models: M) => LossFn;
  /** Which of the built models hold the trained weights (default: all of them). */
  trainable?: (models: M) => tf.LayersModel[];
  data: FitData;
  epochs: number;
  batchSize: number;
  optimizer?: 'adam' | 'rmsprop';
  learningRate?: number;
  seed?: number;
  /** Changes every batch, e.g. fresh noise; describe it in `settings` so the cache can tell runs apart. */
  prepareBatch?: PrepareBatch;
  /** Anything else that changes the result (noise level, loss variant...): part of the cache key. */
  settings?: object;
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
}

/** Train (or load from the cache) the models described by `options`. */
export async function fit<M extends ModelSet<M>>(options: FitOptions<M>): Promise<Fitted<M>> {
  const { name, data, epochs, batchSize, optimizer = 'adam', learningRate, seed = 42 } = options;
  const settings = { epochs, batchSize, optimizer, learningRate, seed, maxSeconds: options.maxSeconds, ...options.settings };
  // The checkpoint cache takes a plain record of models; every ModelSet is one.
  const cached = await cachedTraining<M & Record<string, tf.LayersModel>, TrainResult>({
    name,
    data: data.id,
    settings,
    build: () => options.build() as M & Record<string, tf.LayersModel>,
    train: async (models) => {
      const trained = options.trainable ? options.trainable(models) : (Object.values(models) as tf.LayersModel[]);
      const loss = options.loss(models);
      const result = await train({
        name,
        models: trained,
        loss,
        train: data.train,
        heldOut: data.heldOut,
        prepareBatch: options.prepareBatch,
        epochs,
        batchSize,
        optimizer,
        learningRate,
        seed,
        signal: options.maxSeconds ? AbortSignal.timeout(options.maxSeconds * 1000) : undefined,
        workers: options.workers ?? defaultWorkers(trained, loss, options.prepareBatch),
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
  return { models: cached.models, result: cached.metadata, fromCache: cached.fromCache };
}
