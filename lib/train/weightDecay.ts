/**
 * Decoupled weight decay (the "W" of AdamW): after every optimizer step, the kernels (weight
 * matrices and convolution filters, not the biases) of some models shrink a little towards 0,
 * by `rate` times the step's learning rate. Unlike an L2 term in the loss, the shrinking does
 * not pass through Adam's per-weight scaling, so every kernel weight decays at the same pace.
 *
 * Why a course needs it: on 9,000 digits the dense VAE's encoder (400,000 weights in its first
 * layer) learns to place the training digits better than digits it has not seen. Shrinking its
 * weights keeps it smoother, and the held-out loss falls (docs/results.md has the numbers).
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

export interface WeightDecay {
  /** How fast the kernels shrink, per unit of learning rate: each step multiplies them by 1 − rate × rate of the step. */
  rate: number;
  /** The models whose kernels shrink (each one must be among the trained models). */
  models: tf.LayersModel[];
}

/** Checked weight decay: the factor per unit of learning rate and the variables it applies to. */
export interface CheckedWeightDecay {
  rate: number;
  kernels: tf.Variable[];
}

/** Check the `weightDecay` option against the models being trained; undefined when there is none. */
export function checkWeightDecay(value: unknown, trained: tf.LayersModel[]): CheckedWeightDecay | undefined {
  if (value === undefined) return undefined;
  const decay = value as Partial<WeightDecay>;
  if (decay === null || typeof decay !== 'object' || !(typeof decay.rate === 'number' && Number.isFinite(decay.rate) && decay.rate >= 0)) {
    throw new Error(t('train.weightDecay', { got: describe(value) }));
  }
  if (!Array.isArray(decay.models) || decay.models.length === 0) {
    throw new Error(t('train.weightDecayModels'));
  }
  const trainedVariables = new Set(trained.flatMap((model) => model.trainableWeights.map((w) => w.read())));
  const kernels = new Map<string, tf.Variable>();
  decay.models.forEach((model, i) => {
    if (!(model instanceof tf.LayersModel)) throw new Error(t('train.weightDecayModel', { index: i, got: typeof model }));
    for (const weight of model.trainableWeights) {
      const variable = weight.read() as tf.Variable;
      if (!trainedVariables.has(variable)) {
        throw new Error(t('train.weightDecayNotTrained', { index: i, model: model.name }));
      }
      if (variable.rank >= 2) kernels.set(variable.name, variable); // biases (rank 1) are left alone
    }
  });
  return { rate: decay.rate, kernels: [...kernels.values()] };
}

/** Shrink every kernel by 1 − rate × learningRate (one optimizer step's worth of decay). */
export function decayKernels(decay: CheckedWeightDecay, learningRate: number): void {
  if (decay.rate === 0) return;
  const factor = 1 - decay.rate * learningRate;
  tf.tidy(() => decay.kernels.forEach((kernel) => kernel.assign(kernel.mul(factor))));
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value, (_, v) => (v instanceof tf.LayersModel ? `model ${v.name}` : v)) : String(value);
}
