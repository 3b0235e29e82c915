/**
 * Data-parallel training: several threads share every batch (see threads.ts).
 */
import * as tf from '@tensorflow/tfjs';
import * as os from 'os';
import { ParallelRun, TrainingThreads, whyNotParallel } from './threads';
import { trainableVariables } from '../weights';
import { env } from '../../util/env';
import { nativeKernelsActive } from '../../engine/native';
import { checkWholeNumber } from '../../util/checks';

export { TrainingThreads, whyNotParallel, splitIndices, ParallelRun, ParallelStep } from './threads';
export { withSpec, specOf, modelsOfSpecs, wireSpec, FunctionSpec, WireSpec } from '../lossSpecs';
export { orderedTrainables, partGradients, partSeed, PartResult } from './partGradients';

/** Check a thread count: a whole number >= 1. `from` names where it came from, for the message. */
export function checkWorkers(value: unknown, from: string): number {
  return checkWholeNumber(value, from);
}

/** The thread count asked for: the `workers` option, else the COURSE_WORKERS environment variable, else 1. */
export function requestedWorkers(workers: number | undefined): number {
  if (workers !== undefined) return checkWorkers(workers, 'workers');
  const fromEnv = env.workers();
  if (fromEnv === undefined || fromEnv.trim() === '') return 1;
  return checkWorkers(Number(fromEnv), 'COURSE_WORKERS');
}

/** How a run will use threads: `start` is set when it will use several; `note` says why not when they were asked for. */
export interface ThreadChoice {
  count: number;
  note?: string;
  start?: () => Promise<TrainingThreads>;
}

/** Decide between one thread and `workers` threads for `run`. */
export function chooseThreads(workers: number | undefined, run: ParallelRun): ThreadChoice {
  const count = requestedWorkers(workers);
  if (count === 1) return { count };
  const reason = whyNotParallel(run);
  if (reason) return { count: 1, note: `one thread, not ${count}: ${reason}` };
  return { count, start: () => TrainingThreads.start(run, count) };
}

/**
 * Above this many trainable weights a second thread does not pay by default: every step sends
 * all weights out and all gradients back. Measured on 2 cores with the wasm backend: the conv
 * autoencoder (4,400 weights) trained 1.3-1.8x faster on 2 threads, the dense VAE (800,000
 * weights, little computing per weight) slower.
 */
export const MAX_WEIGHTS_FOR_DEFAULT_THREADS = 100_000;

/**
 * A good default thread count for training `models` with `loss` (and `prepareBatch`):
 * COURSE_WORKERS when set; else up to 2 of this machine's cores when the run can use them and
 * the models are small enough to gain (see MAX_WEIGHTS_FOR_DEFAULT_THREADS); else 1, quietly.
 */
export function defaultWorkers(models: tf.LayersModel[], loss: unknown, prepareBatch?: unknown): number {
  const fromEnv = env.workers();
  if (fromEnv !== undefined && fromEnv.trim() !== '') return requestedWorkers(undefined);
  const run = { models, loss: loss as ParallelRun['loss'], prepareBatch: prepareBatch as ParallelRun['prepareBatch'] };
  if (whyNotParallel(run) !== undefined) return 1;
  // With the native kernels one thread trains faster than two workers (913 against 550 img/s
  // for the conv autoencoder at batch 32, docs/engine.md): the workers only pay on plain wasm.
  if (nativeKernelsActive()) return 1;
  const weights = trainableVariables(models).reduce((sum, variable) => sum + variable.size, 0);
  return weights <= MAX_WEIGHTS_FOR_DEFAULT_THREADS ? Math.min(2, os.availableParallelism()) : 1;
}
