/**
 * Choosing an optimizer by name.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedAdam, fusedRmsProp } from './fusedOptimizers';
import { t } from '../util/i18n';

/** Optimizers known by name, with the learning rates Keras uses by default. */
export const DEFAULT_LEARNING_RATES = { adam: 0.001, rmsprop: 0.001 } as const;
export type OptimizerName = keyof typeof DEFAULT_LEARNING_RATES;

/** The optimizer used when none is named (the lesson's Keras notebook uses Adam too). */
export const DEFAULT_OPTIMIZER: OptimizerName = 'adam';

/**
 * An optimizer by name (`owned: true`: the trainer made it and disposes it at the end), or
 * the caller's own tf.Optimizer, used as is (`owned: false`: its state is the caller's).
 */
export function makeOptimizer(
  choice: OptimizerName | tf.Optimizer = DEFAULT_OPTIMIZER,
  learningRate?: number,
): { optimizer: tf.Optimizer; owned: boolean } {
  if (choice instanceof tf.Optimizer) {
    if (learningRate !== undefined) {
      throw new Error(t('optimizer.withRate'));
    }
    return { optimizer: choice, owned: false };
  }
  if (!(choice in DEFAULT_LEARNING_RATES)) {
    throw new Error(t('optimizer.name', { names: Object.keys(DEFAULT_LEARNING_RATES).map((n) => `'${n}'`).join(' or '), got: String(choice) }));
  }
  const rate = learningRate ?? DEFAULT_LEARNING_RATES[choice];
  if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(t('optimizer.rate', { got: String(learningRate) }));
  // tfjs's own optimizers, whose step runs as one native kernel per variable when it can.
  const optimizer = choice === 'adam' ? fusedAdam(rate) : fusedRmsProp(rate);
  return { optimizer, owned: true };
}
