/**
 * Measuring a loss on a whole data set without training.
 */
import * as tf from '@tensorflow/tfjs';
import { ready } from '../engine/backend';
import { batchCount, checkBatchSize, checkSplit, CheckedSplit, takeBatch } from './data';
import { assertFinite, checkLossTerms, stackTerms, WeightedMeans } from './lossTerms';
import { checkSeed, stepSeed } from './seeds';
import { DataSplit, LossFn, LossValues, PrepareBatch } from './types';
import { t } from '../util/i18n';

/** Options for `evaluate`. */
export interface EvaluateOptions {
  /** Applied to every batch in 'eval' mode, e.g. to add the (seeded, so repeatable) noise. */
  prepareBatch?: PrepareBatch;
  /** Seed handed to `prepareBatch` and the loss; the same seed gives the same numbers. */
  seed?: number;
  /** Only for messages and `step.epoch`: the epoch this evaluation belongs to. */
  epoch?: number;
}

/**
 * The mean of every loss term over the whole of `data`, plus `total`.
 *
 * The data is cut into batches of `batchSize` in stored order (no shuffling), the loss is
 * computed in 'eval' mode, and each batch counts in proportion to its size. So the result is
 * the same as one pass over the full set as a single batch, whatever the batch size, and the
 * same every time it is called on the same weights. (Keras' progress bar instead shows a
 * running average over batches seen so far, which mixes weights from different moments.)
 */
export async function evaluate(
  loss: LossFn,
  data: DataSplit,
  batchSize: number,
  options: EvaluateOptions = {},
): Promise<LossValues> {
  await ready();
  if (typeof loss !== 'function') throw new Error(t('train.loss', { got: typeof loss }));
  return evaluateChecked(loss, checkSplit(data, 'data'), checkBatchSize(batchSize), options);
}

/** `evaluate` on a split that was already checked (the trainer checks its splits once). */
export function evaluateChecked(
  loss: LossFn,
  data: CheckedSplit,
  batchSize: number,
  options: EvaluateOptions & { run?: string },
): LossValues {
  const seed = checkSeed(options.seed);
  const batches = batchCount(data.size, batchSize);
  let names: string[] | undefined;
  let means: WeightedMeans | undefined;
  for (let b = 0; b < batches; b++) {
    const start = b * batchSize;
    const end = Math.min(start + batchSize, data.size);
    const step = { mode: 'eval' as const, epoch: options.epoch ?? 0, batch: b, seed: stepSeed(seed, 'eval', 0, b) };
    // Everything made for this batch is freed by tidy, even when the loss function throws.
    const values = tf.tidy(() => {
      const stored = takeBatch(data, start, end);
      const batch = options.prepareBatch
        ? options.prepareBatch(stored.inputs, stored.targets, 'eval', step)
        : stored;
      const terms = loss(batch, 'eval', step);
      names = checkLossTerms(terms, names);
      return Array.from(stackTerms(terms, names).dataSync());
    });
    const termNames = names as string[];
    assertFinite(termNames, values, {
      what: options.epoch !== undefined ? 'held-out evaluation' : 'evaluation',
      run: options.run,
      epoch: options.epoch,
      batch: b,
      batches,
    });
    means ??= new WeightedMeans(termNames);
    means.add(values, end - start);
  }
  return (means as WeightedMeans).means();
}
