/**
 * A compact binary cache for a labelled image collection.
 *
 * Parsing 21 MB of JSON takes seconds; reading 8 MB of bytes takes milliseconds. So the first
 * load converts the source once and stores the result here. The file is never trusted blindly:
 * its header records the format version, the image shape and a fingerprint of the source it was
 * built from, plus a SHA-256 of the payload. Anything that does not match (older format, a new
 * source version, a truncated or damaged file) is reported as stale so the caller rebuilds it.
 *
 * Layout (little-endian):
 *
 * | offset | size | field                                   |
 * |--------|------|-----------------------------------------|
 * | 0      | 8    | magic `AECACHE\0`                       |
 * | 8      | 4    | format version                          |
 * | 12     | 4    | count (number of images)                |
 * | 16     | 4    | height                                  |
 * | 20     | 4    | width                                   |
 * | 24     | 4    | channels                                |
 * | 28     | 4    | byte length S of the source fingerprint |
 * | 32     | 32   | SHA-256 of the payload                  |
 * | 64     | S    | source fingerprint (UTF-8)              |
 * | 64+S   | ...  | payload: pixels (count*h*w*c bytes), then labels (count bytes) |
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import { writeFileAtomic } from '../lib/util/atomicWrite';
import { t } from '../lib/util/i18n';

/** Bump when the layout above changes: older files are then rebuilt, not misread. */
export const CACHE_FORMAT_VERSION = 1;

const MAGIC = Buffer.from('AECACHE\0', 'latin1');
const HEADER_BYTES = 64;

/** Images as raw bytes (0..255), row-major [count, height, width, channels], with one label each. */
export interface ImageBytes {
  pixels: Uint8Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
  channels: number;
}

/** What `readImageCache` found: the data, or why the file cannot be used. */
export type CacheReadResult = { ok: true; data: ImageBytes } | { ok: false; reason: string };

/** Check that the arrays agree with the declared shape (so a bad cache is never written). */
export function checkImageBytes(data: ImageBytes): void {
  const { count, height, width, channels } = data;
  for (const [name, value] of Object.entries({ count, height, width, channels })) {
    // internal: the parsers build ImageBytes; these checks keep a bug from writing a bad cache
    if (!Number.isInteger(value) || value < 0) throw new Error(`ImageBytes.${name} must be a non-negative integer, got ${value}`);
  }
  const pixelBytes = count * height * width * channels;
  if (data.pixels.length !== pixelBytes) {
    // internal
    throw new Error(`ImageBytes.pixels must hold ${count}x${height}x${width}x${channels} = ${pixelBytes} bytes, got ${data.pixels.length}`);
  }
  if (data.labels.length !== count) throw new Error(`ImageBytes.labels must hold ${count} labels, got ${data.labels.length}`); // internal
}

function payloadDigest(pixels: Uint8Array, labels: Uint8Array): Buffer {
  return crypto.createHash('sha256').update(pixels).update(labels).digest();
}

/** Serialise images, labels and the source fingerprint into the cache layout described above. */
export function encodeImageCache(data: ImageBytes, source: string): Buffer {
  checkImageBytes(data);
  const sourceBytes = Buffer.from(source, 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(CACHE_FORMAT_VERSION, 8);
  header.writeUInt32LE(data.count, 12);
  header.writeUInt32LE(data.height, 16);
  header.writeUInt32LE(data.width, 20);
  header.writeUInt32LE(data.channels, 24);
  header.writeUInt32LE(sourceBytes.length, 28);
  payloadDigest(data.pixels, data.labels).copy(header, 32);
  return Buffer.concat([header, sourceBytes, data.pixels, data.labels]);
}

/**
 * Parse a cache file's bytes. Returns `{ok: false, reason}` (never throws) for anything that
 * makes the file unusable, including a fingerprint that differs from `expectedSource`.
 */
export function decodeImageCache(bytes: Uint8Array, expectedSource: string): CacheReadResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEADER_BYTES) return { ok: false, reason: t('imageCache.short', { bytes: buf.length, needed: HEADER_BYTES }) };
  if (!buf.subarray(0, 8).equals(MAGIC)) return { ok: false, reason: t('imageCache.magic') };
  const version = buf.readUInt32LE(8);
  if (version !== CACHE_FORMAT_VERSION) {
    return { ok: false, reason: t('imageCache.version', { version, current: CACHE_FORMAT_VERSION }) };
  }
  const count = buf.readUInt32LE(12);
  const height = buf.readUInt32LE(16);
  const width = buf.readUInt32LE(20);
  const channels = buf.readUInt32LE(24);
  const sourceLength = buf.readUInt32LE(28);
  const storedDigest = buf.subarray(32, 64);
  const pixelBytes = count * height * width * channels;
  const expectedLength = HEADER_BYTES + sourceLength + pixelBytes + count;
  if (buf.length !== expectedLength) {
    return { ok: false, reason: t('imageCache.size', { bytes: buf.length, expected: expectedLength }) };
  }
  const source = buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + sourceLength);
  if (source !== expectedSource) return { ok: false, reason: t('imageCache.source', { source, current: expectedSource }) };
  const start = HEADER_BYTES + sourceLength;
  // Copy out of the file buffer so callers own compact arrays that do not pin the whole file.
  const pixels = new Uint8Array(buf.subarray(start, start + pixelBytes));
  const labels = new Uint8Array(buf.subarray(start + pixelBytes, expectedLength));
  if (!payloadDigest(pixels, labels).equals(storedDigest)) return { ok: false, reason: t('imageCache.checksum') };
  return { ok: true, data: { pixels, labels, count, height, width, channels } };
}

/** Read and validate a cache file; a missing or unreadable file is reported like a stale one. */
export function readImageCache(file: string, expectedSource: string): CacheReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? t('imageCache.none') : t('imageCache.unreadable', { code: code ?? String(err) }) };
  }
  return decodeImageCache(bytes, expectedSource);
}

/** Write a cache file atomically (temp file + rename), so readers never see half a file. */
export function writeImageCache(file: string, data: ImageBytes, source: string): void {
  writeFileAtomic(file, encodeImageCache(data, source));
}
