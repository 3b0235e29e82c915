/// <reference lib="dom" />
/**
 * The latent explorer's code that runs in the page (Jupyter Notebook, VS Code, exported HTML).
 *
 * These functions are copied into the notebook output as their own source text
 * (`Function.prototype.toString`, see explorerFigure.ts), so each of them must stand alone:
 * no imports, no module-level constants, only browser built-ins and the other functions listed
 * in PAGE_FUNCTIONS. The same functions run in Node in the tests, which is how we know that the
 * decoder in the page computes what the TensorFlow.js decoder computes.
 */

/** One dense layer of the decoder as it travels in the page: weights as base64 float16. */
export interface PageDenseLayer {
  inputs: number;
  units: number;
  activation: 'linear' | 'relu' | 'sigmoid' | 'tanh';
  /** Row-major [inputs, units], little-endian IEEE half precision, base64. */
  kernel: string;
  /** [units], same encoding. */
  bias: string;
}

/** Everything the page needs: the decoder, the codes to scatter, and how to draw them. */
export interface ExplorerPayload {
  title: string;
  layers: PageDenseLayer[];
  imageHeight: number;
  imageWidth: number;
  /** x0, y0, x1, y1, ... of the held-out codes. */
  points: number[];
  /** Class index of each point (into classNames). */
  labels: number[];
  classNames: string[];
  colors: string[];
  /** The latent window shown: [xMin, xMax, yMin, yMax]. */
  extent: number[];
  /** Images in the interpolation strip between two pinned points. */
  steps: number;
  /** The words on the page, in the course's language: the hint, and the timing with {ms} in it. */
  hint: string;
  decodedIn: string;
}

/** A decoder layer ready to compute with. */
export interface PageDecoderLayer {
  inputs: number;
  units: number;
  activation: string;
  kernel: Float32Array;
  bias: Float32Array;
}

/** One IEEE 754 half-precision number (its 16 bits) as an ordinary number. */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * Math.pow(2, -24); // subnormal (or zero)
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * Math.pow(2, exponent - 15);
}

/** Base64 of little-endian half-precision numbers -> Float32Array. */
export function unpackHalves(base64: string): Float32Array {
  const bytes = atob(base64);
  const values = new Float32Array(bytes.length / 2);
  for (let i = 0; i < values.length; i++) {
    values[i] = halfToNumber(bytes.charCodeAt(2 * i) | (bytes.charCodeAt(2 * i + 1) << 8));
  }
  return values;
}

/** Unpack every layer's weights once, when the explorer starts. */
export function unpackDecoder(layers: PageDenseLayer[]): PageDecoderLayer[] {
  return layers.map((layer) => ({
    inputs: layer.inputs,
    units: layer.units,
    activation: layer.activation,
    kernel: unpackHalves(layer.kernel),
    bias: unpackHalves(layer.bias),
  }));
}

/** Decode one latent point: dense layer after dense layer, as tf.layers.dense computes them. */
export function decodeLatentPoint(decoder: PageDecoderLayer[], z: ArrayLike<number>): Float32Array {
  let x = Float32Array.from(z);
  for (const layer of decoder) {
    const out = new Float32Array(layer.units);
    out.set(layer.bias);
    // Row by row through the kernel: memory is read in order, and zeros (after a ReLU) are skipped.
    for (let i = 0; i < layer.inputs; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      const row = i * layer.units;
      for (let j = 0; j < layer.units; j++) out[j] += xi * layer.kernel[row + j];
    }
    for (let j = 0; j < layer.units; j++) {
      const v = out[j];
      if (layer.activation === 'relu') out[j] = v > 0 ? v : 0;
      else if (layer.activation === 'sigmoid') out[j] = 1 / (1 + Math.exp(-v));
      else if (layer.activation === 'tanh') out[j] = Math.tanh(v);
    }
    x = out;
  }
  return x;
}

