/**
 * Making a downloadable dataset's files available locally: reuse verified files in the cache
 * folder, download missing ones, and otherwise stop with an error that says exactly what failed
 * and where to put the files by hand. It never substitutes other data.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sha256File } from './checksum';
import { DownloadProgress, downloadFromMirrors } from './download';
import { datasetFolder } from './paths';
import { DatasetName, DatasetSpec, RemoteFile, datasetSpec } from './registry';
import { env } from '../lib/util/env';
import { t } from '../lib/util/i18n';

export interface FetchOptions {
  /**
   * Download from this base URL instead of the dataset's usual mirrors (the file name is
   * appended). Defaults to the COURSE_DATA_BASE_URL environment variable, if set.
   */
  baseUrl?: string;
  /** Download missing files (default true). With false, a missing file is an error. */
  download?: boolean;
  /** Per-request silence limit in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Called while a file downloads. */
  onProgress?: (progress: DownloadProgress & { fileName: string }) => void;
  /** Where to report what is happening (default: console.log unless COURSE_SILENT is set). */
  log?: (line: string) => void;
}

/** Thrown when a dataset's files are missing or wrong and could not be downloaded. */
export class DatasetUnavailableError extends Error {
  constructor(
    message: string,
    /** The files still needed, with where they must go. */
    readonly neededFiles: Array<{ path: string; url: string; bytes: number; sha256: string }>,
  ) {
    super(message);
    this.name = 'DatasetUnavailableError';
  }
}

/** The local path of one of a dataset's files. */
export function datasetFilePath(name: DatasetName, fileName: string): string {
  return path.join(datasetFolder(name), fileName);
}

/** The URLs to try for one file, honouring a base-URL override. */
export function downloadUrls(spec: DatasetSpec, file: RemoteFile, baseUrl?: string): string[] {
  const override = baseUrl ?? env.dataBaseUrl();
  const bases = override ? [override] : spec.mirrors;
  return bases.map((base) => (base.endsWith('/') ? base : `${base}/`) + file.fileName);
}

/** Check an existing file against its published size and SHA-256; returns the problem, if any. */
export async function checkLocalFile(filePath: string, file: RemoteFile): Promise<string | undefined> {
  const size = fs.statSync(filePath).size;
  if (size !== file.bytes) return t('fetch.size', { size, expected: file.bytes });
  const actual = await sha256File(filePath);
  if (actual !== file.sha256) return t('fetch.hash', { actual, expected: file.sha256 });
  return undefined;
}

/** The file's usual public address (ignoring any base-URL override, which may be a local mirror). */
function officialUrl(spec: DatasetSpec, file: RemoteFile): string {
  return spec.mirrors.length > 0 ? downloadUrls(spec, file, spec.mirrors[0])[0] : spec.homepage;
}

function manualInstructions(spec: DatasetSpec, files: RemoteFile[]): string {
  const lines = files.map((file) => {
    const where = datasetFilePath(spec.name, file.fileName);
    const from = officialUrl(spec, file);
    return t('fetch.manualFile', { path: where, url: from, bytes: file.bytes, sha256: file.sha256 });
  });
  return t('fetch.manual', { files: lines.join('\n') });
}

function defaultLog(line: string): void {
  if (!env.silent()) console.log(line);
}

/**
 * Make sure every file of a downloadable dataset is present and verified; returns their local
 * paths by file name. Throws DatasetUnavailableError when that is not possible.
 */
export async function fetchDataset(name: DatasetName | string, options: FetchOptions = {}): Promise<Record<string, string>> {
  const spec = datasetSpec(name);
  if (spec.files.length === 0) return {}; // embedded: nothing to download
  const log = options.log ?? defaultLog;
  const paths: Record<string, string> = {};
  const missing: RemoteFile[] = [];
  for (const file of spec.files) {
    const local = datasetFilePath(spec.name, file.fileName);
    paths[file.fileName] = local;
    if (!fs.existsSync(local)) {
      missing.push(file);
      continue;
    }
    const problem = await checkLocalFile(local, file);
    if (problem) {
      const url = officialUrl(spec, file);
      throw new DatasetUnavailableError(
        t('fetch.damaged', { name: spec.name, file: local, problem, url }),
        [{ path: local, url, bytes: file.bytes, sha256: file.sha256 }],
      );
    }
  }
  const needed = () =>
    missing.map((file) => ({
      path: datasetFilePath(spec.name, file.fileName),
      url: officialUrl(spec, file),
      bytes: file.bytes,
      sha256: file.sha256,
    }));
  if (missing.length > 0 && options.download === false) {
    throw new DatasetUnavailableError(
      t('fetch.downloadOff', { name: spec.name, files: missing.map((f) => f.fileName).join(', '), instructions: manualInstructions(spec, missing) }),
      needed(),
    );
  }
  while (missing.length > 0) {
    const file = missing[0];
    const dest = datasetFilePath(spec.name, file.fileName);
    log(t('dataset.downloading', { name: spec.name, file: file.fileName, megabytes: (file.bytes / 1e6).toFixed(1), folder: path.dirname(dest) }));
    try {
      await downloadFromMirrors(downloadUrls(spec, file, options.baseUrl), dest, {
        sha256: file.sha256,
        expectedBytes: file.bytes,
        timeoutMs: options.timeoutMs,
        onProgress: options.onProgress && ((p) => options.onProgress!({ ...p, fileName: file.fileName })),
      });
    } catch (err) {
      const reasons = (err as Error).message.replace(/^/gm, '  ');
      throw new DatasetUnavailableError(
        t('fetch.failed', { name: spec.name, file: file.fileName, reasons, instructions: manualInstructions(spec, missing) }),
        needed(),
      );
    }
    missing.shift();
  }
  return paths;
}
