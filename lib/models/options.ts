/**
 * Checking the options passed to a model builder, so that a typo or a wrong number fails at
 * once with a message naming the builder and the option, instead of deep inside tfjs.
 */
import { checkWholeNumber } from '../util/checks';
import { t } from '../util/i18n';

/** Throw when `options` has a key the builder does not know (catches typos like `latentDims`). */
export function rejectUnknownOptions(builder: string, options: object, known: readonly string[]): void {
  if (options == null || typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(t('options.notObject', { builder, got: describeValue(options) }));
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const expected = known.length > 0 ? known.join(', ') : t('options.none');
      throw new Error(t('options.unknown', { builder, key, expected }));
    }
  }
}

/** A whole number >= 1, or a clear error. */
export function positiveInteger(builder: string, name: string, value: unknown): number {
  return checkWholeNumber(value, `${builder}: ${name}`);
}

/** A (possibly empty) list of whole numbers >= 1, or a clear error. */
export function positiveIntegerList(builder: string, name: string, value: unknown): number[] {
  if (!Array.isArray(value)) {
    throw new Error(t('options.integerList', { builder, name, got: describeValue(value) }));
  }
  value.forEach((item, i) => positiveInteger(builder, `${name}[${i}]`, item));
  return value as number[];
}

/** A seed for the initial weights: a whole number, or undefined for random weights. */
export function seedOption(builder: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  return checkWholeNumber(value, `${builder}: seed`, 0);
}

/** One of a fixed set of strings, or a clear error. */
export function oneOf<T extends string>(builder: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new Error(t('options.oneOf', { builder, name, allowed: allowed.map((a) => `'${a}'`).join(', '), got: describeValue(value) }));
  }
  return value as T;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
