/**
 * The weights the trainer changes, and copies of them to go back to the best epoch.
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

/** Check the `models` option: a non-empty array of tf.LayersModel. */
export function checkModels(models: unknown): tf.LayersModel[] {
  if (!Array.isArray(models) || models.length === 0) {
    throw new Error(t('models.none'));
  }
  models.forEach((model, i) => {
    if (!(model instanceof tf.LayersModel)) throw new Error(t('models.notModel', { index: i, got: typeof model }));
  });
  return models;
}

/**
 * The trainable variables of all models, each once: a model passed together with a model that
 * contains it (an encoder inside an autoencoder) shares its variables.
 */
export function trainableVariables(models: tf.LayersModel[]): tf.Variable[] {
  const byName = new Map<string, tf.Variable>();
  for (const model of models) {
    // LayerVariable.read() is the underlying tf.Variable that the optimizer updates.
    for (const weight of model.trainableWeights) {
      const variable = weight.read() as tf.Variable;
      byName.set(variable.name, variable);
    }
  }
  if (byName.size === 0) {
    throw new Error(t('models.frozen', { models: models.map((m) => m.name).join(', ') }));
  }
  return [...byName.values()];
}

/** A copy of every weight of some models, taken at one moment, that can be put back later. */
export class WeightSnapshot {
  private readonly copies: tf.Tensor[][];

  constructor(private readonly models: tf.LayersModel[]) {
    // getWeights returns the live variables; clones keep today's values when they change.
    this.copies = models.map((model) => model.getWeights().map((w) => tf.clone(w)));
  }

  /** Put the copied values back into the models. */
  restore(): void {
    this.models.forEach((model, i) => model.setWeights(this.copies[i]));
  }

  /** Free the copies. */
  dispose(): void {
    this.copies.forEach((list) => tf.dispose(list));
  }
}
