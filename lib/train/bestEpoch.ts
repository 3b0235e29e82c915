/**
 * Remembering the best epoch so far, and its weights, to go back to them at the end.
 */
import * as tf from '@tensorflow/tfjs';
import { LossValues } from './types';
import { WeightSnapshot } from './weights';

/** Which epoch's weights a run ends with: the best (lowest held-out total) or the last. */
export type KeepWeights = 'best' | 'last';

/** The best finished epoch of a run: its number, its losses and (with held-out data) a copy of its weights. */
export class BestEpoch {
  epoch = 0;
  train?: LossValues;
  heldOut?: LossValues;
  private weights?: WeightSnapshot;

  constructor(private readonly models: tf.LayersModel[], private readonly keep: KeepWeights = 'best') {}

  /**
   * Record a finished epoch; returns true when it is the new best. With held-out losses the
   * best is the lowest held-out total, and a copy of the weights is kept. Without them there
   * is nothing to judge by, so the latest epoch counts as best and no copy is needed. With
   * keep 'last' every epoch counts as best; its copy still serves a run stopped mid-epoch,
   * which must end with the weights of the epoch whose numbers it reports.
   */
  consider(epoch: number, train: LossValues, heldOut?: LossValues): boolean {
    const keepLast = this.keep === 'last';
    if (!keepLast && heldOut && this.heldOut && heldOut.total >= this.heldOut.total) return false;
    this.epoch = epoch;
    this.train = train;
    this.heldOut = heldOut;
    this.weights?.dispose();
    this.weights = heldOut ? new WeightSnapshot(this.models) : undefined;
    return true;
  }

  /** Put the best epoch's weights back into the models (no-op when no copy was kept). */
  restore(): void {
    this.weights?.restore();
  }

  /** Free the copy of the weights. */
  dispose(): void {
    this.weights?.dispose();
    this.weights = undefined;
  }
}
