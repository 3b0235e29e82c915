/**
 * Saving and loading models, and the cache of trained models.
 */
export {
  hasCheckpoint,
  loadCheckpoint,
  LoadedCheckpoint,
  loadModel,
  loadWeightsInto,
  NamedModels,
  saveCheckpoint,
  saveModel,
} from './checkpoint';
export {
  cachedTraining,
  cachedCheckpointDir,
  CachedTrainingOptions,
  CachedTrainingResult,
  canonicalArchitecture,
  modelCacheDir,
  trainingKey,
  TrainingIdentity,
} from './cache';
export { readManifest, Manifest, MANIFEST_FILE } from './manifest';
export { sha256Hex, stableHash, stableStringify } from './hashing';
