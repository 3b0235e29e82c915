/**
 * Turning a vega-lite spec into a picture, with no browser and no network:
 * vega-lite compiles the spec to a vega spec, vega lays it out in a headless View and draws it
 * as SVG text or onto a node-canvas canvas for PNG.
 */
import type { Canvas, CanvasRenderingContext2D } from 'canvas';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../engine/display';
import { PNG_SCALE } from './theme';

export interface RenderOptions {
  /** Name of the figure (used for the file name outside a notebook). */
  name: string;
  /** 'svg' for small charts (sharp at any size), 'png' for charts with many marks. */
  format: 'svg' | 'png';
  /** Device pixels per chart unit for PNG (default 2). */
  scale?: number;
  /**
   * Draw extra things on the PNG after vega has drawn the chart. `toPixel` maps data
   * coordinates (of the x and y scales) to canvas pixels.
   */
  overlay?: (ctx: CanvasRenderingContext2D, toPixel: (x: number, y: number) => [number, number], scale: number) => void;
}

/**
 * A loader that refuses every request and remembers what was asked for. All chart data is
 * inline, so any attempt to load a URL is a mistake; vega only logs failed loads, so the
 * caller checks `refused` afterwards and fails loudly instead of drawing an empty chart.
 */
function offlineLoader(): { loader: vega.Loader; refused: string[] } {
  const refused: string[] = [];
  const refuse = (uri: string) => {
    refused.push(uri);
    return Promise.reject(new Error(`charts are drawn offline; refusing to load ${uri}`)); // internal: only vega's log sees it
  };
  return { loader: { load: refuse, sanitize: refuse, http: refuse, file: refuse }, refused };
}

/** The logger interface vega and vega-lite accept (from vega-util). */
type Logger = NonNullable<NonNullable<ConstructorParameters<typeof vega.View>[1]>['logger']>;

/**
 * A logger that keeps messages instead of printing them in the middle of a notebook, so that
 * warnings can be tested and errors turned into exceptions.
 */
function collectingLogger(): { logger: Logger; warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  let level = vega.Warn;
  const text = (args: readonly unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...args: unknown[]) => (errors.push(text(args)), logger),
    warn: (...args: unknown[]) => (warnings.push(text(args)), logger),
    info: () => logger,
    debug: () => logger,
  };
  return { logger: logger as unknown as Logger, warnings, errors };
}

/** A vega spec, with the warnings vega-lite produced while compiling it. */
export interface CompileResult {
  spec: vega.Spec;
  warnings: string[];
}

/** Compile a vega-lite spec to a vega spec, returning the warnings vega-lite produced. */
export function compileSpec(spec: TopLevelSpec): CompileResult {
  const { logger, warnings, errors } = collectingLogger();
  const compiled = vl.compile(spec, { logger });
  // internal: the library builds every chart's spec, so a spec that does not compile is its own bug
  if (errors.length > 0) throw new Error(`vega-lite could not compile the chart: ${errors.join('; ')}`);
  return { spec: compiled.spec as vega.Spec, warnings };
}

/** Render a vega-lite spec to an SVG or PNG `Figure`. */
export async function renderVegaLite(spec: TopLevelSpec, options: RenderOptions): Promise<Figure> {
  // internal: the library's own charts ask for overlays only on PNG output
  if (options.overlay && options.format !== 'png') throw new Error('renderVegaLite: an overlay can only be drawn on PNG output.');
  const { spec: vegaSpec } = compileSpec(spec);
  const { loader, refused } = offlineLoader();
  const { logger, errors } = collectingLogger();
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', loader, logger });
  try {
    await view.runAsync();
    // vega reports failures through the logger and carries on; a half-drawn chart would mislead.
    // internal: the library's specs carry their data inline and draw; these catch its own bugs.
    if (refused.length > 0) throw new Error(`renderVegaLite: charts are drawn offline, but the spec asks to load ${refused.join(', ')}; put the data inline (data: { values }).`);
    if (errors.length > 0) throw new Error(`vega could not draw the chart: ${errors.join('; ')}`); // internal
    if (options.format === 'svg') {
      const svg = await view.toSVG();
      const [width, height] = svgSize(svg);
      return { kind: 'svg', name: options.name, svg, width, height };
    }
    const scale = options.scale ?? PNG_SCALE;
    // In Node, vega draws on node-canvas; the typings describe the browser's canvas.
    const canvas = (await view.toCanvas(scale)) as unknown as Canvas;
    if (options.overlay) {
      const ctx = canvas.getContext('2d');
      const padding = view.padding() as { left: number; top: number };
      const [ox, oy] = view.origin();
      const xScale = view.scale('x');
      const yScale = view.scale('y');
      const toPixel = (x: number, y: number): [number, number] => [
        (padding.left + ox + xScale(x)) * scale,
        (padding.top + oy + yScale(y)) * scale,
      ];
      // vega leaves its own scale and translation on the context; draw in plain canvas pixels.
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      options.overlay(ctx, toPixel, scale);
      ctx.restore();
    }
    // zlib level 3 instead of 6: a third faster to encode a big chart, for about 2% more bytes.
    const png = canvas.toBuffer('image/png', { compressionLevel: 3 });
    return { kind: 'png', name: options.name, png, width: canvas.width, height: canvas.height };
  } finally {
    view.finalize();
  }
}

/** The width and height attributes of vega's root <svg> element. */
function svgSize(svg: string): [number, number] {
  const head = svg.slice(0, svg.indexOf('>'));
  const width = Number(/\swidth="([\d.]+)"/.exec(head)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(head)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('renderVegaLite: vega produced an SVG without a size.'); // internal
  return [width, height];
}
