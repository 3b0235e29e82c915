/**
 * Small drawing tools on node-canvas, shared by the pictures that are made of images (grids,
 * manifold, scatter thumbnails). Images are scaled with nearest-neighbour sampling so that
 * every pixel of a 28x28 digit stays a crisp square instead of a blur.
 */
import { createCanvas, Canvas, CanvasRenderingContext2D } from 'canvas';
import type { Figure } from '../engine/display';
import type { PlotImage } from './imageInput';
import { canvasFont, TEXT_COLOR } from './theme';

/** An axis-aligned rectangle in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A blank white canvas of whole-pixel size. */
export function whiteCanvas(width: number, height: number): { canvas: Canvas; ctx: CanvasRenderingContext2D } {
  const canvas = createCanvas(Math.ceil(width), Math.ceil(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}

/** Paint an image at one canvas pixel per image pixel (grey is repeated into R, G and B). */
export function imageToCanvas(image: PlotImage): Canvas {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  const pixels = ctx.createImageData(image.width, image.height);
  const n = image.width * image.height;
  for (let p = 0; p < n; p++) {
    for (let c = 0; c < 3; c++) {
      const v = image.data[p * image.channels + (image.channels === 3 ? c : 0)];
      pixels.data[p * 4 + c] = Math.round(v * 255);
    }
    pixels.data[p * 4 + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);
  return canvas;
}

/**
 * Draw an image as large as fits in `box` (keeping its aspect ratio), centred, with crisp
 * nearest-neighbour scaling. Returns where it landed.
 */
export function drawImageInBox(ctx: CanvasRenderingContext2D, image: PlotImage, box: Rect): Rect {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  const placed = {
    x: Math.round(box.x + (box.width - width) / 2),
    y: Math.round(box.y + (box.height - height) / 2),
    width,
    height,
  };
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(imageToCanvas(image), placed.x, placed.y, placed.width, placed.height);
  ctx.restore();
  return placed;
}

const measuring = createCanvas(1, 1).getContext('2d');

/** Width in pixels of `text` drawn with a font from `canvasFont`. */
export function textWidth(text: string, font: string): number {
  measuring.font = font;
  return measuring.measureText(text).width;
}

export interface TextStyle {
  size: number;
  weight?: 'normal' | 'bold';
  color?: string;
  align?: 'left' | 'right' | 'center';
  baseline?: 'top' | 'middle' | 'bottom' | 'alphabetic';
  /** Rotate by -90 degrees around (x, y), for vertical axis titles. */
  vertical?: boolean;
}

/** Draw one line of text. */
export function drawText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, style: TextStyle): void {
  ctx.save();
  ctx.font = canvasFont(style.size, style.weight);
  ctx.fillStyle = style.color ?? TEXT_COLOR;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = style.baseline ?? 'alphabetic';
  ctx.translate(x, y);
  if (style.vertical) ctx.rotate(-Math.PI / 2);
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

/** Encode a finished canvas as a PNG figure. */
export function canvasToFigure(canvas: Canvas, name: string): Figure {
  return { kind: 'png', name, png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height };
}
