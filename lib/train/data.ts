/**
 * Checking a data split and cutting it into batches.
 */
import * as tf from '@tensorflow/tfjs';
import { Batch, DataSplit } from './types';
import { checkWholeNumber } from '../util/checks';
import { t as message } from '../util/i18n'; // `t` names tensors in this file

/** A split whose targets are filled in and whose size is known. */
export interface CheckedSplit {
  inputs: tf.Tensor;
  targets: tf.Tensor;
  size: number;
}

/**
 * Check that `split` holds tensors with the same number of examples, and fill in the targets
 * (the inputs themselves when none are given). `label` names the split in error messages.
 */
export function checkSplit(split: DataSplit | undefined, label: string): CheckedSplit {
  if (split == null || !(split.inputs instanceof tf.Tensor)) {
    throw new Error(message('split.inputs', { split: label, got: describe(split?.inputs) }));
  }
  const inputs = split.inputs;
  const targets = split.targets ?? inputs;
  if (!(targets instanceof tf.Tensor)) {
    throw new Error(message('split.targets', { split: label, got: describe(targets) }));
  }
  for (const [part, t] of [['inputs', inputs], ['targets', targets]] as const) {
    if (t.isDisposed) throw new Error(message('split.disposed', { split: label, part }));
    if (t.rank < 1 || t.shape[0] === 0) {
      throw new Error(message('split.empty', { split: label, part, shape: t.shape.join(',') }));
    }
  }
  if (targets.shape[0] !== inputs.shape[0]) {
    throw new Error(message('split.count', { split: label, inputs: inputs.shape.join(','), targets: targets.shape.join(',') }));
  }
  return { inputs, targets, size: inputs.shape[0] };
}

/** Check a batch size: a whole number >= 1. */
export function checkBatchSize(batchSize: unknown): number {
  return checkWholeNumber(batchSize, 'batchSize');
}

/** The number of batches of `batchSize` needed to cover `size` examples (the last may be smaller). */
export function batchCount(size: number, batchSize: number): number {
  return Math.ceil(size / batchSize);
}

/**
 * Examples `start` (inclusive) to `end` (exclusive) of a split, in stored order, or in the
 * order given by `order` (a shuffled list of example indices). The caller disposes the result.
 */
export function takeBatch(split: CheckedSplit, start: number, end: number, order?: number[]): Batch {
  return tf.tidy(() => {
    const pick = (t: tf.Tensor): tf.Tensor => {
      if (order) return tf.gather(t, tf.tensor1d(order.slice(start, end), 'int32'));
      const begin = t.shape.map((_, axis) => (axis === 0 ? start : 0));
      const size = t.shape.map((n, axis) => (axis === 0 ? end - start : n));
      return tf.slice(t, begin, size);
    };
    const inputs = pick(split.inputs);
    // Self-supervised data: one tensor serves as both, so cut it once.
    const targets = split.targets === split.inputs ? inputs : pick(split.targets);
    return { inputs, targets };
  });
}

function describe(value: unknown): string {
  if (value === undefined) return message('value.nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return message('value.anArray');
  return typeof value;
}
