/**
 * Checking one data file by hand (the `data verify` command): is it a well-formed IDX file,
 * CIFAR-10 batch or CIFAR-10 archive, and, if its name is one of the course's downloads, does
 * its SHA-256 match the published one?
 */
import * as fs from 'fs';
import * as path from 'path';
import { sha256Bytes } from './checksum';
import { CIFAR10_RECORD_BYTES, parseCifarBatch } from './cifar';
import { gunzipIfNeeded, isGzip } from './compressed';
import { parseIdx } from './idx';
import { knownFilesNamed } from './registry';
import { readTar } from './tar';
import { t } from '../lib/util/i18n';

/** What `verifyDataFile` found in a good file. */
export interface VerifyReport {
  file: string;
  kind: 'idx' | 'cifar10-batch' | 'cifar10-archive';
  /** One line describing the contents, e.g. "IDX images [60000, 28, 28], gzip-compressed". */
  summary: string;
  sha256: string;
  /** Which published file it matches, e.g. "mnist/train-images-idx3-ubyte.gz". */
  matches?: string;
}

function looksLikeTar(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && Buffer.from(bytes.subarray(257, 262)).toString('latin1') === 'ustar';
}

function looksLikeIdx(bytes: Uint8Array, fileName: string): boolean {
  return /idx|ubyte/i.test(fileName) || (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] >= 0x08 && bytes[2] <= 0x0e);
}

function labelRange(labels: Uint8Array): string {
  let min = 255;
  let max = 0;
  for (const v of labels) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return t('verify.labelRange', { min, max });
}

function describeContents(file: string, bytes: Uint8Array, compressed: string): Pick<VerifyReport, 'kind' | 'summary'> {
  const fileName = path.basename(file);
  if (looksLikeTar(bytes)) {
    const batches = readTar(bytes, file).filter((entry) => entry.type === 'file' && entry.name.endsWith('.bin'));
    if (batches.length === 0) throw new Error(t('verify.noBatch', { file }));
    const counts = batches.map((entry) => `${path.basename(entry.name)}: ${parseCifarBatch(entry.data, `${file}:${entry.name}`).count}`);
    return { kind: 'cifar10-archive', summary: t('verify.archive', { compressed, counts: counts.join(', ') }) };
  }
  if (looksLikeIdx(bytes, fileName)) {
    const idx = parseIdx(bytes, file);
    const what = idx.dims.length === 3 ? t('verify.idxImages') : idx.dims.length === 1 ? t('verify.idxLabels', { range: labelRange(idx.data) }) : t('verify.idxArray');
    return { kind: 'idx', summary: t('verify.idx', { what, dims: idx.dims.join(', '), compressed }) };
  }
  if (fileName.endsWith('.bin')) {
    const batch = parseCifarBatch(bytes, file);
    return { kind: 'cifar10-batch', summary: t('verify.batch', { count: batch.count, labels: labelRange(batch.labels) }) };
  }
  throw new Error(t('verify.unknown', { file, bytes: CIFAR10_RECORD_BYTES }));
}

/**
 * Check one file. Returns a report for a good file; throws an Error naming the file and the
 * problem (wrong magic, truncated, size mismatch, bad label, checksum of a known file...).
 */
export function verifyDataFile(file: string): VerifyReport {
  let raw: Uint8Array;
  try {
    raw = fs.readFileSync(file);
  } catch (err) {
    throw new Error(t('file.unreadable', { file, code: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  const bytes = gunzipIfNeeded(raw, file);
  const { kind, summary } = describeContents(file, bytes, isGzip(raw) ? t('verify.gzip') : '');
  const sha256 = sha256Bytes(raw);
  const known = knownFilesNamed(path.basename(file));
  const report: VerifyReport = { file, kind, summary, sha256 };
  if (known.length > 0) {
    const match = known.find(({ file: published }) => published.sha256 === sha256);
    if (!match) {
      const expected = known.map(({ dataset, file: f }) => `${dataset}: ${f.sha256}`).join('; ');
      throw new Error(t('verify.noMatch', { file, sha256, expected }));
    }
    report.matches = `${match.dataset}/${match.file.fileName}`;
  }
  return report;
}
