/** What is available on this computer: the `data list` command and `datasetStatus` in notebooks. */
import * as fs from 'fs';
import { readImageCache } from './cache';
import { checkLocalFile, datasetFilePath } from './fetch';
import { embeddedCacheFile, embeddedSourceFingerprint } from './mnistEmbedded';
import { DATASET_NAMES, DatasetName, datasetSpec } from './registry';
import { datasetFolder } from './paths';
import { t } from '../lib/util/i18n';

export interface DatasetStatus {
  name: DatasetName;
  title: string;
  /** True when loading needs no internet. */
  availableOffline: boolean;
  /** e.g. "embedded, cache ready", "downloaded, verified", "not downloaded" (English; `localize` shows it in the course's language). */
  state: string;
  /** Bytes on disk (or, when not downloaded, the size of the download). */
  bytes: number;
  /** The cache file or folder. */
  location: string;
  /** What is wrong, when a file is damaged or missing. */
  problem?: string;
}

function fileSize(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined;
  }
}

/**
 * Describe one dataset's local state. With `verify` (the default) downloaded files are checked
 * against their SHA-256, which reads them fully (about a second for CIFAR-10).
 */
export async function datasetStatus(name: DatasetName | string, options: { verify?: boolean } = {}): Promise<DatasetStatus> {
  const spec = datasetSpec(name);
  const base = { name: spec.name, title: spec.title };
  if (spec.format === 'embedded-json') {
    const cacheFile = embeddedCacheFile();
    const cached = readImageCache(cacheFile, embeddedSourceFingerprint());
    return {
      ...base,
      availableOffline: true,
      state: cached.ok ? 'embedded, cache ready' : 'embedded, cache built on first load',
      bytes: fileSize(cacheFile) ?? 0,
      location: cacheFile,
    };
  }
  const verify = options.verify ?? true;
  const problems: string[] = [];
  let damaged = false;
  let present = 0;
  let bytes = 0;
  for (const file of spec.files) {
    const local = datasetFilePath(spec.name, file.fileName);
    const size = fileSize(local);
    if (size === undefined) {
      problems.push(t('status.missing', { file: file.fileName }));
      continue;
    }
    present++;
    bytes += size;
    const problem = verify ? await checkLocalFile(local, file) : size === file.bytes ? undefined : t('fetch.size', { size, expected: file.bytes });
    if (problem) problems.push(t('status.fileProblem', { file: file.fileName, problem }));
    damaged ||= problem !== undefined;
  }
  const downloadBytes = spec.files.reduce((n, f) => n + f.bytes, 0);
  const location = datasetFolder(spec.name);
  if (present === 0) return { ...base, availableOffline: false, state: 'not downloaded', bytes: downloadBytes, location };
  if (problems.length === 0) {
    return { ...base, availableOffline: true, state: verify ? 'downloaded, verified' : 'downloaded (size ok)', bytes, location };
  }
  return {
    ...base,
    availableOffline: false,
    state: damaged ? 'damaged' : 'partly downloaded',
    bytes,
    location,
    problem: problems.join('; '),
  };
}

/** The status of every dataset the course knows. */
export async function listDatasets(options: { verify?: boolean } = {}): Promise<DatasetStatus[]> {
  const result: DatasetStatus[] = [];
  for (const name of DATASET_NAMES) result.push(await datasetStatus(name, options));
  return result;
}
