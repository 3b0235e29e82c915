/**
 * A small seeded random number generator, so that splits and subsets are identical on every
 * machine and every run (Math.random cannot be seeded).
 */
import { t as message } from './i18n'; // `t` is the generator's state below

/**
 * Mulberry32: a 32-bit generator with good enough statistics for shuffling data.
 * Returns a function giving floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new Error(message('seed.integer', { got: seed }));
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffle an array in place with the Fisher-Yates algorithm, driven by `random`. Returns it. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Mix a few whole numbers into one 32-bit seed (multiply-xorshift rounds, so nearby inputs give unrelated seeds). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/**
 * Run `make` with Math.random replaced by a generator seeded with `seed`, and put the real one
 * back afterwards (also when `make` throws). TensorFlow.js draws the initial weights of a layer
 * built without a seed from Math.random, so a model builder that takes no seed (a learner's
 * exercise, say) still builds the same weights for the same seed.
 */
export function withSeededMathRandom<T>(seed: number, make: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(mixSeed(seed));
  try {
    return make();
  } finally {
    Math.random = original;
  }
}
