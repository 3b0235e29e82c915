/**
 * Latent vectors drawn as small grey pictures: a 128-value code becomes an 8x16 tile. The
 * values are not pixels, so they are min-max normalised to [0,1] first; the tiles only show
 * which entries are large (light) or small (dark).
 */
import type { Figure } from '../engine/display';
import { CellSize, imageGrid } from './imageGrid';
import { MatrixInput, readMatrix } from './numericInput';
import { t } from '../util/i18n';

export interface LatentCodesOptions {
  /** Label left of the row (default "latent codes"). */
  label?: string;
  title?: string;
  /**
   * 'all' (default): one min/max over every code, so tiles can be compared with each other.
   * 'each': every code stretched to its own min/max, for the most contrast within a code.
   */
  normalise?: 'all' | 'each';
  /** Codes per row of the picture (default 10). */
  perRow?: number;
  cellSize?: CellSize;
  name?: string;
}

/** The most square [rows, columns] with rows * columns = length (rows <= columns), e.g. 128 -> [8, 16]. */
export function nearSquareShape(length: number): [number, number] {
  if (!(Number.isInteger(length) && length > 0)) throw new Error(t('latentCodes.length', { got: length }));
  let rows = Math.floor(Math.sqrt(length));
  while (length % rows !== 0) rows--;
  return [rows, length / rows];
}

/** Map `lo` to 0 and `hi` to 1 (everything to 0.5 when there is no spread). */
function minMaxNormalise(values: Float64Array, lo: number, hi: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = hi > lo ? (values[i] - lo) / (hi - lo) : 0.5;
  return out;
}

function range(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  return [lo, hi];
}

/** Turn latent codes [N, D] into N flat grey images with values in [0,1]. */
export function codesToImages(codes: MatrixInput, normalise: 'all' | 'each' = 'all'): Float32Array[] {
  const m = readMatrix(codes, t('plot.codes.label'));
  const [lo, hi] = range(m.values);
  return Array.from({ length: m.rows }, (_, r) => {
    const code = m.values.subarray(r * m.cols, (r + 1) * m.cols);
    const [clo, chi] = normalise === 'each' ? range(code) : [lo, hi];
    return minMaxNormalise(code, clo, chi);
  });
}

/**
 * Draw latent codes (a tensor [N, D] or N arrays of D numbers) as small grey tiles, D values
 * reshaped to the most square rectangle. The input tensor is read, not disposed.
 *
 * @example show(latentCodesGrid(encoder.predict(x) as tf.Tensor2D, { title: '128-value codes' }))
 */
export function latentCodesGrid(codes: MatrixInput, options: LatentCodesOptions = {}): Figure {
  const normalise = options.normalise ?? 'all';
  if (normalise !== 'all' && normalise !== 'each') throw new Error(t('latentCodes.normalise', { got: String(normalise) }));
  const perRow = options.perRow ?? 10;
  if (!(Number.isInteger(perRow) && perRow > 0)) throw new Error(t('latentCodes.perRow', { got: perRow }));
  const images = codesToImages(codes, normalise);
  const shape = nearSquareShape(images[0].length);
  const label = options.label ?? t('plot.codes.label');
  const rows = [];
  for (let start = 0; start < images.length; start += perRow) {
    // Only the first row carries the label; the rest continue it.
    rows.push({ label: start === 0 ? label : '', images: images.slice(start, start + perRow), shape });
  }
  return imageGrid(rows, { title: options.title, cellSize: options.cellSize, name: options.name ?? 'latent-codes' });
}
