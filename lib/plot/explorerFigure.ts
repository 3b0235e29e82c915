/**
 * The latent explorer as one notebook output: an HTML fragment whose script draws the 2-D
 * latent plane and decodes the point under the pointer, with a still picture in it for viewers
 * that run no scripts (GitHub, an untrusted notebook).
 *
 * How each viewer treats it: classic Notebook runs the script of an output produced in this
 * session, or of a notebook it trusts; an untrusted notebook is sanitised, which removes the
 * script and keeps the still image (its sanitiser does not filter an <img> src). VS Code runs
 * scripts in HTML outputs. nbconvert's HTML export copies the fragment as it is.
 */
import { Image } from 'canvas';
import type { Figure, HtmlFigure } from '../engine/display';
import { ExplorerPayload, PAGE_FUNCTIONS, PageDenseLayer } from './explorerPage';
import { whiteCanvas } from './canvasDrawing';
import { t } from '../util/i18n';

export interface ExplorerFigureInput {
  title: string;
  decoder: PageDenseLayer[];
  imageHeight: number;
  imageWidth: number;
  /** x0, y0, x1, y1, ... */
  points: ArrayLike<number>;
  /** Class index of each point. */
  labels: ArrayLike<number>;
  classNames: readonly string[];
  colors: readonly string[];
  /** [xMin, xMax, yMin, yMax] */
  extent: readonly number[];
  steps: number;
  /** The picture shown where scripts do not run. */
  still: Figure & { kind: 'png' };
  name: string;
}

/** JSON that is safe inside a <script> element (no "</script>" can close it early). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's script: the explorer's functions by their source text, then one call. */
export function explorerScript(rootId: string, payload: ExplorerPayload): string {
  const functions = PAGE_FUNCTIONS.map((f) => f.toString()).join('\n');
  return `(function () {\n${functions}\nstartLatentExplorer(${scriptJson(rootId)}, ${scriptJson(payload)});\n})();`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Put PNG figures next to each other on one white canvas (for the still picture), all scaled by
 * `scale` (0.5 turns the charts' retina-scale PNGs back into their chart size, a quarter of the bytes).
 */
export function sideBySide(figures: Array<Figure & { kind: 'png' }>, name: string, scale = 1, gap = 16): Figure & { kind: 'png' } {
  const width = figures.reduce((sum, f) => sum + Math.round(f.width * scale), 0) + gap * (figures.length - 1);
  const height = Math.max(...figures.map((f) => Math.round(f.height * scale)));
  const { canvas, ctx } = whiteCanvas(width, height);
  let x = 0;
  for (const figure of figures) {
    const image = new Image();
    image.src = figure.png;
    ctx.drawImage(image, x, 0, Math.round(figure.width * scale), Math.round(figure.height * scale));
    x += Math.round(figure.width * scale) + gap;
  }
  return { kind: 'png', name, png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height };
}

/** Build the explorer's output: HTML with the script and the still picture, plus that picture alone. */
export function explorerFigure(input: ExplorerFigureInput): HtmlFigure {
  const count = input.labels.length;
  // internal: latentExplorer passes one label per point; a mismatch is a bug in the library
  if (input.points.length !== 2 * count) throw new Error(`explorerFigure: ${input.points.length / 2} points but ${count} labels.`);
  const payload: ExplorerPayload = {
    title: input.title,
    layers: input.decoder,
    imageHeight: input.imageHeight,
    imageWidth: input.imageWidth,
    // Four decimals place a dot to well under a pixel and keep the output small.
    points: Array.from(input.points, (v) => Math.round(v * 1e4) / 1e4),
    labels: Array.from(input.labels),
    classNames: [...input.classNames],
    colors: [...input.colors],
    extent: [...input.extent],
    steps: input.steps,
    hint: t('explorer.hint'),
    decodedIn: t('explorer.decodedIn', { ms: '{ms}' }),
  };
  const rootId = `latent-explorer-${Math.random().toString(36).slice(2, 10)}`;
  const stillWidth = Math.round(input.still.width);
  const html =
    `<div id="${rootId}" class="latent-explorer" style="text-align:left">\n` +
    `<img class="latent-explorer-still" alt="${escapeAttribute(t('explorer.alt', { title: input.title }))}" ` +
    `style="max-width:100%" width="${stillWidth}" src="data:image/png;base64,${input.still.png.toString('base64')}">\n` +
    `<script>\n${explorerScript(rootId, payload)}\n</script>\n</div>`;
  return { kind: 'html', name: input.name, html, still: input.still, width: input.still.width, height: input.still.height };
}
