/**
 * Data and training helpers shared by the graders. Every image is drawn here from a seed, so a
 * check sees the same data on every run, needs no download, and is small enough to train on in
 * a few seconds.
 *
 * - `shapeImages`: MNIST-shaped [N,28,28,1] line drawings of four kinds (ring, bars, cross),
 *   each jittered in position, size and brightness: "digits" with a known, small variety.
 * - `garmentImages`: Fashion-MNIST-shaped filled silhouettes (shirt, trousers, bag, dress).
 * - `smoothColourImages`: CIFAR-shaped [N,32,32,3] smooth colour fields (blobs and gradients),
 *   whose fine detail can be predicted from a low-resolution copy.
 */
import * as tf from '@tensorflow/tfjs';
import { seededRandom } from '../../lib/util/random';
import { reconstructionLoss, train, TrainResult } from '../../lib/train';
import type { DataSplit, PrepareBatch, ReconstructionKind } from '../../lib/train';

type Random = () => number;

/** A number drawn uniformly from [low, high). */
function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

/** A tensor of the given shape filled with seeded uniform values in [low, high). */
export function seededUniform(shape: number[], seed: number, low = 0, high = 1): tf.Tensor {
  const random = seededRandom(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(Float32Array.from({ length: size }, () => uniform(random, low, high)), shape);
}

/** Distance from point (x, y) to the segment (ax, ay)-(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroke of half-width `half` with a one-pixel soft edge: 1 inside, 0 outside. */
function ink(distance: number, half: number): number {
  return Math.min(1, Math.max(0, half + 0.5 - distance));
}

/** The number of kinds `shapeImages` draws. */
export const SHAPE_KINDS = 4;

/**
 * `count` line drawings [count,28,28,1] in [0,1] with their kind (0 ring, 1 vertical bar,
 * 2 horizontal bar, 3 diagonal cross), kinds taking turns so every batch holds all of them.
 */
export function shapeImages(count: number, seed: number): { images: tf.Tensor4D; labels: number[] } {
  const random = seededRandom(seed);
  const size = 28;
  const pixels = new Float32Array(count * size * size);
  const labels: number[] = [];
  for (let n = 0; n < count; n++) {
    const kind = n % SHAPE_KINDS;
    labels.push(kind);
    const cx = 13.5 + uniform(random, -3, 3);
    const cy = 13.5 + uniform(random, -3, 3);
    const reach = uniform(random, 7, 10); // half the length of a bar, radius of the ring
    const half = uniform(random, 1, 1.8); // half the stroke width
    const brightness = uniform(random, 0.75, 1);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        let d: number;
        if (kind === 0) d = Math.abs(Math.hypot(x - cx, y - cy) - reach);
        else if (kind === 1) d = segmentDistance(x, y, cx, cy - reach, cx, cy + reach);
        else if (kind === 2) d = segmentDistance(x, y, cx - reach, cy, cx + reach, cy);
        else {
          const r = reach * 0.75;
          d = Math.min(segmentDistance(x, y, cx - r, cy - r, cx + r, cy + r), segmentDistance(x, y, cx - r, cy + r, cx + r, cy - r));
        }
        pixels[(n * size + y) * size + x] = brightness * ink(d, half);
      }
    }
  }
  return { images: tf.tensor4d(pixels, [count, size, size, 1]), labels };
}

/**
 * `count` filled silhouettes [count,28,28,1] in [0,1], four kinds taking turns: shirt (a body
 * with sleeves), trousers (two legs), bag (a box with a handle) and dress (a widening
 * trapezoid), each with its own size, position and brightness, shaded from top to bottom.
 */
export function garmentImages(count: number, seed: number): tf.Tensor4D {
  const random = seededRandom(seed);
  const size = 28;
  const pixels = new Float32Array(count * size * size);
  for (let n = 0; n < count; n++) {
    const kind = n % 4;
    const cx = 13.5 + uniform(random, -2, 2);
    const top = uniform(random, 3, 6);
    const bottom = uniform(random, 22, 26);
    const halfWidth = uniform(random, 5, 8);
    const brightness = uniform(random, 0.5, 1);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const dx = Math.abs(x - cx);
        const inRows = y >= top && y <= bottom;
        let inside = false;
        if (kind === 0) inside = inRows && (dx <= halfWidth || (y <= top + 6 && dx <= halfWidth + 4));
        else if (kind === 1) inside = inRows && dx <= halfWidth && (y <= top + 6 || dx >= 1.5);
        else if (kind === 2) inside = (y >= top + 6 && y <= bottom && dx <= halfWidth + 2) || (inRows && y < top + 6 && Math.abs(dx - 3) <= 1);
        else inside = inRows && dx <= 3 + ((halfWidth + 2 - 3) * (y - top)) / (bottom - top);
        const shade = 1 - (0.3 * (y - top)) / (bottom - top);
        pixels[(n * size + y) * size + x] = inside ? brightness * shade : 0;
      }
    }
  }
  return tf.tensor4d(pixels, [count, size, size, 1]);
}

