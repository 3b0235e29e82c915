/**
 * Walking around a latent space: a lattice of codes to decode (the manifold picture), straight
 * lines between two codes (interpolation), and random codes (generation).
 */
import * as tf from '@tensorflow/tfjs';
import { checkWholeNumber } from '../util/checks';
import { t as message } from '../util/i18n'; // `t` is the interpolation fraction here

/** Evenly spaced values from `from` to `to`, `count` of them (both ends included). */
export function linspace(from: number, to: number, count: number): number[] {
  checkWholeNumber(count, 'linspace: count', 2);
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/**
 * The codes of an n x n lattice over [-range, range]^2, row by row from the top (largest z[1])
 * to the bottom, left (smallest z[0]) to right: the order manifoldGrid draws images in.
 */
export function latticeCodes(n: number, range: number): { codes: tf.Tensor2D; xs: number[]; ys: number[] } {
  if (!(range > 0)) throw new Error(message('latent.range', { got: range }));
  const xs = linspace(-range, range, n);
  const ys = linspace(range, -range, n);
  const values = ys.flatMap((y) => xs.flatMap((x) => [x, y]));
  return { codes: tf.tensor2d(values, [n * n, 2]), xs, ys };
}

/** `steps` codes on the straight line from `a` to `b` ([1,d] or [d] each): [steps, d]. */
export function interpolateCodes(a: tf.Tensor, b: tf.Tensor, steps: number): tf.Tensor2D {
  if (a.size !== b.size) throw new Error(message('latent.sizes', { a: a.size, b: b.size }));
  return tf.tidy(() => {
    const t = tf.tensor2d(linspace(0, 1, steps), [steps, 1]);
    const from = a.reshape([1, -1]);
    const to = b.reshape([1, -1]);
    return from.add(to.sub(from).mul(t)) as tf.Tensor2D;
  });
}

/** Decode codes in batches with a decoder model and return the images (the caller disposes them). */
export function decode(decoder: tf.LayersModel, codes: tf.Tensor): tf.Tensor4D {
  return tf.tidy(() => decoder.predict(codes, { batchSize: 256 }) as tf.Tensor4D);
}

/** Encode images in batches with an encoder model (first output when it has several, e.g. zMean). */
export function encode(encoder: tf.LayersModel, images: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    const out = encoder.predict(images, { batchSize: 256 });
    const codes = Array.isArray(out) ? out[0] : out;
    return codes.reshape([images.shape[0], -1]) as tf.Tensor2D;
  });
}
