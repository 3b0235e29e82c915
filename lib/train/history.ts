/**
 * Reading numbers back out of a training history.
 */
import { LossPoint, Split } from './types';

/**
 * The loss terms of one epoch on one split, e.g. `lossesAt(result.history, 3, 'heldOut')`
 * gives `{ reconstruction: 0.101 }`. Empty when that epoch or split was not recorded.
 */
export function lossesAt(history: LossPoint[], epoch: number, split: Split): Record<string, number> {
  const values: Record<string, number> = {};
  for (const point of history) if (point.epoch === epoch && point.split === split) values[point.term] = point.value;
  return values;
}
