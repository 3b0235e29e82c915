/**
 * Saving models to a folder and loading them back, without tfjs-node.
 *
 * A save never damages the checkpoint that is already there. The weights go into new files
 * named after their content (each written to a temporary file and renamed), and only then is
 * the manifest replaced, by one atomic rename. A crash before that rename leaves the old
 * manifest pointing at the old, untouched weights files; a crash after it leaves the new
 * checkpoint complete. Weights files no longer referenced are deleted after the rename.
 * One writer at a time per folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { ready } from '../engine/backend';
import { t } from '../util/i18n';
import { writeFileAtomic } from '../util/atomicWrite';
import { ModelParts, modelFromParts, modelToParts, setWeightsFromParts } from './artifacts';
import { sha256Hex } from './hashing';
import {
  isWeightsFileName,
  Manifest,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  ManifestModel,
  readManifest,
  weightsFileName,
} from './manifest';

/** Models saved together, by name, e.g. `{ encoder, decoder }`. */
export type NamedModels = Record<string, tf.LayersModel>;

/** What `loadCheckpoint` gives back. */
export interface LoadedCheckpoint<Meta = unknown> {
  models: NamedModels;
  metadata: Meta;
  savedAt: string;
  dir: string;
}

/**
 * Save `models` (by name) and some JSON `metadata` into the folder `dir`, replacing any
 * checkpoint there atomically. Names may use letters, digits, '-' and '_'. Returns the time
 * stamp written into the manifest.
 */
export async function saveCheckpoint(dir: string, models: NamedModels, metadata: unknown = null): Promise<string> {
  checkNamedModels(models);
  const metadataText = JSON.stringify(metadata);
  if (metadataText === undefined) throw new Error(t('checkpoint.metadata'));
  fs.mkdirSync(dir, { recursive: true });

  const entries: Record<string, ManifestModel> = {};
  for (const [name, model] of Object.entries(models)) {
    const parts = await modelToParts(model);
    const bytes = new Uint8Array(parts.weightData);
    const sha256 = sha256Hex(bytes);
    const weightsFile = weightsFileName(name, sha256);
    writeFileAtomic(path.join(dir, weightsFile), bytes);
    entries[name] = { topology: parts.topology, weightSpecs: parts.weightSpecs, weightsFile, weightsBytes: bytes.length, weightsSha256: sha256 };
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    savedAt: new Date().toISOString(),
    models: entries,
    metadata: JSON.parse(metadataText),
  };
  // The commit point: before this rename the old checkpoint is intact, after it the new one is complete.
  writeFileAtomic(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  removeUnreferencedWeights(dir, manifest);
  return manifest.savedAt;
}

/**
 * Load every model of the checkpoint in `dir`, rebuilt from the saved architecture, plus its
 * metadata. A missing, truncated or damaged file gives an Error naming that file.
 */
export async function loadCheckpoint<Meta = unknown>(dir: string): Promise<LoadedCheckpoint<Meta>> {
  await ready();
  const manifest = readManifest(dir);
  const models: NamedModels = {};
  for (const name of Object.keys(manifest.models)) {
    const parts = readModelParts(dir, manifest, name);
    models[name] = await modelFromParts(parts, t('checkpoint.modelFrom', { name, file: path.join(dir, MANIFEST_FILE) }));
  }
  return { models, metadata: manifest.metadata as Meta, savedAt: manifest.savedAt, dir };
}

/**
 * Copy the saved weights into models built in code (same architecture), e.g. fresh
 * `{ encoder, decoder }` from the notebook's builder. Works for custom layers without
 * registering them. Returns the checkpoint's metadata.
 */
export function loadWeightsInto<Meta = unknown>(dir: string, models: NamedModels): { metadata: Meta; savedAt: string } {
  checkNamedModels(models);
  const manifest = readManifest(dir);
  const saved = Object.keys(manifest.models).sort().join(', ');
  if (Object.keys(models).sort().join(', ') !== saved) {
    throw new Error(t('checkpoint.otherModels', { dir, saved, given: Object.keys(models).sort().join(', ') }));
  }
  // Read and verify every file before changing any model, so a bad file changes nothing.
  const parts = Object.keys(models).map((name) => [name, readModelParts(dir, manifest, name)] as const);
  for (const [name, modelParts] of parts) {
    setWeightsFromParts(models[name], modelParts, t('checkpoint.modelIn', { name, dir }));
  }
  return { metadata: manifest.metadata as Meta, savedAt: manifest.savedAt };
}

/** Save one model (as "model") with optional metadata. */
export function saveModel(dir: string, model: tf.LayersModel, metadata: unknown = null): Promise<string> {
  return saveCheckpoint(dir, { model }, metadata);
}

/** Load a model saved with `saveModel`. */
export async function loadModel(dir: string): Promise<tf.LayersModel> {
  const { models } = await loadCheckpoint(dir);
  if (!models.model) throw new Error(t('checkpoint.noModel', { dir, names: Object.keys(models).join(', ') }));
  return models.model;
}

/** True when `dir` holds a checkpoint manifest (not checked further). */
export function hasCheckpoint(dir: string): boolean {
  return fs.existsSync(path.join(dir, MANIFEST_FILE));
}

function checkNamedModels(models: NamedModels): void {
  if (models == null || typeof models !== 'object' || Object.keys(models).length === 0) {
    throw new Error(t('checkpoint.models'));
  }
  for (const [name, model] of Object.entries(models)) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(t('checkpoint.modelName', { name }));
    if (!(model instanceof tf.LayersModel)) throw new Error(t('checkpoint.notModel', { name, got: typeof model }));
  }
}

/** Read one model's weights file and check its size and SHA-256 against the manifest. */
function readModelParts(dir: string, manifest: Manifest, name: string): ModelParts {
  const entry = manifest.models[name];
  const file = path.join(dir, entry.weightsFile);
  if (!fs.existsSync(file)) throw new Error(t('checkpoint.weightsMissing', { file, manifest: path.join(dir, MANIFEST_FILE) }));
  const bytes = fs.readFileSync(file);
  if (bytes.length !== entry.weightsBytes) {
    throw new Error(t('checkpoint.weightsSize', { file, bytes: bytes.length, expected: entry.weightsBytes }));
  }
  const sha256 = sha256Hex(bytes);
  if (sha256 !== entry.weightsSha256) {
    throw new Error(t('checkpoint.weightsHash', { file, sha256, expected: entry.weightsSha256 }));
  }
  // A fresh ArrayBuffer holding exactly these bytes (a Buffer may be a view into a larger pool).
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  return { topology: entry.topology, weightSpecs: entry.weightSpecs, weightData };
}

/** Temporary files older than this are left over from a crashed save, not part of a running one. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Delete weights files of earlier saves, which the new manifest no longer lists, and
 * temporary files that a crashed save left behind.
 */
function removeUnreferencedWeights(dir: string, manifest: Manifest): void {
  const keep = new Set(Object.values(manifest.models).map((m) => m.weightsFile));
  for (const file of fs.readdirSync(dir)) {
    const full = path.join(dir, file);
    const leftoverTemp = /\.tmp$/.test(file) && Date.now() - fs.statSync(full).mtimeMs > STALE_TEMP_MS;
    if ((isWeightsFileName(file) && !keep.has(file)) || leftoverTemp) fs.rmSync(full, { force: true });
  }
}
