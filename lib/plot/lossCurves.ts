/**
 * Loss per epoch for training and held-out data, for one or several loss terms (e.g.
 * reconstruction and KL), in one chart: colour tells the term, a dashed line the held-out data.
 * Small and fast (SVG), so a trainer can redraw it after every epoch.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../engine/display';
import { renderVegaLite } from './render';
import { CHART_CONFIG, DIGIT_COLORS, MUTED_TEXT_COLOR } from './theme';
import { localize, t, termName } from '../util/i18n';

/** One measured value: the loss `term` on the `split` data after `epoch`. */
export interface LossRecord {
  epoch: number;
  split: 'train' | 'heldOut';
  term: string;
  value: number;
}

export interface LossCurvesOptions {
  title?: string;
  /** Logarithmic loss axis: useful when terms differ by orders of magnitude or the loss falls fast. */
  logScale?: boolean;
  yTitle?: string;
  /** Plot area size in chart units (default 440 x 260). */
  width?: number;
  height?: number;
}

/** How the splits are written in the legend, in the course's language. */
function splitNames(): Record<LossRecord['split'], string> {
  return { train: t('plot.split.train'), heldOut: t('plot.split.heldOut') };
}

/**
 * Check the records and throw at the first bad one; a NaN loss or two values for the same
 * epoch would otherwise draw a misleading line.
 */
export function checkLossRecords(records: readonly LossRecord[], logScale = false): void {
  if (!Array.isArray(records) || records.length === 0) throw new Error(t('lossCurves.noRecords'));
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const where = t('lossCurves.record', { index: i });
    if (typeof r !== 'object' || r === null) throw new Error(t('lossCurves.notObject', { where }));
    if (!Number.isFinite(r.epoch) || r.epoch < 0) throw new Error(t('lossCurves.epoch', { where, got: String(r.epoch) }));
    if (r.split !== 'train' && r.split !== 'heldOut') throw new Error(t('lossCurves.split', { where, got: String(JSON.stringify(r.split)) }));
    if (typeof r.term !== 'string' || r.term === '') throw new Error(t('lossCurves.term', { where }));
    if (!Number.isFinite(r.value)) throw new Error(t('lossCurves.value', { where, split: r.split, term: r.term, epoch: r.epoch, value: String(r.value) }));
    if (logScale && r.value <= 0) throw new Error(t('lossCurves.logScale', { where, split: r.split, term: r.term, epoch: r.epoch, value: r.value }));
    const key = `${r.epoch}|${r.split}|${r.term}`;
    if (seen.has(key)) throw new Error(t('lossCurves.twice', { where, epoch: r.epoch, split: r.split, term: r.term }));
    seen.add(key);
  });
}

/**
 * Ticks at whole epochs only. For a short run every epoch gets its tick, listed explicitly:
 * left to itself vega puts ticks at 1.5 and 2.5 on a 1-3 axis, which the whole-number format
 * then prints as "1 2 2 3 3". Longer runs get vega's own choice, at least one epoch apart.
 */
export function epochTicks(first: number, last: number): { values: number[] } | { tickMinStep: number } {
  const from = Math.ceil(first);
  const to = Math.floor(last);
  if (to - from + 1 <= 12) return { values: Array.from({ length: to - from + 1 }, (_, k) => from + k) };
  return { tickMinStep: 1 };
}

/** Build the vega-lite spec of the loss chart (pure: no rendering). */
export function lossCurvesSpec(records: readonly LossRecord[], options: LossCurvesOptions = {}): TopLevelSpec {
  // Terms and splits are shown in the course's language; the records keep their own names.
  const terms = [...new Set(records.map((r) => termName(r.term)))];
  const splits = splitNames();
  const epochs = records.map((r) => r.epoch);
  const firstEpoch = Math.min(...epochs);
  const lastEpoch = Math.max(...epochs);
  const manyEpochs = new Set(epochs).size > 30;
  const axisEnd = Math.max(firstEpoch + 1, lastEpoch);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: options.title !== undefined ? localize(options.title) : t('plot.loss.title'),
    width: options.width ?? 440,
    height: options.height ?? 260,
    config: CHART_CONFIG,
    data: { values: records.map((r) => ({ epoch: r.epoch, split: splits[r.split], term: termName(r.term), value: r.value })) },
    encoding: {
      x: {
        field: 'epoch',
        type: 'quantitative',
        // Whole epochs only; a one-epoch history still gets an axis of width 1.
        scale: { domain: [firstEpoch, axisEnd], nice: false },
        axis: { title: t('plot.loss.epoch'), format: 'd', ...epochTicks(firstEpoch, axisEnd) },
      },
      y: {
        field: 'value',
        type: 'quantitative',
        // A few pixels of padding keep the lowest curve off the axis line.
        scale: options.logScale ? { type: 'log', padding: 6 } : { zero: false, padding: 6 },
        axis: { title: options.yTitle !== undefined ? localize(options.yTitle) : t(options.logScale ? 'plot.loss.axisLog' : 'plot.loss.axis') },
      },
      color: {
        field: 'term',
        type: 'nominal',
        scale: { domain: terms, range: DIGIT_COLORS.slice(0, Math.max(1, Math.min(terms.length, DIGIT_COLORS.length))) },
        legend: { title: t('plot.loss.termLegend'), symbolType: 'stroke', symbolStrokeWidth: 3 },
      },
    },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          strokeDash: {
            field: 'split',
            type: 'nominal',
            scale: { domain: [splits.train, splits.heldOut], range: [[1, 0], [6, 4]] },
            // Grey legend lines: only the dash pattern carries meaning here.
            legend: { title: t('plot.loss.dataLegend'), symbolType: 'stroke', symbolStrokeColor: MUTED_TEXT_COLOR, symbolStrokeWidth: 2, symbolSize: 400 },
          },
          // Sorted by epoch, so records may arrive in any order.
          order: { field: 'epoch', type: 'quantitative' },
        },
      },
      // Dots mark the measured epochs; a separate layer keeps the dash legend drawn as lines.
      ...(manyEpochs ? [] : [{ mark: { type: 'point' as const, size: 20, filled: true, opacity: 1 } }]),
    ],
  };
}

/**
 * Draw loss curves from records `{ epoch, split: 'train' | 'heldOut', term, value }`.
 * Returns SVG (fast enough to redraw after every epoch); pass format 'png' for a bitmap.
 *
 * @example show(await lossCurves(history, { title: 'VAE loss', logScale: true }))
 */
export async function lossCurves(
  records: readonly LossRecord[],
  options: LossCurvesOptions & { format?: 'svg' | 'png'; name?: string } = {},
): Promise<Figure> {
  checkLossRecords(records, options.logScale);
  return renderVegaLite(lossCurvesSpec(records, options), { name: options.name ?? 'loss-curves', format: options.format ?? 'svg' });
}
