/**
 * The decoded latent space: images decoded from a lattice of 2-D latent points, tiled edge to
 * edge with the lattice coordinates written on the axes, so a learner can read off where each
 * digit lives. As in a usual plot, the first coordinate grows to the right and the second upwards.
 */
import type { Figure } from '../engine/display';
import { canvasToFigure, drawImageInBox, drawText, Rect, textWidth, whiteCanvas } from './canvasDrawing';
import { ImagesInput, readImages } from './imageInput';
import { readVector, VectorInput } from './numericInput';
import { canvasFont, MUTED_TEXT_COLOR, TEXT_COLOR } from './theme';
import { localize, t } from '../util/i18n';

/** The lattice values along each axis; one list means the same values on both axes. */
export type Lattice = { xs: VectorInput; ys: VectorInput } | VectorInput;

export interface ManifoldGridOptions {
  title?: string;
  /** Axis titles (default "z[0]" and "z[1]"). */
  xTitle?: string;
  yTitle?: string;
  /** Side of one image cell in pixels. Default: a whole multiple of the image side that keeps the grid under about 900 px. */
  cellSize?: number;
  /** Size of the tick labels in pixels (default 20). */
  fontSize?: number;
  /** Shape [H,W] or [H,W,C] of one image, for flat input that is not a square image. */
  shape?: readonly number[];
  clip?: boolean;
  name?: string;
}

/** Geometry of the manifold picture in canvas pixels. */
export interface ManifoldGridLayout {
  width: number;
  height: number;
  /** The block of images. */
  grid: Rect;
  /** `cells[rowFromTop][column]`. */
  cells: Rect[][];
}

const MARGIN = 12;
const TICK = 6;

/** A short label for a lattice value: 3 significant digits, and rounding noise like 1e-17 shown as 0. */
export function formatTick(value: number, scale = 1): string {
  if (Math.abs(value) < 1e-9 * Math.max(1, scale)) return '0';
  // A typographic minus, as on the vega charts.
  return String(Number(value.toPrecision(3))).replace('-', '\u2212');
}

/** Compute the picture's geometry for `columns` x `rows` cells and the given tick labels. */
export function manifoldGridLayout(
  columns: number,
  rows: number,
  options: { cellSize: number; fontSize?: number; title?: string; yLabels: readonly string[] },
): ManifoldGridLayout {
  const fontSize = options.fontSize ?? 20;
  const { cellSize } = options;
  const yLabelWidth = Math.ceil(Math.max(...options.yLabels.map((l) => textWidth(l, canvasFont(fontSize)))));
  const top = MARGIN + (options.title ? Math.ceil(fontSize * 1.2 * 1.7) : Math.ceil(fontSize / 2));
  // Left of the grid: vertical axis title, tick labels, ticks.
  const left = MARGIN + Math.ceil(fontSize * 1.4) + yLabelWidth + TICK + 6;
  const grid = { x: left, y: top, width: columns * cellSize, height: rows * cellSize };
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => ({ x: left + c * cellSize, y: top + r * cellSize, width: cellSize, height: cellSize })),
  );
  // Below the grid: ticks, tick labels, horizontal axis title.
  const bottom = TICK + 6 + Math.ceil(fontSize * 1.3) + Math.ceil(fontSize * 1.6);
  return { width: left + grid.width + MARGIN + fontSize, height: top + grid.height + bottom + MARGIN, grid, cells };
}

function readAxis(values: VectorInput, what: string): Float64Array {
  const v = readVector(values, what);
  const increasing = v.every((x, i) => i === 0 || x > v[i - 1]);
  const decreasing = v.every((x, i) => i === 0 || x < v[i - 1]);
  if (!increasing && !decreasing) throw new Error(t('manifoldGrid.axisOrder', { what, values: Array.from(v).join(', ') }));
  return v;
}

/** Show every `step`-th label so neighbours never overlap. */
function labelStep(spacePerLabel: number, cellSize: number): number {
  return Math.max(1, Math.ceil(spacePerLabel / cellSize));
}

/**
 * Draw images decoded over a lattice of the 2-D latent space. `images[i * xs.length + j]` must be
 * the image decoded from the latent point (xs[j], ys[i]) — the order of two nested loops
 * `for (y of ys) for (x of xs)`. Larger ys are drawn higher up, larger xs further right.
 * The input tensor is read, not disposed.
 *
 * @example show(manifoldGrid(decoded, { xs: grid, ys: grid }, { title: 'VAE latent space' }))
 */
