/**
 * Checking the loss terms a loss function returns, and averaging them over many batches.
 */
import * as tf from '@tensorflow/tfjs';
import { LossTerms, LossValues } from './types';
import { t } from '../util/i18n';

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
    throw new Error(t('lossTerms.notObject', { got: terms instanceof tf.Tensor ? t('lossTerms.singleTensor') : typeof terms }));
  }
  const names = Object.keys(terms);
  if (names.length === 0) throw new Error(t('lossTerms.empty'));
  for (const name of names) {
    const value = (terms as Record<string, unknown>)[name];
    if (!(value instanceof tf.Tensor) || value.rank !== 0) {
      const got = value instanceof tf.Tensor ? t('lossTerms.tensorOfShape', { shape: value.shape.join(',') }) : typeof value;
      throw new Error(t('lossTerms.notScalar', { name, got }));
    }
  }
  if (names.includes(TOTAL)) {
    throw new Error(t('lossTerms.total', { total: TOTAL }));
  }
  if (expectedNames && names.join() !== expectedNames.join()) {
    throw new Error(t('lossTerms.changed', { first: expectedNames.join(', '), now: names.join(', ') }));
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
  what: 'training' | 'held-out evaluation' | 'evaluation';
  epoch?: number;
  batch: number;
  batches: number;
}

const WHAT_KEYS = { training: 'nan.training', 'held-out evaluation': 'nan.heldOutEvaluation', evaluation: 'nan.evaluation' } as const;

/** Throw an Error naming the place and the term when a loss value is NaN or infinite. */
export function assertFinite(names: string[], values: ArrayLike<number>, place: LossPlace): void {
  names.forEach((name, i) => {
    const value = values[i];
    if (Number.isFinite(value)) return;
    const epoch = place.epoch !== undefined ? t('nan.epoch', { epoch: place.epoch }) : '';
    const where = t('nan.where', { epoch, batch: place.batch + 1, batches: place.batches });
    const what = t(WHAT_KEYS[place.what]);
    const notUpdated = place.what === 'training' ? t('nan.notUpdated') : '';
    throw new Error(t('nan.message', { run: place.run ? t('nan.run', { run: place.run }) : '', name, value, what, where, notUpdated }));
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
