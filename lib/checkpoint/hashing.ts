/**
 * Fingerprints: SHA-256 of bytes, and a stable hash of plain JSON data (same data, same hash,
 * whatever the order in which object keys were written).
 */
import * as crypto from 'crypto';
import { t } from '../util/i18n';

/** SHA-256 of some bytes, as 64 hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/**
 * JSON text with object keys sorted, so equal data always gives equal text. Only plain data
 * is accepted (no functions, tensors, undefined or non-finite numbers): a cache key built
 * from anything else could not be reproduced in the next session. `label` names the value in
 * error messages, e.g. `settings.learningRate`.
 */
export function stableStringify(value: unknown, label = 'value'): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(t('hash.number', { label, got: value }));
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => stableStringify(item, `${label}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.keys(value as object)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key], `${label}.${key}`)}`);
    return `{${entries.join(',')}}`;
  }
  const kind = typeof value === 'object' ? (value as object).constructor?.name ?? 'object' : typeof value;
  throw new Error(t('hash.plain', { label, got: kind }));
}

/** SHA-256 of `stableStringify(value)`. */
export function stableHash(value: unknown, label?: string): string {
  return sha256Hex(stableStringify(value, label));
}
