/**
 * Learning-rate schedules: how big the optimizer's steps are at each point of a run.
 *
 * With a short training budget a constant rate is a compromise: large enough to make progress
 * early, but then too large to settle into a minimum at the end. 'cosine' starts at the full
 * rate and lowers it smoothly (half a cosine wave) to a small fraction of it by the last
 * planned step, so the last epochs polish instead of bouncing around. It also warms up: the
 * first 3% of the steps climb linearly to the full rate, because a large rate on freshly
 * initialised weights can switch ReLU units off for good before they learn anything.
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

export const LEARNING_RATE_SCHEDULES = ['constant', 'cosine'] as const;
export type LearningRateSchedule = (typeof LEARNING_RATE_SCHEDULES)[number];

/** Where 'cosine' ends, as a fraction of the full rate. */
export const COSINE_FLOOR = 0.05;
/** The fraction of the steps that 'cosine' spends warming up. */
export const WARMUP_FRACTION = 0.03;

export function checkSchedule(schedule: unknown): LearningRateSchedule {
  if (schedule === undefined) return 'constant';
  if (!LEARNING_RATE_SCHEDULES.includes(schedule as LearningRateSchedule)) {
    throw new Error(t('schedule.name', { names: LEARNING_RATE_SCHEDULES.map((s) => `'${s}'`).join(' or '), got: String(schedule) }));
  }
  return schedule as LearningRateSchedule;
}

/**
 * The rate for optimizer step `step` (0-based) of a run planned to take `totalSteps` steps,
 * with `fullRate` the optimizer's own (peak) rate.
 */
export function scheduledRate(schedule: LearningRateSchedule, fullRate: number, step: number, totalSteps: number): number {
  if (schedule === 'constant' || totalSteps <= 1) return fullRate;
  const warmup = Math.floor(WARMUP_FRACTION * totalSteps);
  if (step < warmup) return (fullRate * (step + 1)) / (warmup + 1);
  const progress = Math.min(1, (step - warmup) / Math.max(1, totalSteps - 1 - warmup));
  const shape = 0.5 * (1 + Math.cos(Math.PI * progress)); // 1 after the warm-up, 0 at the end
  return fullRate * (COSINE_FLOOR + (1 - COSINE_FLOOR) * shape);
}

/** The optimizers tfjs ships (adam, rmsprop, sgd...) read `learningRate` afresh on every step. */
type WithRate = { learningRate: number };

export function currentLearningRate(optimizer: tf.Optimizer): number {
  const rate = (optimizer as unknown as Partial<WithRate>).learningRate;
  if (typeof rate !== 'number') {
    throw new Error(t('schedule.noRate', { optimizer: optimizer.getClassName() }));
  }
  return rate;
}

export function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  currentLearningRate(optimizer); // the same clear error for an optimizer without a rate
  (optimizer as unknown as WithRate).learningRate = rate;
}
