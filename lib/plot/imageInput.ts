/**
 * Reading batches of images for drawing. Accepts a tensor [N,H,W,C], [N,H,W] or [N,H*W*C], or
 * one flat array per image. Flat images need a shape; when none is given it is inferred:
 * a square number of values is a grey square image, three times a square is an RGB one.
 */
import * as tf from '@tensorflow/tfjs';
import { readTensor, shapeText } from './numericInput';

/** A batch of images: a tensor, or one flat (row-major, channels last) array per image. */
export type ImagesInput = tf.Tensor | ReadonlyArray<ArrayLike<number>>;

/** One image ready to draw: values in [0, 1], row-major, channels last. */
export interface PlotImage {
  height: number;
  width: number;
  channels: 1 | 3;
  data: Float32Array;
}

export interface ReadImagesOptions {
  /** Shape of one image, [H, W] or [H, W, C], for flat input. Inferred for square images. */
  shape?: readonly number[];
  /** Clamp values into [0, 1] instead of rejecting them (e.g. bicubic upscaling overshoots). */
  clip?: boolean;
}

type ImageShape = { height: number; width: number; channels: 1 | 3 };

function checkShape(shape: readonly number[], what: string): ImageShape {
  const [height, width, channels = 1] = shape;
  const ok =
    (shape.length === 2 || shape.length === 3) &&
    shape.every((d) => Number.isInteger(d) && d > 0) &&
    (channels === 1 || channels === 3);
  if (!ok) throw new Error(`${what}: image shape must be [H,W], [H,W,1] or [H,W,3], got ${shapeText(shape)}.`);
  return { height, width, channels: channels as 1 | 3 };
}

/** Guess [H,W,C] for a flat image of `size` values: square grey, or square RGB. */
export function inferImageShape(size: number, what: string): ImageShape {
  const greySide = Math.round(Math.sqrt(size));
  if (greySide * greySide === size) return { height: greySide, width: greySide, channels: 1 };
  const rgbSide = Math.round(Math.sqrt(size / 3));
  if (3 * rgbSide * rgbSide === size) return { height: rgbSide, width: rgbSide, channels: 3 };
  throw new Error(
    `${what}: cannot tell the image shape of ${size} values (not a square grey or RGB image); pass shape: [H, W] or [H, W, C].`,
  );
}

function shapeFromTensor(shape: number[], what: string, given?: readonly number[]): ImageShape {
  if (shape.length === 3 && (shape[2] === 1 || shape[2] === 3)) {
    // [28,28,1] is far more likely one image than 28 images one pixel wide.
    throw new Error(
      `${what}: a tensor ${shapeText(shape)} looks like a single image; pass a batch [1,${shape.join(',')}] (x.expandDims(0)) or [N,H,W] for grey images.`,
    );
  }
  if (shape.length === 4 || shape.length === 3) {
    const own = checkShape(shape.slice(1), `${what} (tensor ${shapeText(shape)}, expected [N,H,W,C] with C = 1 or 3)`);
    if (given) {
      const g = checkShape(given, what);
      if (g.height !== own.height || g.width !== own.width || g.channels !== own.channels) {
        throw new Error(`${what}: shape option ${shapeText(given)} does not match the tensor's images ${shapeText(shape.slice(1))}.`);
      }
    }
    return own;
  }
  if (shape.length === 2) {
    if (!given) return inferImageShape(shape[1], what);
    const s = checkShape(given, what);
    if (s.height * s.width * s.channels !== shape[1]) {
      throw new Error(`${what}: shape option ${shapeText(given)} needs ${s.height * s.width * s.channels} values per image, the tensor ${shapeText(shape)} has ${shape[1]}.`);
    }
    return s;
  }
  throw new Error(`${what} must be a tensor [N,H,W,C], [N,H,W] or [N,H*W], got shape ${shapeText(shape)}.`);
}

/**
 * Check that every value is a number in [0, 1] (or clamp it when `clip` is set); the first bad
 * value is reported with its image index and pixel position so the learner can find it.
 */
function checkRange(data: Float32Array, index: number, s: ImageShape, what: string, clip: boolean): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (Number.isNaN(v)) throw new Error(`${what}: image ${index} contains NaN at ${pixelText(i, s)}.`);
    if (v >= 0 && v <= 1) continue;
    if (clip) {
      data[i] = v < 0 ? 0 : 1;
      continue;
    }
    throw new Error(
      `${what}: values must be in [0,1], image ${index} has ${v} at ${pixelText(i, s)}. ` +
        'Clip them first (tf.clipByValue(x, 0, 1)) or pass clip: true.',
    );
  }
}

function pixelText(i: number, s: ImageShape): string {
  const c = i % s.channels;
  const x = Math.floor(i / s.channels) % s.width;
  const y = Math.floor(i / (s.channels * s.width));
  return `(y=${y}, x=${x}${s.channels > 1 ? `, c=${c}` : ''})`;
}

/**
 * Read a batch of images into `PlotImage`s, checking shape and value range.
 * `what` names the input in error messages, e.g. `row "noisy"`.
 */
export function readImages(input: ImagesInput, what: string, options: ReadImagesOptions = {}): PlotImage[] {
  const clip = options.clip ?? false;
  const images: PlotImage[] = [];
  if (input instanceof tf.Tensor) {
    const t = readTensor(input, what);
    const s = shapeFromTensor(t.shape, what, options.shape);
    const n = t.shape[0];
    const size = s.height * s.width * s.channels;
    for (let k = 0; k < n; k++) {
      // A copy, so that clipping never writes into the tensor's own buffer.
      const data = new Float32Array(t.values.subarray(k * size, (k + 1) * size));
      checkRange(data, k, s, what, clip);
      images.push({ ...s, data });
    }
  } else {
    if (!Array.isArray(input)) throw new Error(`${what} must be a tensor or an array of flat images, got ${typeof input}.`);
    input.forEach((flat: ArrayLike<number>, k) => {
      if (!(ArrayBuffer.isView(flat) || Array.isArray(flat))) {
        throw new Error(`${what}: image ${k} must be a flat array of numbers, got ${typeof flat}.`);
      }
      const s = options.shape ? checkShape(options.shape, what) : inferImageShape(flat.length, `${what}, image ${k}`);
      const size = s.height * s.width * s.channels;
      if (flat.length !== size) {
        throw new Error(`${what}: image ${k} has ${flat.length} values, expected ${size} for shape ${shapeText([s.height, s.width, s.channels])}.`);
      }
      const data = Float32Array.from(flat as ArrayLike<number>);
      checkRange(data, k, s, what, clip);
      images.push({ ...s, data });
    });
  }
  if (images.length === 0) throw new Error(`${what} has no images: expected at least one.`);
  return images;
}
