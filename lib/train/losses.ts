/**
 * Reconstruction losses: how far a model's output is from the image it should rebuild.
 */
import * as tf from '@tensorflow/tfjs';
import { withSpec } from './lossSpecs';
import { checkSameShape } from '../util/checks';
import { LossFn } from './types';
import { t } from '../util/i18n';

/** Probabilities are kept this far from 0 and 1 so that log() stays finite (Keras uses the same). */
export const BCE_EPSILON = 1e-7;

/**
 * Binary cross-entropy, averaged over every pixel of every image: the lesson's loss for
 * images in [0, 1] and a sigmoid output. `predictions` are probabilities, not logits.
 */
export function binaryCrossEntropy(targets: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  checkSameShape(targets, predictions, 'binaryCrossEntropy: targets', 'predictions');
  return tf.tidy(() => {
    const p = tf.clipByValue(predictions, BCE_EPSILON, 1 - BCE_EPSILON);
    const perPixel = tf.add(tf.mul(targets, tf.log(p)), tf.mul(tf.sub(1, targets), tf.log(tf.sub(1, p))));
    return tf.neg(tf.mean(perPixel)) as tf.Scalar;
  });
}

/** Mean squared error, averaged over every pixel of every image. */
export function meanSquaredError(targets: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  checkSameShape(targets, predictions, 'meanSquaredError: targets', 'predictions');
  return tf.tidy(() => tf.mean(tf.squaredDifference(targets, predictions)) as tf.Scalar);
}

/** The reconstruction losses `reconstructionLoss` knows by name. */
export type ReconstructionKind = 'bce' | 'mse';

/**
 * The loss of a plain autoencoder: one term, `reconstruction`, comparing `model(inputs)` with
 * the targets ('bce' = binary cross-entropy, 'mse' = mean squared error, both per pixel).
 */
export function reconstructionLoss(model: tf.LayersModel, kind: ReconstructionKind = 'bce'): LossFn {
  if (!(model instanceof tf.LayersModel)) throw new Error(t('losses.model', { got: typeof model }));
  if (kind !== 'bce' && kind !== 'mse') throw new Error(t('losses.kind', { got: String(kind) }));
  const compare = kind === 'bce' ? binaryCrossEntropy : meanSquaredError;
  const loss: LossFn = ({ inputs, targets }, mode) => {
    const predictions = model.apply(inputs, { training: mode === 'train' });
    if (Array.isArray(predictions) || !(predictions instanceof tf.Tensor)) {
      throw new Error(t('losses.outputs', { model: model.name, count: model.outputs.length }));
    }
    return { reconstruction: compare(targets, predictions) };
  };
  // The description lets training threads rebuild this loss (lib/train/parallel).
  return withSpec(loss, { kind: 'reconstruction', models: { model }, settings: { compare: kind } });
}
