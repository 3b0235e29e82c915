/**
 * Reading batches of images for drawing. Accepts a tensor [N,H,W,C], [N,H,W] or [N,H*W*C], or
 * one flat array per image. Flat images need a shape; when none is given it is inferred:
 * a square number of values is a grey square image, three times a square is an RGB one.
 */
import * as tf from '@tensorflow/tfjs';
import { readTensor, shapeText } from './numericInput';
import { t } from '../util/i18n';

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
  if (!ok) throw new Error(t('plotImages.badShape', { what, shape: shapeText(shape) }));
  return { height, width, channels: channels as 1 | 3 };
}

/** Guess [H,W,C] for a flat image of `size` values: square grey, or square RGB. */
export function inferImageShape(size: number, what: string): ImageShape {
  const greySide = Math.round(Math.sqrt(size));
  if (greySide * greySide === size) return { height: greySide, width: greySide, channels: 1 };
  const rgbSide = Math.round(Math.sqrt(size / 3));
  if (3 * rgbSide * rgbSide === size) return { height: rgbSide, width: rgbSide, channels: 3 };
  throw new Error(t('plotImages.cannotInfer', { what, size }));
}

function shapeFromTensor(shape: number[], what: string, given?: readonly number[]): ImageShape {
  if (shape.length === 3 && (shape[2] === 1 || shape[2] === 3)) {
    // [28,28,1] is far more likely one image than 28 images one pixel wide.
    throw new Error(t('plotImages.singleImage', { what, shape: shapeText(shape), dims: shape.join(',') }));
  }
  if (shape.length === 4 || shape.length === 3) {
    const own = checkShape(shape.slice(1), t('plotImages.tensorWhat', { what, shape: shapeText(shape) }));
    if (given) {
      const g = checkShape(given, what);
      if (g.height !== own.height || g.width !== own.width || g.channels !== own.channels) {
        throw new Error(t('plotImages.shapeMismatch', { what, given: shapeText(given), own: shapeText(shape.slice(1)) }));
      }
    }
    return own;
  }
  if (shape.length === 2) {
    if (!given) return inferImageShape(shape[1], what);
    const s = checkShape(given, what);
    if (s.height * s.width * s.channels !== shape[1]) {
      throw new Error(t('plotImages.shapeSize', { what, given: shapeText(given), needed: s.height * s.width * s.channels, shape: shapeText(shape), has: shape[1] }));
    }
    return s;
  }
  throw new Error(t('plotImages.tensorRank', { what, shape: shapeText(shape) }));
}

/**
 * Check that every value is a number in [0, 1] (or clamp it when `clip` is set); the first bad
 * value is reported with its image index and pixel position so the learner can find it.
 */
function checkRange(data: Float32Array, index: number, s: ImageShape, what: string, clip: boolean): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (Number.isNaN(v)) throw new Error(t('plotImages.nan', { what, index, pixel: pixelText(i, s) }));
    if (v >= 0 && v <= 1) continue;
    if (clip) {
      data[i] = v < 0 ? 0 : 1;
      continue;
    }
    throw new Error(t('plotImages.range', { what, index, value: v, pixel: pixelText(i, s) }));
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
    const read = readTensor(input, what);
    const s = shapeFromTensor(read.shape, what, options.shape);
    const n = read.shape[0];
    const size = s.height * s.width * s.channels;
    for (let k = 0; k < n; k++) {
      // A copy, so that clipping never writes into the tensor's own buffer.
      const data = new Float32Array(read.values.subarray(k * size, (k + 1) * size));
      checkRange(data, k, s, what, clip);
      images.push({ ...s, data });
    }
  } else {
    if (!Array.isArray(input)) throw new Error(t('plotImages.notArray', { what, got: typeof input }));
    input.forEach((flat: ArrayLike<number>, k) => {
      if (!(ArrayBuffer.isView(flat) || Array.isArray(flat))) {
        throw new Error(t('plotImages.flatNotArray', { what, k, got: typeof flat }));
      }
      const s = options.shape ? checkShape(options.shape, what) : inferImageShape(flat.length, t('plotImages.imageWhat', { what, k }));
      const size = s.height * s.width * s.channels;
      if (flat.length !== size) {
        throw new Error(t('plotImages.flatSize', { what, k, length: flat.length, size, shape: shapeText([s.height, s.width, s.channels]) }));
      }
      const data = Float32Array.from(flat as ArrayLike<number>);
      checkRange(data, k, s, what, clip);
      images.push({ ...s, data });
    });
  }
  if (images.length === 0) throw new Error(t('plotImages.none', { what }));
  return images;
}
