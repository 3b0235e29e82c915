/**
 * Short, readable text for losses, durations and speeds.
 */
import { reportedTerms } from '../lossTerms';
import { LossValues } from '../types';
import { formatNumber } from '../../util/format';

export { formatNumber };


/** "reconstruction 0.1023 · kl 3.210 · total 3.313"; the total only when there are several terms. */
export function formatLosses(values: LossValues): string {
  return reportedTerms(values).map((name) => `${name} ${formatNumber(values[name])}`).join(' · ');
}

/** "42 s", "3m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** "1,234 images/s". */
export function formatRate(imagesPerSecond: number): string {
  return `${Math.round(imagesPerSecond).toLocaleString('en-US')} images/s`;
}
