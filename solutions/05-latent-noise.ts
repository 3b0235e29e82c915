/**
 * Reference solution of exercise 5. The noise itself comes from the course library
 * (`gaussianNoise` in datasets/transforms.ts, which also checks std and seed); adding it to the
 * codes and decoding is written here.
 */
import * as tf from '@tensorflow/tfjs';
import { gaussianNoise } from '../datasets/transforms';

/** codes + N(0, std²), one noise value per number; the same seed gives the same noise. */
export function perturbLatent(codes: tf.Tensor2D, std: number, seed?: number): tf.Tensor2D {
  if (!(codes instanceof tf.Tensor) || codes.rank !== 2) {
    throw new Error(`codes must be a tensor [N, latentDim], got ${codes instanceof tf.Tensor ? `[${codes.shape.join(',')}]` : typeof codes}`);
  }
  return tf.tidy(() => codes.add(gaussianNoise(codes.shape, { mean: 0, std, seed })) as tf.Tensor2D);
}

/** Decode codes after perturbing them: decoder(codes + N(0, std²)). */
export function decodeWithLatentNoise(decoder: tf.LayersModel, codes: tf.Tensor2D, std: number, seed?: number): tf.Tensor4D {
  return tf.tidy(() => {
    const images = decoder.predict(perturbLatent(codes, std, seed));
    if (Array.isArray(images)) throw new Error(`the decoder must have one output, got ${images.length}`);
    return images as tf.Tensor4D;
  });
}
