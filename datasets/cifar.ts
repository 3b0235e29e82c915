/**
 * The CIFAR-10 binary batch format.
 *
 * A batch file is a plain sequence of 3073-byte records: 1 label byte (0..9), then the 32x32
 * red plane, the green plane and the blue plane (1024 bytes each, row-major). There is no
 * header, so the only structural checks are the record size and the label range.
 * TensorFlow.js wants images as [N, height, width, channels], so the planes are interleaved
 * here (channels-last).
 */
import * as fs from 'fs';
import { ImageBytes } from './cache';
import { t } from '../lib/util/i18n';

export const CIFAR10_SIZE = 32;
export const CIFAR10_CHANNELS = 3;
/** Bytes in one record: a label plus 32*32*3 pixels. */
export const CIFAR10_RECORD_BYTES = 1 + CIFAR10_SIZE * CIFAR10_SIZE * CIFAR10_CHANNELS;
export const CIFAR10_NUM_CLASSES = 10;

/** Parse one CIFAR-10 batch (bytes of a `.bin` file). `label` names the file in errors. */
export function parseCifarBatch(bytes: Uint8Array, label: string): ImageBytes {
  if (bytes.length === 0) throw new Error(t('cifar.empty', { label, bytes: CIFAR10_RECORD_BYTES }));
  const count = Math.floor(bytes.length / CIFAR10_RECORD_BYTES);
  const leftover = bytes.length % CIFAR10_RECORD_BYTES;
  if (leftover !== 0) {
    throw new Error(t('cifar.truncated', { label, size: bytes.length, bytes: CIFAR10_RECORD_BYTES, count, leftover }));
  }
  const plane = CIFAR10_SIZE * CIFAR10_SIZE;
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * plane * CIFAR10_CHANNELS);
  for (let r = 0; r < count; r++) {
    const record = r * CIFAR10_RECORD_BYTES;
    const classIndex = bytes[record];
    if (classIndex >= CIFAR10_NUM_CLASSES) {
      throw new Error(t('cifar.label', { label, index: r, value: classIndex, last: CIFAR10_NUM_CLASSES - 1 }));
    }
    labels[r] = classIndex;
    const out = r * plane * CIFAR10_CHANNELS;
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < CIFAR10_CHANNELS; c++) pixels[out + p * CIFAR10_CHANNELS + c] = bytes[record + 1 + c * plane + p];
    }
  }
  return { pixels, labels, count, height: CIFAR10_SIZE, width: CIFAR10_SIZE, channels: CIFAR10_CHANNELS };
}

/** Read and parse a CIFAR-10 batch file from disk. */
export function readCifarBatchFile(file: string): ImageBytes {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new Error(t('file.unreadable', { file, code: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  return parseCifarBatch(bytes, file);
}

/** Join several collections of the same image shape into one (e.g. the five training batches). */
export function concatImageBytes(parts: ImageBytes[]): ImageBytes {
  if (parts.length === 0) throw new Error('concatImageBytes needs at least one part'); // internal: called with the fixed batch lists
  const { height, width, channels } = parts[0];
  for (const part of parts) {
    if (part.height !== height || part.width !== width || part.channels !== channels) {
      // internal: every CIFAR-10 batch parses to 32x32x3
      throw new Error(`cannot join images of shape ${part.height}x${part.width}x${part.channels} with ${height}x${width}x${channels}`);
    }
  }
  const count = parts.reduce((n, part) => n + part.count, 0);
  const pixels = new Uint8Array(count * height * width * channels);
  const labels = new Uint8Array(count);
  let offset = 0;
  for (const part of parts) {
    pixels.set(part.pixels, offset * height * width * channels);
    labels.set(part.labels, offset);
    offset += part.count;
  }
  return { pixels, labels, count, height, width, channels };
}
