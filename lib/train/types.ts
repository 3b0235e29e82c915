/**
 * The vocabulary shared by the trainer, the evaluator and the progress displays.
 */
import * as tf from '@tensorflow/tfjs';

/** 'train' while the weights are being optimised, 'eval' when a loss is only measured. */
export type Mode = 'train' | 'eval';

/** One batch: what goes into the model and what it should give back. */
export interface Batch {
  inputs: tf.Tensor;
  targets: tf.Tensor;
}

/**
 * Where a batch sits in a run. `seed` is different for every training batch but the same for
 * held-out batch k in every evaluation, so random ops seeded with it (noise, VAE sampling)
 * repeat exactly when the run is repeated, and held-out losses are always measured on the
 * same noise.
 */
export interface Step {
  mode: Mode;
  /** 1-based epoch; 0 for a stand-alone `evaluate`. */
  epoch: number;
  /** 0-based batch index within the epoch (or within the held-out pass). */
  batch: number;
  /** Training batches per epoch (set by the trainer in 'train' mode), e.g. for a loss that changes with progress. */
  batches?: number;
  seed: number;
}

/** Named scalar loss terms, e.g. `{ reconstruction, kl }`. Their sum is what training minimises. */
export type LossTerms = Record<string, tf.Scalar>;

/**
 * A loss function: computes the named loss terms of one batch.
 * Call the models with `{ training: mode === 'train' }` so dropout and similar layers behave.
 */
export type LossFn = (batch: Batch, mode: Mode, step: Step) => LossTerms;

/** Turns a stored batch into what the model sees, e.g. adds fresh noise for denoising. */
export type PrepareBatch = (inputs: tf.Tensor, targets: tf.Tensor, mode: Mode, step: Step) => Batch;

/** A data split. Without `targets` the inputs are also the targets (self-supervised). */
export interface DataSplit {
  inputs: tf.Tensor;
  targets?: tf.Tensor;
}

/** Mean value of every loss term, plus `total` (their sum). */
export type LossValues = Record<string, number> & { total: number };

/** Which data a loss was measured on. */
export type Split = 'train' | 'heldOut';

/** One number in the training history: the mean of `term` on `split` in `epoch`. */
export interface LossPoint {
  epoch: number;
  split: Split;
  term: string;
  value: number;
}
