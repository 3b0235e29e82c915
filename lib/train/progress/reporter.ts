/**
 * What a progress display is told during training. The trainer calls these; the displays
 * (notebook, terminal, silent) decide what to show and how often.
 */
import { LossPoint, LossValues } from '../types';

/** At most this often (ms) a display redraws between batches: fast enough to feel live, cheap enough not to slow training. */
export const BATCH_REDRAW_INTERVAL_MS = 250;

/** Told once, before the first batch. */
export interface RunStart {
  name: string;
  epochs: number;
  batchesPerEpoch: number;
  batchSize: number;
  trainSize: number;
  heldOutSize?: number;
  backend: string;
}

/** Told after every batch (displays redraw at most every BATCH_REDRAW_INTERVAL_MS). */
export interface BatchProgress {
  epoch: number;
  /** Batches finished in this epoch (1-based). */
  batch: number;
  /** Mean of each term over the batches of this epoch so far (weights change in between). */
  soFar: LossValues;
  imagesPerSecond: number;
  etaSeconds: number;
}

/** Told after every epoch, once the held-out loss is measured. */
export interface EpochProgress {
  epoch: number;
  train: LossValues;
  heldOut?: LossValues;
  /** Every point recorded so far, for the loss chart. */
  history: LossPoint[];
  imagesPerSecond: number;
  etaSeconds: number;
  /** True when this epoch has the lowest held-out total so far. */
  best: boolean;
}

/**
 * A progress display. `epoch` may return a promise (drawing a chart can be asynchronous): the
 * trainer waits for it, so every picture is shown before the next epoch starts.
 * `finish` gets a one-paragraph summary of how the run ended.
 */
export interface ProgressReporter {
  start(run: RunStart): void;
  batch(progress: BatchProgress): void;
  epoch(progress: EpochProgress): void | Promise<void>;
  finish(summary: string): void;
}

/** Shows nothing (progress: 'silent', or COURSE_SILENT=1 as in the tests). */
export const silentReporter: ProgressReporter = {
  start: () => undefined,
  batch: () => undefined,
  epoch: () => undefined,
  finish: () => undefined,
};

/** True when at least BATCH_REDRAW_INTERVAL_MS passed since `last` (a Date.now() value). */
export function redrawDue(last: number): boolean {
  return Date.now() - last >= BATCH_REDRAW_INTERVAL_MS;
}