/** Build the explorer inside the element with id `rootId` and make it follow the pointer. */
export function startLatentExplorer(rootId: string, payload: ExplorerPayload): void {
  const root = document.getElementById(rootId);
  if (!root || root.getAttribute('data-started')) return;
  root.setAttribute('data-started', 'yes');
  const decoder = unpackDecoder(payload.layers);
  const [xMin, xMax, yMin, yMax] = payload.extent;
  const H = payload.imageHeight;
  const W = payload.imageWidth;

  // Layout in CSS pixels; canvases are drawn at one device pixel per CSS pixel.
  const plot = { left: 46, top: 36, size: 360 };
  const scatterWidth = plot.left + plot.size + 16;
  const scatterHeight = plot.top + plot.size + 58;
  const zoom = Math.max(1, Math.floor(224 / Math.max(H, W)));
  const stripCell = Math.max(1, Math.floor(56 / Math.max(H, W))) * Math.max(H, W);

  const make = (tag: string, style: string): HTMLElement => {
    const element = document.createElement(tag);
    element.setAttribute('style', style);
    return element;
  };
  const makeCanvas = (width: number, height: number, style: string): HTMLCanvasElement => {
    const canvas = make('canvas', style) as HTMLCanvasElement;
    canvas.width = width;
    canvas.height = height;
    return canvas;
  };
  const font = '13px sans-serif';
  const panel = make('div', 'display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;font:' + font + ';color:#333;text-align:left');
  const scatter = makeCanvas(scatterWidth, scatterHeight, 'cursor:crosshair;touch-action:none');
  scatter.className = 'latent-explorer-plane';
  // Where the latent window lies in the canvas (left, top, side), for anyone who drives the page.
  scatter.setAttribute('data-plot-area', [plot.left, plot.top, plot.size].join(','));
  const side = make('div', 'display:flex;flex-direction:column;gap:6px');
  const digit = makeCanvas(W * zoom, H * zoom, 'border:1px solid #ccc;image-rendering:pixelated');
  digit.className = 'latent-explorer-digit';
  const caption = make('div', 'font-family:monospace');
  caption.className = 'latent-explorer-caption';
  const hint = make('div', 'color:#666;max-width:' + W * zoom + 'px');
  hint.textContent = payload.hint;
  const strip = makeCanvas(payload.steps * stripCell, H * (stripCell / Math.max(H, W)), 'border:1px solid #ccc;image-rendering:pixelated;display:none');
  strip.className = 'latent-explorer-strip';
  side.append(digit, caption, hint);
  panel.append(scatter, side);
  root.append(panel, strip);
  const still = root.querySelector('.latent-explorer-still') as HTMLElement | null;
  if (still) still.style.display = 'none';

  const toPixel = (x: number, y: number): number[] => [
    plot.left + ((x - xMin) / (xMax - xMin)) * plot.size,
    plot.top + ((yMax - y) / (yMax - yMin)) * plot.size,
  ];
  const toLatent = (px: number, py: number): number[] => [
    xMin + ((px - plot.left) / plot.size) * (xMax - xMin),
    yMax - ((py - plot.top) / plot.size) * (yMax - yMin),
  ];

  // The scatter is drawn once into a background canvas; each frame copies it and adds the marks.
  const background = makeCanvas(scatterWidth, scatterHeight, '');
  const bg = background.getContext('2d') as CanvasRenderingContext2D;
  bg.fillStyle = 'white';
  bg.fillRect(0, 0, scatterWidth, scatterHeight);
  bg.font = 'bold 14px sans-serif';
  bg.fillStyle = '#333';
  bg.fillText(payload.title, 4, 16);
  bg.strokeStyle = '#ddd';
  bg.strokeRect(plot.left, plot.top, plot.size, plot.size);
  bg.save();
  bg.beginPath();
  bg.rect(plot.left, plot.top, plot.size, plot.size);
  bg.clip();
  bg.globalAlpha = payload.labels.length > 3000 ? 0.5 : 0.75;
  for (let i = 0; i < payload.labels.length; i++) {
    const [px, py] = toPixel(payload.points[2 * i], payload.points[2 * i + 1]);
    bg.fillStyle = payload.colors[payload.labels[i] % payload.colors.length];
    bg.beginPath();
    bg.arc(px, py, 2.5, 0, 2 * Math.PI);
    bg.fill();
  }
  bg.restore();
  // Axis ticks: five values along each axis.
  bg.font = '11px sans-serif';
  bg.fillStyle = '#666';
  for (let k = 0; k <= 4; k++) {
    const x = xMin + ((xMax - xMin) * k) / 4;
    const y = yMin + ((yMax - yMin) * k) / 4;
    const [px] = toPixel(x, 0);
    const [, py] = toPixel(0, y);
    bg.textAlign = 'center';
    // Two decimals at most, and never "-0".
    bg.fillText(String(Number(x.toFixed(2)) || 0), px, plot.top + plot.size + 14);
    bg.textAlign = 'right';
    bg.fillText(String(Number(y.toFixed(2)) || 0), plot.left - 4, py + 4);
  }
  bg.textAlign = 'center';
  bg.fillText('z[0]', plot.left + plot.size / 2, plot.top + plot.size + 28);
  bg.textAlign = 'left';
  bg.fillText('z[1]', 2, plot.top - 6);
  // Legend: one coloured dot per class, in a row under the plot.
  const legendY = plot.top + plot.size + 50;
  let legendX = plot.left;
  payload.classNames.forEach((name, k) => {
    bg.fillStyle = payload.colors[k % payload.colors.length];
    bg.beginPath();
    bg.arc(legendX, legendY - 4, 4, 0, 2 * Math.PI);
    bg.fill();
    bg.fillStyle = '#333';
    bg.fillText(name, legendX + 6, legendY);
    legendX += bg.measureText(name).width + 20;
  });

  const ctx = scatter.getContext('2d') as CanvasRenderingContext2D;
  const pins: number[][] = [];
  let pointer: number[] | null = null;

  const drawImage = (target: CanvasRenderingContext2D, pixels: Float32Array, x: number, y: number, scale: number) => {
    const tile = makeCanvas(W, H, '');
    const tileCtx = tile.getContext('2d') as CanvasRenderingContext2D;
    const image = tileCtx.createImageData(W, H);
    for (let p = 0; p < W * H; p++) {
      const v = Math.round(Math.min(1, Math.max(0, pixels[p])) * 255);
      image.data[4 * p] = v;
      image.data[4 * p + 1] = v;
      image.data[4 * p + 2] = v;
      image.data[4 * p + 3] = 255;
    }
    tileCtx.putImageData(image, 0, 0);
    target.imageSmoothingEnabled = false;
    target.drawImage(tile, x, y, W * scale, H * scale);
  };

  const redraw = () => {
    ctx.drawImage(background, 0, 0);
    pins.forEach((pin, k) => {
      const [px, py] = toPixel(pin[0], pin[1]);
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(px, py, 6, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.fillStyle = '#000';
      ctx.fillText(String(k + 1), px + 8, py - 6);
    });
    if (pins.length === 2) {
      const [ax, ay] = toPixel(pins[0][0], pins[0][1]);
      const [bx, by] = toPixel(pins[1][0], pins[1][1]);
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (pointer) {
      const [px, py] = toPixel(pointer[0], pointer[1]);
      ctx.strokeStyle = 'rgba(0,0,0,0.5)';
      ctx.lineWidth = 1;
      ctx.strokeRect(px - 5, py - 5, 10, 10);
    }
  };

  const showDigit = (z: number[]) => {
    const started = performance.now();
    const pixels = decodeLatentPoint(decoder, z);
    drawImage(digit.getContext('2d') as CanvasRenderingContext2D, pixels, 0, 0, zoom);
    const ms = performance.now() - started;
    // The exact code drawn, for anyone (or any test) who wants to check the picture.
    digit.setAttribute('data-z', z[0] + ',' + z[1]);
    digit.setAttribute('data-ms', ms.toFixed(2));
    caption.textContent = 'z = (' + z[0].toFixed(2) + ', ' + z[1].toFixed(2) + ')   ' + payload.decodedIn.replace('{ms}', ms.toFixed(1));
  };

  const showStrip = () => {
    const stripCtx = strip.getContext('2d') as CanvasRenderingContext2D;
    const scale = stripCell / Math.max(H, W);
    for (let s = 0; s < payload.steps; s++) {
      const t = s / (payload.steps - 1);
      const z = [pins[0][0] + t * (pins[1][0] - pins[0][0]), pins[0][1] + t * (pins[1][1] - pins[0][1])];
      drawImage(stripCtx, decodeLatentPoint(decoder, z), s * stripCell, 0, scale);
    }
    strip.style.display = 'block';
  };

  const eventToLatent = (event: MouseEvent): number[] | null => {
    const box = scatter.getBoundingClientRect();
    const px = ((event.clientX - box.left) * scatter.width) / box.width;
    const py = ((event.clientY - box.top) * scatter.height) / box.height;
    if (px < plot.left || px > plot.left + plot.size || py < plot.top || py > plot.top + plot.size) return null;
    return toLatent(px, py);
  };

  scatter.addEventListener('pointermove', (event) => {
    const z = eventToLatent(event);
    if (!z) return;
    pointer = z;
    showDigit(z);
    redraw();
  });
  scatter.addEventListener('click', (event) => {
    const z = eventToLatent(event);
    if (!z) return;
    if (pins.length === 2) pins.length = 0; // a third click starts a new pair
    pins.push(z);
    if (pins.length === 2) showStrip();
    else strip.style.display = 'none';
    redraw();
  });

  // Start with the centre of the window decoded, so the panel is never empty.
  const centre = [(xMin + xMax) / 2, (yMin + yMax) / 2];
  showDigit(centre);
  redraw();
}

/** Every function the page needs, in the order they are written into it. */
export const PAGE_FUNCTIONS = [halfToNumber, unpackHalves, unpackDecoder, decodeLatentPoint, startLatentExplorer];
