/**
 * The image transforms the lesson uses: noise for the denoising autoencoder, 2x downsampling
 * for super-resolution, and the classic upsampling methods a super-resolution model must beat.
 *
 * Every function takes float32 images [N,H,W,C] with values in [0, 1], returns a new tensor
 * (the caller disposes it), checks its input with a clear error, and frees its intermediates.
 */
import * as tf from '@tensorflow/tfjs';
import { resizeBicubic } from './bicubic';
import { checkImages, checkWholeNumber } from '../lib/util/checks';
import { t } from '../lib/util/i18n';

export interface NoiseOptions {
  /** Mean of the Gaussian noise (default 0.5, as in the lesson's Keras notebook). */
  mean?: number;
  /** Standard deviation of the noise (default 0.5). */
  std?: number;
  /**
   * Make the noise reproducible: the same seed gives the same noise. Leave it out in training
   * so every batch gets fresh noise.
   */
  seed?: number;
}

function checkNoiseOptions(options: NoiseOptions): { mean: number; std: number; seed?: number } {
  const { mean = 0.5, std = 0.5, seed } = options;
  if (!Number.isFinite(mean)) throw new Error(t('noise.mean', { got: String(mean) }));
  if (!Number.isFinite(std) || std < 0) throw new Error(t('noise.std', { got: String(std) }));
  if (seed !== undefined && !Number.isFinite(seed)) throw new Error(t('noise.seed', { got: String(seed) }));
  return { mean, std, seed };
}

/** Gaussian noise of the given shape, N(mean, std²), not clipped (see addGaussianNoise). */
export function gaussianNoise(shape: number[], options: NoiseOptions = {}): tf.Tensor {
  const { mean, std, seed } = checkNoiseOptions(options);
  return tf.randomNormal(shape, mean, std, 'float32', seed);
}

/**
 * Corrupt images for the denoising autoencoder: `clip(images + N(mean, std²), 0, 1)`.
 *
 * The noise is drawn afresh on every call (unless `seed` is given), so each training batch sees
 * new noise and the model cannot memorise one particular corruption. (The lesson's PyTorch
 * notebook drew one noise tensor once and added it to every batch; this does not.)
 */
export function addGaussianNoise(images: tf.Tensor4D, options: NoiseOptions = {}): tf.Tensor4D {
  checkImages(images, 'images');
  checkNoiseOptions(options);
  return tf.tidy(() => images.add(gaussianNoise(images.shape, options)).clipByValue(0, 1) as tf.Tensor4D);
}

/**
 * Halve the resolution by averaging each 2x2 block of pixels (28x28 -> 14x14): the low-resolution
 * input of the super-resolution autoencoder. Height and width must be even.
 */
export function downsample2x(images: tf.Tensor4D): tf.Tensor4D {
  checkImages(images, 'images');
  const [, height, width] = images.shape;
  if (height % 2 !== 0 || width % 2 !== 0) {
    throw new Error(t('downsample.odd', { height, width }));
  }
  return tf.avgPool(images, 2, 2, 'valid');
}

export type UpsampleMethod = 'nearest' | 'bilinear' | 'bicubic';
export const UPSAMPLE_METHODS: readonly UpsampleMethod[] = ['nearest', 'bilinear', 'bicubic'];

/**
 * Enlarge images by a whole-number `factor` with a fixed interpolation rule: the baselines a
 * super-resolution model is compared with.
 * - 'nearest' repeats each pixel factor x factor times (blocky).
 * - 'bilinear' blends the 2x2 nearest pixels (smooth, blurry).
 * - 'bicubic' blends the 4x4 nearest pixels with Keys' cubic kernel (sharper), clipped to [0, 1].
 * Pixel centres are aligned (half-pixel centres), as in common image libraries.
 */
export function upsample(images: tf.Tensor4D, factor: number, method: UpsampleMethod = 'bilinear'): tf.Tensor4D {
  checkImages(images, 'images');
  checkWholeNumber(factor, 'upsample factor');
  if (!UPSAMPLE_METHODS.includes(method)) {
    throw new Error(t('upsample.method', { methods: UPSAMPLE_METHODS.join(', '), got: JSON.stringify(method) ?? String(method) }));
  }
  const [, height, width] = images.shape;
  const size: [number, number] = [height * factor, width * factor];
  switch (method) {
    case 'nearest':
      return tf.image.resizeNearestNeighbor(images, size);
    case 'bilinear':
      return tf.image.resizeBilinear(images, size, false, true);
    case 'bicubic':
      return tf.tidy(() => resizeBicubic(images, size[0], size[1]).clipByValue(0, 1) as tf.Tensor4D);
  }
}
