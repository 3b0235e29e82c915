/**
 * Gzip handling shared by the file parsers: files may arrive compressed (as downloaded) or
 * already unpacked by the user, so readers check the gzip signature instead of the file name.
 */
import * as zlib from 'zlib';
import { t } from '../lib/util/i18n';

/** True when the bytes start with the gzip signature 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompress `bytes` if they are gzip data, else return them unchanged. `label` (usually the
 * file path) names the file in the error when the gzip stream is damaged or cut short.
 */
export function gunzipIfNeeded(bytes: Uint8Array, label: string): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return zlib.gunzipSync(bytes);
  } catch (err) {
    const reason = (err as Error).message === 'unexpected end of file' ? t('gzip.truncated') : (err as Error).message;
    throw new Error(t('gzip.failed', { label, reason }));
  }
}
