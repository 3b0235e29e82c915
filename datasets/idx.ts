/**
 * The IDX file format used by MNIST and Fashion-MNIST.
 *
 * An IDX file is a 4-byte magic number, one 4-byte big-endian size per dimension, then the data:
 *   magic = 0x00 0x00 <type> <number of dimensions>
 * The course reads unsigned-byte files (type 0x08): images are 3-D [count, rows, cols]
 * (magic 0x00000803) and labels are 1-D [count] (magic 0x00000801).
 * Every check below names the file and says what is wrong, because a damaged download is the
 * most common reason these files fail.
 */
import * as fs from 'fs';
import { ImageBytes } from './cache';
import { gunzipIfNeeded } from './compressed';
import { t } from '../lib/util/i18n';

/** The IDX type code for unsigned bytes, the only one MNIST-style files use. */
export const IDX_UNSIGNED_BYTE = 0x08;

const IDX_TYPE_NAMES: Record<number, string> = {
  0x08: 'unsigned byte',
  0x09: 'signed byte',
  0x0b: 'int16',
  0x0c: 'int32',
  0x0d: 'float32',
  0x0e: 'float64',
};

/** A parsed IDX file: its dimensions and its data bytes (row-major). */
export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

function hex(bytes: Uint8Array): string {
  return '0x' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Parse the bytes of an (uncompressed) IDX file. `label` names the file in error messages.
 * Rejects a wrong magic number, an unsupported data type, a truncated header or data, and
 * data whose size does not match the header.
 */
export function parseIdx(bytes: Uint8Array, label: string): IdxArray {
  if (bytes.length < 4) throw new Error(t('idx.tooShort', { label, bytes: bytes.length }));
  const typeCode = bytes[2];
  const rank = bytes[3];
  if (bytes[0] !== 0 || bytes[1] !== 0 || !(typeCode in IDX_TYPE_NAMES) || rank < 1 || rank > 4) {
    throw new Error(t('idx.magic', { label, magic: hex(bytes.subarray(0, 4)) }));
  }
  if (typeCode !== IDX_UNSIGNED_BYTE) {
    throw new Error(t('idx.type', { label, type: IDX_TYPE_NAMES[typeCode], code: typeCode.toString(16) }));
  }
  const headerBytes = 4 + 4 * rank;
  if (bytes.length < headerBytes) {
    throw new Error(t('idx.header', { label, rank, needed: headerBytes, bytes: bytes.length }));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i, false));
  const expected = dims.reduce((a, b) => a * b, 1);
  const actual = bytes.length - headerBytes;
  if (actual < expected) {
    throw new Error(t('idx.truncated', { label, dims: dims.join(', '), expected, actual }));
  }
  if (actual > expected) {
    throw new Error(t('idx.extra', { label, dims: dims.join(', '), expected, actual, extra: actual - expected }));
  }
  return { dims, data: bytes.subarray(headerBytes) };
}

/** Read an IDX file from disk, gzip-compressed or plain, and parse it. */
export function readIdxFile(file: string): IdxArray {
  let raw: Uint8Array;
  try {
    raw = fs.readFileSync(file);
  } catch (err) {
    throw new Error(t('file.unreadable', { file, code: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  return parseIdx(gunzipIfNeeded(raw, file), file);
}

/** Interpret an IDX array as images [count, rows, cols]; optionally require a size. */
export function idxAsImages(idx: IdxArray, label: string, expected?: { height: number; width: number }): ImageBytes {
  if (idx.dims.length !== 3) {
    throw new Error(t('idx.notImages', { label, rank: idx.dims.length, dims: idx.dims.join(', ') }));
  }
  const [count, height, width] = idx.dims;
  if (expected && (height !== expected.height || width !== expected.width)) {
    throw new Error(t('idx.imageSize', { label, height: expected.height, width: expected.width, gotHeight: height, gotWidth: width }));
  }
  return { pixels: idx.data, labels: new Uint8Array(count), count, height, width, channels: 1 };
}

/** Interpret an IDX array as class labels [count], each below `numClasses`. */
export function idxAsLabels(idx: IdxArray, label: string, numClasses: number): Uint8Array {
  if (idx.dims.length !== 1) {
    throw new Error(t('idx.notLabels', { label, rank: idx.dims.length, dims: idx.dims.join(', ') }));
  }
  const bad = idx.data.findIndex((value) => value >= numClasses);
  if (bad >= 0) throw new Error(t('idx.label', { label, index: bad, value: idx.data[bad], last: numClasses - 1 }));
  return idx.data;
}

/**
 * Read a matching pair of IDX files (images and their labels) into one labelled collection.
 * Fails when the two files disagree on how many items they hold.
 */
export function readIdxImagesWithLabels(
  imagesFile: string,
  labelsFile: string,
  options: { height: number; width: number; numClasses: number },
): ImageBytes {
  const images = idxAsImages(readIdxFile(imagesFile), imagesFile, options);
  const labels = idxAsLabels(readIdxFile(labelsFile), labelsFile, options.numClasses);
  if (labels.length !== images.count) {
    throw new Error(t('idx.count', { images: imagesFile, imageCount: images.count, labels: labelsFile, labelCount: labels.length }));
  }
  return { ...images, labels };
}
