/**
 * Short, readable text for losses, durations and speeds.
 */
import { reportedTerms } from '../lossTerms';
import { LossValues } from '../types';
import type { RunStart } from './reporter';
import { formatNumber } from '../../util/format';
import { t, termName } from '../../util/i18n';

export { formatNumber };

/** "reconstruction 0.1023 · kl 3.210 · total 3.313"; the total only when there are several terms. */
export function formatLosses(values: LossValues): string {
  return reportedTerms(values).map((name) => `${termName(name)} ${formatNumber(values[name])}`).join(' · ');
}

/** What a run will do: "4 epochs of 9000 images, 1000 held-out, batch 64, backend wasm". */
export function planLine(run: RunStart): string {
  const heldOut = run.heldOutSize ? t('progress.planHeldOut', { count: run.heldOutSize }) : '';
  return t('progress.plan', { epochs: run.epochs, trainSize: run.trainSize, heldOut, batchSize: run.batchSize, backend: run.backend });
}

/** "42 s", "3m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return t('unit.seconds', { s });
  if (s < 3600) return t('unit.minutesSeconds', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
  return t('unit.hoursMinutes', { h: Math.floor(s / 3600), m: String(Math.floor((s % 3600) / 60)).padStart(2, '0') });
}

/** "1,234 images/s". */
export function formatRate(imagesPerSecond: number): string {
  return t('unit.imagesPerSecond', { n: Math.round(imagesPerSecond).toLocaleString('en-US') });
}
