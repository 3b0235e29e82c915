/**
 * Rows of images with a label on the left of each row: originals / noisy / reconstructed,
 * low-res / upscaled, and so on. Rows may hold different image sizes (14x14 next to 28x28):
 * every image is scaled into the same cell so the rows line up.
 */
import type { Figure } from '../engine/display';
import { canvasToFigure, drawImageInBox, drawText, Rect, textWidth, whiteCanvas } from './canvasDrawing';
import { ImagesInput, PlotImage, readImages } from './imageInput';
import { canvasFont } from './theme';
import { localize, t } from '../util/i18n';

/** One row of the grid. */
export interface ImageGridRow {
  /** Shown left of the row, e.g. "noisy". May be empty. */
  label: string;
  /** The images: a tensor [N,H,W,C] / [N,H,W] / [N,H*W*C], or one flat array per image. */
  images: ImagesInput;
  /** Shape [H,W] or [H,W,C] of one image, for flat input that is not a square grey/RGB image. */
  shape?: readonly number[];
  /** Clamp this row's values into [0,1] instead of rejecting out-of-range values. */
  clip?: boolean;
}

/** Size of the cell every image is fitted into, in pixels: a number for a square cell. */
export type CellSize = number | { width: number; height: number };

export interface ImageGridOptions {
  title?: string;
  /** Cell every image is fitted into, in pixels. Default: the largest image scaled by a whole factor to at least 56 px. */
  cellSize?: CellSize;
  /** Space between cells and between rows, in pixels (default 4). */
  gap?: number;
  /** Size of the row labels in pixels (default 22). */
  fontSize?: number;
  /** Clamp every row's values into [0,1] instead of rejecting out-of-range values. */
  clip?: boolean;
  /** Name of the figure (used for the file name outside a notebook). */
  name?: string;
}

/** Where everything goes, in canvas pixels. Pure geometry, so tests can find each image. */
export interface ImageGridLayout {
  width: number;
  height: number;
  /** `cells[row][column]`: the cell an image is fitted into. */
  cells: Rect[][];
  /** Right end, vertical middle of each row label. */
  labelAnchors: Array<{ x: number; y: number }>;
  titleAnchor?: { x: number; y: number };
}

const MARGIN = 12;
const DEFAULT_GAP = 4;
const DEFAULT_FONT_SIZE = 22;
const MIN_DEFAULT_CELL = 56;

/** Title text is a bit larger than the labels. */
function titleSize(fontSize: number): number {
  return Math.round(fontSize * 1.2);
}

/** Compute the grid geometry for rows with the given labels and image counts. */
export function imageGridLayout(
  rows: ReadonlyArray<{ label: string; count: number }>,
  options: { cellSize: CellSize; gap?: number; fontSize?: number; title?: string },
): ImageGridLayout {
  const gap = options.gap ?? DEFAULT_GAP;
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const cell = checkCellSize(options.cellSize);
  const labelWidths = rows.map((r) => (r.label ? textWidth(r.label, canvasFont(fontSize)) : 0));
  const labelColumn = Math.max(...labelWidths) > 0 ? Math.ceil(Math.max(...labelWidths)) + 16 : 0;
  const top = MARGIN + (options.title ? Math.ceil(titleSize(fontSize) * 1.7) : 0);
  const left = MARGIN + labelColumn;
  const columns = Math.max(...rows.map((r) => r.count));
  const cells = rows.map((row, r) =>
    Array.from({ length: row.count }, (_, c) => ({
      x: left + c * (cell.width + gap),
      y: top + r * (cell.height + gap),
      width: cell.width,
      height: cell.height,
    })),
  );
  const gridRight = left + columns * cell.width + (columns - 1) * gap + MARGIN;
  // A title wider than the images widens the picture rather than being cut off.
  const titleRight = options.title ? MARGIN + Math.ceil(textWidth(options.title, canvasFont(titleSize(fontSize), 'bold'))) + MARGIN : 0;
  return {
    width: Math.max(gridRight, titleRight),
    height: top + rows.length * cell.height + (rows.length - 1) * gap + MARGIN,
    cells,
    labelAnchors: rows.map((_, r) => ({ x: left - 16, y: top + r * (cell.height + gap) + cell.height / 2 })),
    titleAnchor: options.title ? { x: MARGIN, y: MARGIN } : undefined,
  };
}

function checkCellSize(size: CellSize): { width: number; height: number } {
  const cell = typeof size === 'number' ? { width: size, height: size } : size;
  const ok = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  if (!cell || !ok(cell.width) || !ok(cell.height)) {
    throw new Error(t('imageGrid.cellSize', { got: JSON.stringify(size) }));
  }
  return cell;
}

/**
 * The default cell: the largest height and width among the images, times the smallest whole
 * factor that makes the longer side at least 56 px. Whole factors keep the pixels square and
 * even; 14x14 images in a 56 px cell are simply scaled 4x.
 */
export function defaultCellSize(images: readonly PlotImage[]): { width: number; height: number } {
  const height = Math.max(...images.map((im) => im.height));
  const width = Math.max(...images.map((im) => im.width));
  const factor = Math.ceil(MIN_DEFAULT_CELL / Math.max(height, width));
  return { width: width * factor, height: height * factor };
}

/**
 * Draw rows of images, each with its label on the left. Values must be in [0,1]; grey (C=1)
 * and RGB (C=3) images are both fine. The input tensors are read, not disposed.
 *
 * @example show(imageGrid([{ label: 'original', images: x }, { label: 'reconstructed', images: y }], { title: 'Autoencoder' }))
 */
export function imageGrid(rows: readonly ImageGridRow[], givenOptions: ImageGridOptions = {}): Figure {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new Error(t('imageGrid.noRows'));
  }
  // Labels and title are drawn in the course's language.
  const options = givenOptions.title !== undefined ? { ...givenOptions, title: localize(givenOptions.title) } : givenOptions;
  const read = rows.map((row, r) => {
    if (typeof row?.label !== 'string') throw new Error(t('imageGrid.noLabel', { row: r }));
    const what = t('imageGrid.rowWhat', { row: r, label: row.label });
    if (row.images == null) throw new Error(t('imageGrid.noImages', { what }));
    return readImages(row.images, what, { shape: row.shape, clip: row.clip ?? options.clip });
  });
  const cellSize = options.cellSize ?? defaultCellSize(read.flat());
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const layout = imageGridLayout(
    rows.map((row, r) => ({ label: localize(row.label), count: read[r].length })),
    { cellSize, gap: options.gap, fontSize, title: options.title },
  );
  const { canvas, ctx } = whiteCanvas(layout.width, layout.height);
  if (options.title && layout.titleAnchor) {
    drawText(ctx, options.title, layout.titleAnchor.x, layout.titleAnchor.y, { size: titleSize(fontSize), weight: 'bold', baseline: 'top' });
  }
  read.forEach((images, r) => {
    const anchor = layout.labelAnchors[r];
    drawText(ctx, localize(rows[r].label), anchor.x, anchor.y, { size: fontSize, align: 'right', baseline: 'middle' });
    images.forEach((image, c) => drawImageInBox(ctx, image, layout.cells[r][c]));
  });
  return canvasToFigure(canvas, options.name ?? 'image-grid');
}
