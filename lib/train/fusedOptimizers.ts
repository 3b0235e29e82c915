/**
 * Adam and RMSprop that take each variable's step in one fused native kernel when the native
 * kernels run (lib/engine/native), and exactly as tfjs does otherwise.
 *
 * They are tfjs's own optimizers with one method replaced, keeping tfjs's fields for their
 * state, so saving, loading and disposing the state work unchanged. The step writes over the
 * variable and its state when no other tensor shares their memory, and makes new tensors
 * (assigned like tfjs does) when one does, e.g. a saved copy of the best epoch's weights. The fused step computes
 * the same float32 arithmetic in the same order (tested against the stock optimizers).
 */
import * as tf from '@tensorflow/tfjs';
import { ADAM_UPDATE, RMSPROP_UPDATE, adamInPlace, nativeKernelsActive, rmsPropInPlace } from '../engine/native';

type Gradients = Parameters<tf.AdamOptimizer['applyGradients']>[0];
interface Slot {
  originalName: string;
  variable: tf.Variable;
}

/** The gradients as (variable, gradient) pairs, in the order tfjs's optimizers use. */
function pairs(gradients: Gradients): Array<{ name: string; gradient: tf.Tensor | undefined }> {
  if (Array.isArray(gradients)) return gradients.map((g) => ({ name: g.name, gradient: g.tensor }));
  const byName = gradients as Record<string, tf.Tensor | undefined>;
  return Object.keys(byName).map((name) => ({ name, gradient: byName[name] }));
}

/** True when this step can run fused: native kernels on, wasm running, float32 everywhere. */
function canFuse(gradients: Gradients): boolean {
  if (!nativeKernelsActive() || tf.getBackend() !== 'wasm') return false;
  return pairs(gradients).every(({ name, gradient }) => {
    const variable = tf.engine().registeredVariables[name];
    return variable?.dtype === 'float32' && (gradient == null || (gradient.dtype === 'float32' && gradient.size === variable.size));
  });
}

/** A zero-filled, non-trainable state variable shaped like `value`. */
function zerosSlot(name: string, value: tf.Variable): Slot {
  return { originalName: name, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
}

/** Assign each result to its variable and free the results. */
function assignAll(targets: tf.Variable[], results: tf.Tensor[]): void {
  targets.forEach((target, i) => target.assign(results[i]));
  tf.dispose(results);
}

/** The fields of tfjs's AdamOptimizer this class works with (private in its type declarations). */
interface AdamFields {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: Slot[];
  accumulatedSecondMoment: Slot[];
}

export class FusedAdamOptimizer extends tf.AdamOptimizer {
  applyGradients(gradients: Gradients): void {
    if (!canFuse(gradients)) return super.applyGradients(gradients);
    const self = this as unknown as AdamFields;
    // Bias corrections for this step: tfjs keeps beta^t in two scalar variables.
    const correction1 = 1 - self.accBeta1.dataSync()[0];
    const correction2 = 1 - self.accBeta2.dataSync()[0];
    pairs(gradients).forEach(({ name, gradient }, i) => {
      const value = tf.engine().registeredVariables[name];
      self.accumulatedFirstMoment[i] ??= zerosSlot(`${name}/m`, value);
      self.accumulatedSecondMoment[i] ??= zerosSlot(`${name}/v`, value);
      if (gradient == null) return;
      const m = self.accumulatedFirstMoment[i].variable;
      const v = self.accumulatedSecondMoment[i].variable;
      const attrs = { learningRate: self.learningRate, beta1: self.beta1, beta2: self.beta2, epsilon: self.epsilon, correction1, correction2 };
      if (adamInPlace(value, gradient, m, v, attrs)) return;
      assignAll([value, m, v], tf.engine().runKernel(ADAM_UPDATE, { value, grad: gradient, m, v }, attrs) as tf.Tensor[]);
    });
    tf.tidy(() => {
      self.accBeta1.assign(tf.mul(self.accBeta1, self.beta1));
      self.accBeta2.assign(tf.mul(self.accBeta2, self.beta2));
    });
    this.incrementIterations();
  }
}

/** The fields of tfjs's RMSPropOptimizer this class works with. */
interface RmsPropFields {
  learningRate: number;
  decay: number;
  momentum: number;
  epsilon: number;
  centered: boolean;
  accumulatedMeanSquares: Slot[];
  accumulatedMoments: Slot[];
}

export class FusedRmsPropOptimizer extends tf.RMSPropOptimizer {
  applyGradients(gradients: Gradients): void {
    const self = this as unknown as RmsPropFields;
    // The centred variant keeps a third state tensor; it stays on tfjs's own update.
    if (self.centered || !canFuse(gradients)) return super.applyGradients(gradients);
    pairs(gradients).forEach(({ name, gradient }, i) => {
      const value = tf.engine().registeredVariables[name];
      self.accumulatedMeanSquares[i] ??= zerosSlot(`${name}/rms`, value);
      self.accumulatedMoments[i] ??= zerosSlot(`${name}/momentum`, value);
      if (gradient == null) return;
      const meanSquare = self.accumulatedMeanSquares[i].variable;
      const moment = self.accumulatedMoments[i].variable;
      const attrs = { learningRate: self.learningRate, decay: self.decay, momentum: self.momentum, epsilon: self.epsilon };
      if (rmsPropInPlace(value, gradient, meanSquare, moment, attrs)) return;
      assignAll([value, meanSquare, moment], tf.engine().runKernel(RMSPROP_UPDATE, { value, grad: gradient, meanSquare, moment }, attrs) as tf.Tensor[]);
    });
    this.incrementIterations();
  }
}

/** Adam with Keras's defaults (beta1 0.9, beta2 0.999, tfjs's epsilon), fused where it can be. */
export function fusedAdam(learningRate: number): tf.Optimizer {
  return new FusedAdamOptimizer(learningRate, 0.9, 0.999);
}

/** RMSprop as `tf.train.rmsprop(rate)` makes it (decay 0.9, no momentum), fused where it can be. */
export function fusedRmsProp(learningRate: number): tf.Optimizer {
  return new FusedRmsPropOptimizer(learningRate, 0.9, 0.0);
}
