/**
 * Histograms of latent values, one small chart per latent dimension, all on the same bins.
 * Optionally with the standard normal curve that a VAE's KL loss pulls every dimension towards.
 */
import * as tf from '@tensorflow/tfjs';
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../engine/display';
import { matrixColumn, MatrixInput, readMatrix, readVector, VectorInput } from './numericInput';
import { renderVegaLite } from './render';
import { CHART_CONFIG, SINGLE_COLOR, TEXT_COLOR } from './theme';
import { localize, t } from '../util/i18n';

/** Values of one latent dimension, with the name shown above its chart. */
export interface HistogramSeries {
  name: string;
  values: ArrayLike<number>;
}

/** One bar: values in [start, end) (the last bar also holds `end`). */
export interface HistogramBin {
  start: number;
  end: number;
  count: number;
}

export interface LatentHistogramSpecOptions {
  title?: string;
  /** Number of equal-width bins (default 30). */
  bins?: number;
  /** Overlay the density of N(0,1), scaled to counts: what a VAE's KL term aims for. */
  normalReference?: boolean;
  /** Size of each small chart in chart units (default 220 x 150). */
  width?: number;
  height?: number;
  /** Charts per row (default 4). */
  columns?: number;
}

export interface LatentHistogramOptions extends LatentHistogramSpecOptions {
  /** Which latent dimensions (columns) to show; default all, up to 16. */
  dims?: readonly number[];
  /** Chart titles; default "z[d]". */
  names?: readonly string[];
  format?: 'svg' | 'png';
  name?: string;
}

/** Count `values` into `bins` equal bins spanning [min, max]. */
export function histogramBins(values: ArrayLike<number>, min: number, max: number, bins: number): HistogramBin[] {
  if (!(Number.isInteger(bins) && bins > 0)) throw new Error(t('histogram.bins', { got: bins }));
  if (!(max > min)) throw new Error(t('histogram.range', { max, min }));
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min || v > max) continue;
    counts[Math.min(bins - 1, Math.floor((v - min) / width))]++;
  }
  return counts.map((count, b) => ({ start: min + b * width, end: min + (b + 1) * width, count }));
}

/** The range every series is binned over: all the data, widened to [-3,3] when the normal curve is shown. */
function sharedRange(series: readonly HistogramSeries[], withNormal: boolean): [number, number] {
  let lo = withNormal ? -3 : Infinity;
  let hi = withNormal ? 3 : -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.values.length; i++) {
      lo = Math.min(lo, s.values[i]);
      hi = Math.max(hi, s.values[i]);
    }
  }
  return hi > lo ? [lo, hi] : [lo - 0.5, hi + 0.5];
}

/** Expected count per bin under N(0,1): n * binWidth * density, sampled finely for a smooth curve. */
function normalCurve(count: number, binWidth: number, lo: number, hi: number): Array<{ x: number; expected: number }> {
  const steps = 120;
  return Array.from({ length: steps + 1 }, (_, k) => {
    const x = lo + ((hi - lo) * k) / steps;
    return { x, expected: (count * binWidth * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI) };
  });
}

/** Build the vega-lite spec: one histogram per series on shared bins (pure: no rendering). */
export function latentHistogramSpec(series: readonly HistogramSeries[], options: LatentHistogramSpecOptions = {}): TopLevelSpec {
  const bins = options.bins ?? 30;
  const [lo, hi] = sharedRange(series, options.normalReference ?? false);
  const binWidth = (hi - lo) / bins;
  const x = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: { domain: [lo, hi], nice: false, zero: false },
    axis: { title: t('plot.histogram.value'), tickCount: 5 },
  });
  const charts = series.map((s) => ({
    title: { text: localize(s.name), fontSize: 13, fontWeight: 'normal' as const, anchor: 'middle' as const, color: TEXT_COLOR },
    width: options.width ?? 220,
    height: options.height ?? 150,
    layer: [
      {
        data: { values: histogramBins(s.values, lo, hi, bins) },
        mark: { type: 'rect' as const, color: SINGLE_COLOR, opacity: 0.85, stroke: 'white', strokeWidth: 0.5 },
        encoding: { x: x('start'), x2: { field: 'end' }, y: { field: 'count', type: 'quantitative' as const, axis: { title: t('plot.histogram.count') } } },
      },
      ...(options.normalReference
        ? [
            {
              data: { values: normalCurve(s.values.length, binWidth, lo, hi) },
              mark: { type: 'line' as const, color: TEXT_COLOR, strokeWidth: 1.5, strokeDash: [4, 3] },
              encoding: { x: x('x'), y: { field: 'expected', type: 'quantitative' as const } },
            },
          ]
        : []),
    ],
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: options.title !== undefined ? localize(options.title) : t('plot.histogram.title'),
      ...(options.normalReference ? { subtitle: t('plot.histogram.normal'), subtitleFontSize: 12 } : {}),
    },
    config: CHART_CONFIG,
    columns: options.columns ?? 4,
    concat: charts,
    resolve: { scale: { y: 'shared' } },
  };
}

/**
 * Histograms of latent values: `values` is a tensor / array [N, D] (one chart per chosen
 * dimension) or a single list [N]. Input tensors are read, not disposed.
 *
 * @example show(await latentHistogram(zMean, { normalReference: true }))
 */
export async function latentHistogram(values: MatrixInput | VectorInput, options: LatentHistogramOptions = {}): Promise<Figure> {
  if (values instanceof tf.Tensor && values.rank > 2) {
    throw new Error(t('histogram.shape', { shape: values.shape.join(',') }));
  }
  const isTable = values instanceof tf.Tensor ? values.rank === 2 && values.shape[1] !== 1 : Array.isArray(values) && typeof values[0] === 'object';
  const columns: Float64Array[] = [];
  if (isTable) {
    const m = readMatrix(values as MatrixInput, 'latentHistogram values');
    const dims = options.dims ?? Array.from({ length: Math.min(m.cols, 16) }, (_, d) => d);
    dims.forEach((d) => {
      if (!Number.isInteger(d) || d < 0 || d >= m.cols) throw new Error(t('histogram.dim', { dim: d, count: m.cols, last: m.cols - 1 }));
      columns.push(matrixColumn(m, d));
    });
    if (columns.length === 0) throw new Error(t('histogram.noDims'));
    if (options.names && options.names.length !== dims.length) {
      throw new Error(t('histogram.names', { names: options.names.length, dims: dims.length }));
    }
    const series = columns.map((v, k) => ({ name: options.names?.[k] ?? `z[${dims[k]}]`, values: v }));
    return render(series, options);
  }
  const v = readVector(values as VectorInput, 'latentHistogram values');
  return render([{ name: options.names?.[0] ?? 'z', values: v }], options);
}

function render(series: HistogramSeries[], options: LatentHistogramOptions): Promise<Figure> {
  return renderVegaLite(latentHistogramSpec(series, options), { name: options.name ?? 'latent-histogram', format: options.format ?? 'svg' });
}
