/**
 * One function to get a dataset as TensorFlow.js tensors, whichever dataset it is:
 *
 *   const data = await loadDataset();                          // 10,000 embedded MNIST digits, offline
 *   const data = await loadDataset({ dataset: 'fashion-mnist' }); // downloads once, then cached
 *   const small = await loadDataset({ limit: 2000 });           // quick mode: a stratified subset
 *
 * Images come out as float32 [N, height, width, channels] scaled to [0, 1], labels as an
 * Int32Array. Call `dataset.dispose()` when done, to free the image tensors.
 */
import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';
import * as path from 'path';
import { ready } from '../lib/engine/backend';
import { ImageBytes } from './cache';
import { concatImageBytes, parseCifarBatch } from './cifar';
import { FetchOptions, fetchDataset } from './fetch';
import { readIdxImagesWithLabels } from './idx';
import { loadEmbeddedMnistBytes } from './mnistEmbedded';
import { CIFAR10_TEST_BATCH, CIFAR10_TRAIN_BATCHES, DatasetName, DatasetSpec, datasetSpec } from './registry';
import { stratifiedSplit, stratifiedSubset } from './split';
import { readTar } from './tar';
import { env } from '../lib/util/env';
import { t } from '../lib/util/i18n';

/** The seed of the embedded dataset's fixed train / held-out split (never change it: results depend on it). */
export const EMBEDDED_SPLIT_SEED = 20240531;

/** One part (training or held-out) of a dataset. */
export interface ImageSplit {
  /** float32 [N, height, width, channels], values in [0, 1]. */
  images: tf.Tensor4D;
  /** The class index of each image (0..9). */
  labels: Int32Array;
}

/** A loaded dataset: training and held-out images, plus where they came from. */
export interface ImageDataset {
  name: DatasetName;
  title: string;
  /** One sentence on where the data came from and how it was split. */
  source: string;
  classNames: string[];
  imageShape: [number, number, number];
  train: ImageSplit;
  test: ImageSplit;
  /** Free both image tensors. */
  dispose(): void;
}

export interface LoadOptions extends FetchOptions {
  /** Which dataset (default 'mnist-embedded', which needs no internet). */
  dataset?: DatasetName;
  /**
   * Keep at most this many images in each split (training and held-out), chosen stratified by
   * class and always the same ones, so quick runs are reproducible.
   */
  limit?: number;
}

