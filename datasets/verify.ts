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
  return `labels ${min}..${max}`;
}

function describeContents(file: string, bytes: Uint8Array, compressed: string): Pick<VerifyReport, 'kind' | 'summary'> {
  const fileName = path.basename(file);
  if (looksLikeTar(bytes)) {
    const batches = readTar(bytes, file).filter((entry) => entry.type === 'file' && entry.name.endsWith('.bin'));
    if (batches.length === 0) throw new Error(`${file}: a tar archive without any CIFAR-10 .bin batch (is it the binary version of CIFAR-10?)`);
    const counts = batches.map((entry) => `${path.basename(entry.name)}: ${parseCifarBatch(entry.data, `${file}:${entry.name}`).count}`);
    return { kind: 'cifar10-archive', summary: `CIFAR-10 archive${compressed}, images per batch: ${counts.join(', ')}` };
  }
  if (looksLikeIdx(bytes, fileName)) {
    const idx = parseIdx(bytes, file);
    const what = idx.dims.length === 3 ? 'images' : idx.dims.length === 1 ? `labels (${labelRange(idx.data)})` : 'array';
    return { kind: 'idx', summary: `IDX ${what} [${idx.dims.join(', ')}]${compressed}` };
  }
  if (fileName.endsWith('.bin')) {
    const batch = parseCifarBatch(bytes, file);
    return { kind: 'cifar10-batch', summary: `CIFAR-10 batch: ${batch.count} images 32x32x3, ${labelRange(batch.labels)}` };
  }
  throw new Error(
    `${file}: unrecognised format: expected an IDX file (magic 0x00000801 or 0x00000803, gzip or plain), ` +
      `a CIFAR-10 batch (*.bin, records of ${CIFAR10_RECORD_BYTES} bytes) or the CIFAR-10 binary archive (.tar.gz)`,
  );
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
    throw new Error(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const bytes = gunzipIfNeeded(raw, file);
  const { kind, summary } = describeContents(file, bytes, isGzip(raw) ? ', gzip-compressed' : '');
  const sha256 = sha256Bytes(raw);
  const known = knownFilesNamed(path.basename(file));
  const report: VerifyReport = { file, kind, summary, sha256 };
  if (known.length > 0) {
    const match = known.find(({ file: published }) => published.sha256 === sha256);
    if (!match) {
      const expected = known.map(({ dataset, file: f }) => `${dataset}: ${f.sha256}`).join('; ');
      throw new Error(`${file}: well-formed, but its SHA-256 ${sha256} matches no published file of that name (${expected})`);
    }
    report.matches = `${match.dataset}/${match.file.fileName}`;
  }
  return report;
}
