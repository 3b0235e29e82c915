/**
 * The course's data: loading datasets as tensors, the image transforms of the lesson, and the
* transforms. Notebooks import from here (compiled: build/datasets/index.js).
 */
export { loadDataset, loadMnist, EMBEDDED_SPLIT_SEED } from './load';
export type { ImageDataset, ImageSplit, LoadOptions } from './load';
export { DATASET_NAMES, datasetSpec } from './registry';
export type { DatasetName, DatasetSpec } from './registry';
export { fetchDataset, DatasetUnavailableError } from './fetch';
export type { FetchOptions } from './fetch';
export { datasetStatus, listDatasets } from './status';
export type { DatasetStatus } from './status';
export { cacheRoot } from './paths';
export { addGaussianNoise, gaussianNoise, downsample2x, upsample, UPSAMPLE_METHODS } from './transforms';
export type { NoiseOptions, UpsampleMethod } from './transforms';
export { verifyDataFile } from './verify';
export type { VerifyReport } from './verify';
export { readIdxFile, parseIdx } from './idx';
export { parseCifarBatch, readCifarBatchFile } from './cifar';
