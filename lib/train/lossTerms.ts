/**
 * Checking the loss terms a loss function returns, and averaging them over many batches.
 */
import * as tf from '@tensorflow/tfjs';
import { LossTerms, LossValues } from './types';

/** `total` is computed by the trainer, so a loss function may not return a term with that name. */
export const TOTAL = 'total';

/**
 * The names worth showing for some loss values: every term, plus `total` only when there are
 * several (for a single term the total is the same number again).
 */
export function reportedTerms(values: LossValues): string[] {
  const terms = Object.keys(values).filter((name) => name !== TOTAL);
  return terms.length > 1 ? [...terms, TOTAL] : terms;
}

/**
 * Check what a loss function returned: a non-empty object of scalar tensors. Returns the term
 * names in a fixed order. `expectedNames` (from the first batch) must match on later batches,
 * because per-epoch means are kept per name.
 */
export function checkLossTerms(terms: unknown, expectedNames?: string[]): string[] {
  if (terms == null || typeof terms !== 'object' || terms instanceof tf.Tensor || Array.isArray(terms)) {
    throw new Error(
      `the loss function must return an object of named scalar tensors, e.g. { reconstruction: tf.scalar }, got ${
        terms instanceof tf.Tensor ? 'a single tensor' : typeof terms
      }`,
    );
  }
  const names = Object.keys(terms);
  if (names.length === 0) throw new Error('the loss function returned no loss terms (an empty object)');
  for (const name of names) {
    const value = (terms as Record<string, unknown>)[name];
    if (!(value instanceof tf.Tensor) || value.rank !== 0) {
      const got = value instanceof tf.Tensor ? `a tensor of shape [${value.shape.join(',')}]` : typeof value;
      throw new Error(`loss term "${name}" must be a scalar tensor (use tf.mean), got ${got}`);
    }
  }
  if (names.includes(TOTAL)) {
    throw new Error(`"${TOTAL}" is reserved for the sum of the loss terms: give that term another name`);
  }
  if (expectedNames && names.join() !== expectedNames.join()) {
    throw new Error(
      `the loss function must return the same terms for every batch: first [${expectedNames.join(', ')}], now [${names.join(', ')}]`,
    );
  }
  return names;
}

/** The terms of `terms` stacked into one 1-D tensor (in `names` order), to download in one go. */
export function stackTerms(terms: LossTerms, names: string[]): tf.Tensor1D {
  return tf.stack(names.map((name) => terms[name])) as tf.Tensor1D;
}

/** Where a loss was computed, for error messages. */
export interface LossPlace {
  /** The training run's name. */
  run?: string;
  what: string; // e.g. 'training' or 'held-out evaluation'
  epoch?: number;
  batch: number;
  batches: number;
}

/** Throw an Error naming the place and the term when a loss value is NaN or infinite. */
export function assertFinite(names: string[], values: ArrayLike<number>, place: LossPlace): void {
  names.forEach((name, i) => {
    const value = values[i];
    if (Number.isFinite(value)) return;
    const where = `${place.epoch !== undefined ? `epoch ${place.epoch}, ` : ''}batch ${place.batch + 1} of ${place.batches}`;
    throw new Error(
      `${place.run ? `${place.run}: ` : ''}loss term "${name}" is ${value} during ${place.what} at ${where}. ` +
        (place.what === 'training' ? 'The weights were not updated with it. ' : '') +
        'Common causes: a learning rate that is too high, ' +
        'log of 0 in a hand-written loss, or inputs that contain NaN.',
    );
  });
}

/**
 * Adds up per-batch loss values weighted by batch size, so that the mean is the same as if the
 * whole set had been one batch (a last, smaller batch counts for less).
 */
export class WeightedMeans {
  private sums: number[];
  private count = 0;

  constructor(private readonly names: string[]) {
    this.sums = names.map(() => 0);
  }

  /** Add the values of one batch of `size` examples. */
  add(values: ArrayLike<number>, size: number): void {
    this.names.forEach((_, i) => (this.sums[i] += values[i] * size));
    this.count += size;
  }

  /** Number of examples added so far. */
  get examples(): number {
    return this.count;
  }

  /** The mean of every term so far, plus their sum as `total`. */
  means(): LossValues {
    const result: Record<string, number> = {};
    let total = 0;
    this.names.forEach((name, i) => {
      result[name] = this.sums[i] / this.count;
      total += result[name];
    });
    return { ...result, total };
  }
}
