/**
 * The manifest of a checkpoint folder: which models it holds, where their weights are, and a
 * SHA-256 of every weights file so damage is detected instead of loaded.
 *
 * A folder looks like:
 *   manifest.json                         <- written last, by an atomic rename
 *   encoder.3f9a0c1d2e4b5a69.weights.bin  <- named after the first 16 hex digits of its SHA-256
 *   decoder.b71e0d92c4f85a13.weights.bin
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

/** The file that describes a checkpoint folder; a folder without it holds no checkpoint. */
export const MANIFEST_FILE = 'manifest.json';
/** Written into every manifest, so a foreign JSON file is not mistaken for one. */
export const MANIFEST_FORMAT = 'autoencoders-course-checkpoint';
/** Bump when the layout changes: older manifests are then refused with a clear message. */
export const MANIFEST_VERSION = 1;

/** One model in a checkpoint. */
export interface ManifestModel {
  topology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightsFile: string;
  weightsBytes: number;
  weightsSha256: string;
}

/** The whole manifest.json. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  savedAt: string;
  models: Record<string, ManifestModel>;
  /** The caller's JSON data, e.g. the training history and final losses. */
  metadata: unknown;
}

/** The file name of a model's weights: its name plus a prefix of the weights' SHA-256. */
export function weightsFileName(modelName: string, sha256: string): string {
  return `${modelName}.${sha256.slice(0, 16)}.weights.bin`;
}

/** True for file names that `weightsFileName` produces (the only files a save may delete). */
export function isWeightsFileName(file: string): boolean {
  return /^[A-Za-z0-9_-]+\.[0-9a-f]{16}\.weights\.bin$/.test(file);
}

/** Read and check `dir/manifest.json`; every problem is reported with the file's path. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new Error(t('manifest.missing', { dir, file }));
  const text = fs.readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(t('manifest.json', { file, message: (error as Error).message }));
  }
  const problem = manifestProblem(data);
  if (problem) throw new Error(t('manifest.unusable', { file, problem }));
  return data as Manifest;
}

/** What is wrong with parsed manifest data, or undefined when it is fine. */
function manifestProblem(data: unknown): string | undefined {
  if (data == null || typeof data !== 'object') return t('manifest.notObject');
  const m = data as Partial<Manifest>;
  if (m.format !== MANIFEST_FORMAT) return t('manifest.format', { format: MANIFEST_FORMAT, got: String(JSON.stringify(m.format)) });
  if (m.version !== MANIFEST_VERSION) {
    return t('manifest.version', { got: String(JSON.stringify(m.version)), version: MANIFEST_VERSION });
  }
  if (m.models == null || typeof m.models !== 'object' || Object.keys(m.models).length === 0) return t('manifest.noModels');
  for (const [name, model] of Object.entries(m.models)) {
    const where = `models.${name}`;
    if (model == null || typeof model !== 'object') return t('manifest.modelNotObject', { where });
    if (typeof model.topology !== 'object' || model.topology === null) return t('manifest.fieldMissing', { where, field: 'topology' });
    if (!Array.isArray(model.weightSpecs)) return t('manifest.fieldMissing', { where, field: 'weightSpecs' });
    if (typeof model.weightsFile !== 'string' || !isWeightsFileName(model.weightsFile)) return t('manifest.weightsFile', { where });
    if (!Number.isInteger(model.weightsBytes) || model.weightsBytes < 0) return t('manifest.fieldMissing', { where, field: 'weightsBytes' });
    if (typeof model.weightsSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(model.weightsSha256)) return t('manifest.fieldMissing', { where, field: 'weightsSha256' });
  }
  return undefined;
}