export function manifoldGrid(images: ImagesInput, lattice: Lattice, options: ManifoldGridOptions = {}): Figure {
  const isPair = typeof lattice === 'object' && lattice !== null && 'xs' in lattice && 'ys' in lattice;
  const xs = readAxis(isPair ? lattice.xs : (lattice as VectorInput), 'manifoldGrid: lattice xs');
  const ys = readAxis(isPair ? lattice.ys : (lattice as VectorInput), 'manifoldGrid: lattice ys');
  const read = readImages(images, 'manifoldGrid images', { shape: options.shape, clip: options.clip });
  if (read.length !== xs.length * ys.length) {
    throw new Error(t('manifoldGrid.count', { columns: xs.length, rows: ys.length, count: xs.length * ys.length, got: read.length }));
  }
  const side = Math.max(read[0].height, read[0].width);
  const cellSize = options.cellSize ?? side * Math.max(1, Math.floor(Math.min(2 * side, 900 / Math.max(xs.length, ys.length)) / side));
  if (!(Number.isInteger(cellSize) && cellSize > 0)) throw new Error(t('manifoldGrid.cellSize', { got: cellSize }));
  const fontSize = options.fontSize ?? 20;
  const scale = Math.max(...Array.from(xs, Math.abs), ...Array.from(ys, Math.abs));
  const xLabels = Array.from(xs, (v) => formatTick(v, scale));
  const yLabels = Array.from(ys, (v) => formatTick(v, scale));
  const title = options.title !== undefined ? localize(options.title) : undefined;
  const layout = manifoldGridLayout(xs.length, ys.length, { cellSize, fontSize, title, yLabels });
  const { canvas, ctx } = whiteCanvas(layout.width, layout.height);
  const { grid } = layout;

  // Screen position of lattice index j (column) and i (row from the top).
  const xIncreasing = xs.length < 2 || xs[1] > xs[0];
  const yIncreasing = ys.length < 2 || ys[1] > ys[0];
  const column = (j: number) => (xIncreasing ? j : xs.length - 1 - j);
  const rowFromTop = (i: number) => (yIncreasing ? ys.length - 1 - i : i);
  read.forEach((image, k) => {
    const i = Math.floor(k / xs.length);
    const j = k % xs.length;
    drawImageInBox(ctx, image, layout.cells[rowFromTop(i)][column(j)]);
  });
  ctx.strokeStyle = '#888888';
  ctx.lineWidth = 1;
  ctx.strokeRect(grid.x - 0.5, grid.y - 0.5, grid.width + 1, grid.height + 1);

  const tickFont = canvasFont(fontSize);
  const xStep = labelStep(Math.max(...xLabels.map((l) => textWidth(l, tickFont))) + fontSize / 2, cellSize);
  const yStep = labelStep(fontSize * 1.3, cellSize);
  ctx.beginPath();
  for (let j = 0; j < xs.length; j += xStep) {
    const cx = grid.x + (column(j) + 0.5) * cellSize;
    ctx.moveTo(cx, grid.y + grid.height);
    ctx.lineTo(cx, grid.y + grid.height + TICK);
    drawText(ctx, xLabels[j], cx, grid.y + grid.height + TICK + 4, { size: fontSize, align: 'center', baseline: 'top', color: MUTED_TEXT_COLOR });
  }
  for (let i = 0; i < ys.length; i += yStep) {
    const cy = grid.y + (rowFromTop(i) + 0.5) * cellSize;
    ctx.moveTo(grid.x, cy);
    ctx.lineTo(grid.x - TICK, cy);
    drawText(ctx, yLabels[i], grid.x - TICK - 4, cy, { size: fontSize, align: 'right', baseline: 'middle', color: MUTED_TEXT_COLOR });
  }
  ctx.stroke();

  const titleSize = Math.round(fontSize * 1.1);
  drawText(ctx, options.xTitle ?? 'z[0]', grid.x + grid.width / 2, layout.height - MARGIN, { size: titleSize, align: 'center', baseline: 'bottom', color: TEXT_COLOR });
  drawText(ctx, options.yTitle ?? 'z[1]', MARGIN, grid.y + grid.height / 2, { size: titleSize, align: 'center', baseline: 'top', vertical: true });
  if (title) drawText(ctx, title, MARGIN, MARGIN, { size: Math.round(fontSize * 1.2), weight: 'bold', baseline: 'top' });
  return canvasToFigure(canvas, options.name ?? 'latent-manifold');
}
