/**
 * Exercise 11 — the adversarial autoencoder's discriminator step.
 *
 * An adversarial autoencoder (notebook 06) trains in three phases per batch. In the second,
 * the discriminator learns to tell samples of the prior (the shape the codes should take)
 * from the encoder's codes. Write that phase:
 *
 * 1. `discriminatorLoss(discriminator, codes, priorSamples)`: the discriminator returns one
 *    logit per code (no sigmoid: use tf.losses.sigmoidCrossEntropy, which applies it). Prior
 *    samples are "real", label 1; the encoder's codes are "fake", label 0. Return the mean
 *    cross-entropy over the prior samples plus the mean over the codes, as a scalar. Free every
 *    intermediate tensor (tf.tidy).
 *
 * 2. `discriminatorPhase(aae, prior)`: a training phase for the course's trainer,
 *        { name: 'discriminator', loss, models, optimizer: 'adam', learningRate: 0.0005 }
 *    where `loss(batch, mode, step)` encodes `batch.inputs` with `aae.encoder`, draws as many
 *    samples with `prior.sample(n, step.seed)`, and returns `{ discriminator: <your loss> }`.
 *    `models` lists the models whose weights this phase may change. The loss runs the
 *    encoder, but this phase must not change it: which models belong in the list?
 */
import * as tf from '@tensorflow/tfjs';
import { notImplemented } from './notImplemented';
import type { Prior } from '../lib/models';
import type { StepPhase } from '../lib/train';

/** The three models of an adversarial autoencoder. */
export type AaeModels = { encoder: tf.LayersModel; decoder: tf.LayersModel; discriminator: tf.LayersModel };

export function discriminatorLoss(discriminator: tf.LayersModel, codes: tf.Tensor2D, priorSamples: tf.Tensor2D): tf.Scalar {
  return notImplemented('11-aae-discriminator', 'discriminatorLoss');
}

export function discriminatorPhase(aae: AaeModels, prior: Prior): StepPhase {
  return notImplemented('11-aae-discriminator', 'discriminatorPhase');
}
