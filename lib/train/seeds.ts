/**
 * Seeds for everything random in a run, derived from the one `seed` the caller gives.
 *
 * The shuffle order comes from a seeded generator. Random ops inside a loss or a
 * `prepareBatch` (noise, VAE sampling) get a per-batch seed from `stepSeed`, so repeating a
 * run with the same seed repeats every random number, and held-out batch k always sees the
 * same noise.
 */
import { env } from '../util/env';
import { mixSeed, seededRandom, shuffleInPlace } from '../util/random';
import { t } from '../util/i18n';

export { mixSeed };

/** The seed used when the caller gives none: runs are repeatable by default. */
export const DEFAULT_SEED = 42;


/** Marks held-out seeds so they never coincide with a training batch's seed. */
const EVAL_STREAM = 0x6576616c;

/** The seed for one batch: training batches depend on the epoch, held-out batches do not. */
export function stepSeed(seed: number, mode: 'train' | 'eval', epoch: number, batch: number): number {
  return mode === 'train' ? mixSeed(seed, epoch, batch) : mixSeed(seed, EVAL_STREAM, batch);
}

/**
 * A generator of example orders: `next()` gives a fresh permutation of 0..size-1 each epoch.
 * The same seed gives the same sequence of permutations.
 */
export function shuffler(size: number, seed: number): { next(): number[] } {
  const random = seededRandom(mixSeed(seed));
  return {
    next: () => shuffleInPlace(Array.from({ length: size }, (_, i) => i), random),
  };
}

/** The seed of a run that names none: COURSE_SEED when it is set (a whole course run), else DEFAULT_SEED. */
export function defaultSeed(): number {
  const fromEnv = env.seed();
  if (fromEnv === undefined) return DEFAULT_SEED;
  const seed = Number(fromEnv);
  if (!Number.isInteger(seed)) throw new Error(t('seed.env', { got: fromEnv }));
  return seed;
}

/** Check a seed: a whole number. */
export function checkSeed(seed: unknown): number {
  if (seed === undefined) return defaultSeed();
  if (!Number.isInteger(seed)) throw new Error(t('seed.whole', { got: String(seed) }));
  return seed as number;
}
