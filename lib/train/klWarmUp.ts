/**
 * KL warm-up (also called KL annealing): the weight of a VAE's KL term starts at 0 and rises in
 * a straight line to its full value over the first epochs of training.
 *
 * Why: at the start the decoder cannot make use of the codes yet, so a full KL term pulls every
 * code onto N(0, 1) before it carries anything, and many code numbers never recover (they
 * "collapse"). With the weight rising slowly, the codes first learn to carry the data and are
 * then tidied towards N(0, 1). Held-out losses are always measured with the full weight, so
 * every epoch is judged by the same loss.
 */
import { Step } from './types';

export interface KlWarmUp {
  /** Epochs until the KL term has its full weight (may be fractional, e.g. 0.5). */
  epochs: number;
  /** Optimizer steps in one epoch, to place a step within the warm-up. */
  batchesPerEpoch: number;
}

/** Check a warm-up's numbers; `owner` names the function in the error. */
export function checkKlWarmUp(owner: string, warmUp: KlWarmUp | undefined): void {
  if (warmUp === undefined) return;
  if (!(warmUp.epochs > 0) || !Number.isInteger(warmUp.batchesPerEpoch) || warmUp.batchesPerEpoch < 1) {
    throw new Error(
      `${owner}: a KL warm-up needs epochs > 0 and a whole number of batchesPerEpoch >= 1, ` +
        `got epochs ${warmUp.epochs}, batchesPerEpoch ${warmUp.batchesPerEpoch}`,
    );
  }
}

/**
 * The share (0 to 1) of the KL weight at this step: (steps done so far) / (steps of the
 * warm-up) while training, 1 after the warm-up, without one, and whenever a loss is only
 * measured (mode 'eval').
 */
export function klWarmUpFactor(step: Step, warmUp: KlWarmUp | undefined): number {
  if (warmUp === undefined || step.mode !== 'train') return 1;
  const stepsDone = (step.epoch - 1) * warmUp.batchesPerEpoch + step.batch;
  return Math.min(1, stepsDone / (warmUp.epochs * warmUp.batchesPerEpoch));
}