/** Labelled bytes of both parts, plus the indices of the images that belong to each. */
interface RawDataset {
  train: ImageBytes;
  trainIndices: number[];
  test: ImageBytes;
  testIndices: number[];
  source: string;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function loadEmbedded(spec: DatasetSpec, log: (line: string) => void): RawDataset {
  const started = Date.now();
  const { data, report } = loadEmbeddedMnistBytes();
  if (report.status !== 'cache-hit') {
    const what = report.status === 'built' ? t('dataset.cachedAt', { file: report.cacheFile }) : t('dataset.notCached', { reason: String(report.reason) });
    log(t('dataset.parsed', { name: spec.name, ms: Date.now() - started, what }));
  }
  const { train, heldOut } = stratifiedSplit(data.labels, spec.testCount, EMBEDDED_SPLIT_SEED);
  return {
    train: data,
    trainIndices: train,
    test: data,
    testIndices: heldOut,
    source: t('dataset.embeddedSource', { count: data.count, train: train.length, heldOut: heldOut.length, seed: EMBEDDED_SPLIT_SEED }),
  };
}

async function loadIdx(spec: DatasetSpec, options: LoadOptions): Promise<RawDataset> {
  const paths = await fetchDataset(spec.name, options);
  const names = spec.idxFiles!;
  const [height, width] = spec.imageShape;
  const shape = { height, width, numClasses: spec.classNames.length };
  const train = readIdxImagesWithLabels(paths[names.trainImages], paths[names.trainLabels], shape);
  const test = readIdxImagesWithLabels(paths[names.testImages], paths[names.testLabels], shape);
  return {
    train,
    trainIndices: range(train.count),
    test,
    testIndices: range(test.count),
    source: t('dataset.officialSource', { title: spec.title, folder: fileFolder(paths) }),
  };
}

async function loadCifar(spec: DatasetSpec, options: LoadOptions): Promise<RawDataset> {
  const paths = await fetchDataset(spec.name, options);
  const archivePath = paths[spec.files[0].fileName];
  const members = new Map(readTar(fs.readFileSync(archivePath), archivePath).map((entry) => [entry.name, entry]));
  const batch = (member: string) => {
    const entry = members.get(member);
    if (!entry) throw new Error(t('cifar.noMember', { archive: archivePath, member }));
    return parseCifarBatch(entry.data, `${archivePath}:${member}`);
  };
  const train = concatImageBytes(CIFAR10_TRAIN_BATCHES.map(batch));
  const test = batch(CIFAR10_TEST_BATCH);
  return {
    train,
    trainIndices: range(train.count),
    test,
    testIndices: range(test.count),
    source: t('dataset.archiveSource', { title: spec.title, archive: archivePath }),
  };
}

function fileFolder(paths: Record<string, string>): string {
  const first = Object.values(paths)[0];
  return first ? path.dirname(first) : '?';
}

/** Byte value -> float in [0, 1], looked up instead of divided (this loop runs millions of times). */
const BYTE_TO_UNIT = Float32Array.from({ length: 256 }, (_, v) => v / 255);

/** Copy the chosen images into a float32 tensor in [0, 1], and their labels into an Int32Array. */
export function toImageSplit(data: ImageBytes, indices: readonly number[]): ImageSplit {
  const size = data.height * data.width * data.channels;
  const values = new Float32Array(indices.length * size);
  const labels = new Int32Array(indices.length);
  const pixels = data.pixels;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k];
    if (!Number.isInteger(index) || index < 0 || index >= data.count) throw new Error(t('dataset.imageIndex', { index, last: data.count - 1 }));
    const from = index * size;
    const to = k * size;
    for (let i = 0; i < size; i++) values[to + i] = BYTE_TO_UNIT[pixels[from + i]];
    labels[k] = data.labels[index];
  }
  return { images: tf.tensor4d(values, [indices.length, data.height, data.width, data.channels], 'float32'), labels };
}

/**
 * Load a dataset as tensors (see the module comment for examples). Downloads real datasets on
 * first use; fails with a DatasetUnavailableError (saying where to put the files by hand) when
 * that is impossible. The default, 'mnist-embedded', always works offline.
 */
export async function loadDataset(options: LoadOptions = {}): Promise<ImageDataset> {
  const spec = datasetSpec(options.dataset ?? 'mnist-embedded');
  if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new Error(t('dataset.limit', { got: String(options.limit) }));
  }
  const log = options.log ?? ((line: string) => (env.silent() ? undefined : console.log(line)));
  const raw =
    spec.format === 'embedded-json'
      ? loadEmbedded(spec, log)
      : spec.format === 'idx'
        ? await loadIdx(spec, options)
        : await loadCifar(spec, options);
  let { trainIndices, testIndices } = raw;
  let source = raw.source;
  if (options.limit !== undefined) {
    trainIndices = stratifiedSubset(raw.train.labels, trainIndices, options.limit);
    testIndices = stratifiedSubset(raw.test.labels, testIndices, options.limit);
    source += t('dataset.limited', { train: trainIndices.length, heldOut: testIndices.length });
  }
  await ready();
  const train = toImageSplit(raw.train, trainIndices);
  const test = toImageSplit(raw.test, testIndices);
  return {
    name: spec.name,
    title: spec.title,
    source,
    classNames: [...spec.classNames],
    imageShape: [...spec.imageShape],
    train,
    test,
    dispose() {
      train.images.dispose();
      test.images.dispose();
    },
  };
}

/**
 * The lesson's entry point: MNIST digits by default (embedded, offline). Exactly `loadDataset`;
 * pass `{ dataset: 'fashion-mnist' }` or `{ dataset: 'cifar10' }` to switch data in one place.
 */
export function loadMnist(options: LoadOptions = {}): Promise<ImageDataset> {
  return loadDataset(options);
}
