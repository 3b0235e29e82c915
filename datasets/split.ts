/**
 * Stratified splits and subsets: every class keeps (as nearly as whole numbers allow) the same
 * share it has in the whole collection, so a small held-out set or a quick-mode subset still
 * contains every digit in its usual proportion.
 */
import { seededRandom, shuffleInPlace } from '../lib/util/random';
import { checkWholeNumber } from '../lib/util/checks';

/** Group item indices by label, in their original order. */
function indicesByClass(labels: ArrayLike<number>, indices: readonly number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const index of indices) {
    const label = labels[index];
    let group = groups.get(label);
    if (!group) groups.set(label, (group = []));
    group.push(index);
  }
  return groups;
}

/**
 * Share `total` among groups in proportion to their sizes, in whole numbers that add up to
 * exactly `total` (largest-remainder method; ties go to the smaller label for determinism).
 */
export function proportionalCounts(groupSizes: Map<number, number>, total: number): Map<number, number> {
  const all = [...groupSizes.values()].reduce((a, b) => a + b, 0);
  if (!Number.isInteger(total) || total < 0 || total > all) {
    // internal: callers cap the count first (limit is checked, the held-out size is fixed)
    throw new Error(`the requested count must be an integer between 0 and ${all}, got ${total}`);
  }
  const labels = [...groupSizes.keys()].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  const remainders: Array<{ label: number; remainder: number }> = [];
  let assigned = 0;
  for (const label of labels) {
    const exact = (groupSizes.get(label)! * total) / (all || 1);
    counts.set(label, Math.floor(exact));
    assigned += Math.floor(exact);
    remainders.push({ label, remainder: exact - Math.floor(exact) });
  }
  remainders.sort((a, b) => b.remainder - a.remainder || a.label - b.label);
  for (let k = 0; assigned < total; k++, assigned++) {
    const label = remainders[k].label;
    counts.set(label, counts.get(label)! + 1);
  }
  return counts;
}

/**
 * Split items into a training part and a held-out part of `heldOutCount` items, stratified by
 * label and reproducible from `seed`. Both parts come back shuffled (so batches mix classes).
 */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  heldOutCount: number,
  seed: number,
): { train: number[]; heldOut: number[] } {
  const random = seededRandom(seed);
  const all = Array.from({ length: labels.length }, (_, i) => i);
  const groups = indicesByClass(labels, all);
  const sizes = new Map([...groups].map(([label, group]) => [label, group.length]));
  const heldOutPerClass = proportionalCounts(sizes, heldOutCount);
  const train: number[] = [];
  const heldOut: number[] = [];
  for (const label of [...groups.keys()].sort((a, b) => a - b)) {
    const group = shuffleInPlace(groups.get(label)!, random);
    const k = heldOutPerClass.get(label)!;
    heldOut.push(...group.slice(0, k));
    train.push(...group.slice(k));
  }
  return { train: shuffleInPlace(train, random), heldOut: shuffleInPlace(heldOut, random) };
}

/**
 * Keep at most `limit` of `indices`, stratified by label, preserving their order. It takes the
 * first items of each class, so a smaller limit always gives a subset of a larger one.
 */
export function stratifiedSubset(labels: ArrayLike<number>, indices: readonly number[], limit: number): number[] {
  checkWholeNumber(limit, 'limit');
  if (limit >= indices.length) return [...indices];
  const groups = indicesByClass(labels, indices);
  const sizes = new Map([...groups].map(([label, group]) => [label, group.length]));
  const quota = proportionalCounts(sizes, limit);
  const taken = new Map<number, number>();
  const kept: number[] = [];
  for (const index of indices) {
    const label = labels[index];
    const used = taken.get(label) ?? 0;
    if (used < quota.get(label)!) {
      kept.push(index);
      taken.set(label, used + 1);
    }
  }
  return kept;
}
