/**
 * The work of one thread in a data-parallel step: the loss terms and gradients of its part of
 * the batch. The main thread and every worker thread run this same function.
 */
import * as tf from '@tensorflow/tfjs';
import { CheckedSplit, takeBatch } from '../data';
import { checkLossTerms, stackTerms } from '../lossTerms';
import { mixSeed } from '../seeds';
import { LossFn, PrepareBatch, Step } from '../types';

/**
 * The trainable variables of `models` in a fixed order: model by model, layer by layer. A
 * model rebuilt from its JSON in another thread lists its variables in the same order, so
 * gradients can be matched by position.
 */
export function orderedTrainables(models: tf.LayersModel[]): tf.Variable[] {
  // LayerVariable.read() is the underlying tf.Variable.
  return models.flatMap((model) => model.trainableWeights.map((weight) => weight.read() as tf.Variable));
}

/** Random numbers of part k of a batch come from this seed, so no two parts draw the same noise. */
export function partSeed(stepSeed: number, part: number): number {
  return mixSeed(stepSeed, 0x70617274, part);
}

/** What one thread found for its part of a batch. */
export interface PartResult {
  /** The loss term names, in the order of `values`. */
  names: string[];
  /** Each term's mean over the part. */
  values: number[];
  /** d(sum of terms)/d(variable), in the order of the variables given. The caller disposes them. */
  grads: tf.Tensor[];
}

/**
 * Loss terms and gradients of the examples `indices` of `data`, in training mode.
 * `expectedNames` (from an earlier batch) must match the terms the loss returns.
 */
export function partGradients(
  loss: LossFn,
  prepareBatch: PrepareBatch | undefined,
  data: CheckedSplit,
  indices: number[],
  step: Step,
  variables: tf.Variable[],
  expectedNames?: string[],
): PartResult {
  let names: string[] = [];
  let values: number[] = [];
  const grads = tf.tidy(() => {
    const stored = takeBatch(data, 0, indices.length, indices);
    const batch = prepareBatch ? prepareBatch(stored.inputs, stored.targets, 'train', step) : stored;
    const { grads: byName } = tf.variableGrads(() => {
      const terms = loss(batch, 'train', step);
      names = checkLossTerms(terms, expectedNames);
      values = Array.from(stackTerms(terms, names).dataSync());
      return tf.addN(names.map((name) => terms[name])) as tf.Scalar;
    }, variables);
    // A variable the loss does not use gets no gradient from tfjs; zeros keep the positions aligned.
    return variables.map((variable) => byName[variable.name] ?? tf.zerosLike(variable));
  });
  return { names, values, grads };
}