/**
 * `count` smooth colour images [count,size,size,3] in [0,1]: per channel a base level, a
 * gentle gradient and three wide Gaussian blobs, clipped to [0,1]. Smooth on purpose: the
 * detail a super-resolution model must add can be inferred from the low-resolution copy.
 */
export function smoothColourImages(count: number, seed: number, size = 32): tf.Tensor4D {
  const random = seededRandom(seed);
  const pixels = new Float32Array(count * size * size * 3);
  for (let n = 0; n < count; n++) {
    for (let c = 0; c < 3; c++) {
      const base = uniform(random, 0.3, 0.7);
      const gx = uniform(random, -0.3, 0.3) / size;
      const gy = uniform(random, -0.3, 0.3) / size;
      const blobs = Array.from({ length: 3 }, () => ({
        x: uniform(random, 0, size),
        y: uniform(random, 0, size),
        sigma: uniform(random, size / 8, size / 3),
        amplitude: uniform(random, -0.5, 0.5),
      }));
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          let v = base + gx * (x - size / 2) + gy * (y - size / 2);
          for (const b of blobs) v += b.amplitude * Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * b.sigma ** 2));
          pixels[((n * size + y) * size + x) * 3 + c] = Math.min(1, Math.max(0, v));
        }
      }
    }
  }
  return tf.tensor4d(pixels, [count, size, size, 3]);
}

/**
 * Make every weight initialisation and unseeded random op of this process repeatable:
 * TensorFlow.js seeds those from Math.random, so a seeded Math.random makes a training check
 * give the same result on every run of the same code.
 */
export function seedMathRandom(seed: number): void {
  Math.random = seededRandom(seed);
}

/** Train an image-to-image model for a few epochs with the course trainer, silently. */
export async function trainBriefly(
  model: tf.LayersModel,
  data: DataSplit,
  options: { epochs: number; batchSize: number; loss?: ReconstructionKind; learningRate?: number; prepareBatch?: PrepareBatch },
): Promise<TrainResult> {
  return train({
    name: 'grader',
    models: [model],
    loss: reconstructionLoss(model, options.loss ?? 'bce'),
    train: data,
    prepareBatch: options.prepareBatch,
    epochs: options.epochs,
    batchSize: options.batchSize,
    learningRate: options.learningRate,
    progress: 'silent',
  });
}

/** Mean and standard deviation (population) of some numbers. */
export function meanAndStd(values: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / values.length) };
}

/** The fraction of `values` for which `test` holds. */
export function fractionWhere(values: ArrayLike<number>, test: (v: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i])) count++;
  return count / values.length;
}

/** "conv2d_1 (Conv2D) 160, max_pooling2d_1 (MaxPooling2D) 0, ...": what a model is made of. */
export function layerSummary(model: tf.LayersModel): string {
  return model.layers
    .filter((layer) => layer.getClassName() !== 'InputLayer')
    .map((layer) => `${layer.name} (${layer.getClassName()}) ${layer.countParams()}`)
    .join(', ');
}

/** A model's output shape without the batch axis, e.g. "[4,4,8]" (or "2 outputs" for several). */
export function outputShapeText(model: tf.LayersModel): string {
  if (model.outputs.length !== 1) return `${model.outputs.length} outputs`;
  return `[${model.outputs[0].shape.slice(1).join(',')}]`;
}

/**
 * A tiny encoder with known weights, to test code that *uses* an encoder: it flattens
 * [28,28,1] images and gives, per kernel (784 x units), kernel times the pixels (no bias).
 * One kernel makes a plain encoder; two make a VAE-style encoder with outputs [zMean, zLogVar].
 */
export function knownLinearEncoder(...kernels: number[][][]): tf.LayersModel {
  const input = tf.input({ shape: [28, 28, 1] });
  const pixels = tf.layers.flatten().apply(input) as tf.SymbolicTensor;
  const heads = kernels.map((kernel) => tf.layers.dense({ units: kernel[0].length, useBias: false, weights: [tf.tensor2d(kernel)] }));
  const outputs = heads.map((head) => head.apply(pixels) as tf.SymbolicTensor);
  return tf.model({ inputs: input, outputs: outputs.length === 1 ? outputs[0] : outputs });
}

/**
 * A decoder with known weights, to test code that *uses* a decoder: codes [N, latentDim] ->
 * images [N,28,28,1] where pixel k (in reading order) is code number k for k < latentDim and
 * every other pixel is 0. So a change in the code shows up unchanged in the image.
 */
export function copyingDecoder(latentDim: number): tf.LayersModel {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 784, useBias: false, inputShape: [latentDim] }), tf.layers.reshape({ targetShape: [28, 28, 1] })],
  });
  model.layers[0].setWeights([tf.tidy(() => tf.eye(latentDim, 784))]);
  return model;
}
