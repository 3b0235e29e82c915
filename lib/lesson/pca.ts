/**
 * Principal component analysis (PCA), the classic linear way to shrink images to a few numbers.
 * The lesson claims an autoencoder beats it at the same size because it learns non-linear,
 * spatial features; notebook 01 puts the two side by side.
 *
 * PCA keeps the k directions along which the training images vary most (the top eigenvectors
 * of their covariance). tfjs has no eigen-solver, so they are found by subspace iteration:
 * multiply a random basis by the covariance and re-orthonormalise it (QR) until it settles.
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

export interface Pca {
  /** Mean image, [1, pixels]. */
  mean: tf.Tensor2D;
  /** Orthonormal principal directions as columns, [pixels, k]. */
  components: tf.Tensor2D;
  /** Map images [N,H,W,C] to codes [N,k]. */
  encode(images: tf.Tensor4D): tf.Tensor2D;
  /** Map codes [N,k] back to images [N,H,W,C], clipped to [0,1]. */
  decode(codes: tf.Tensor2D): tf.Tensor4D;
  dispose(): void;
}

/** Fit PCA with `k` components to images [N,H,W,C]. */
export function fitPca(images: tf.Tensor4D, k: number, iterations = 40, seed = 7): Pca {
  if (images.rank !== 4) throw new Error(t('pca.images', { shape: images.shape.join(',') }));
  const [n, h, w, c] = images.shape;
  const pixels = h * w * c;
  if (!Number.isInteger(k) || k < 1 || k > Math.min(n, pixels)) {
    throw new Error(t('pca.k', { max: Math.min(n, pixels), got: k }));
  }
  const [mean, components] = tf.tidy(() => {
    const flat = images.reshape([n, pixels]);
    const mean = flat.mean(0, true) as tf.Tensor2D;
    const centred = flat.sub(mean);
    const covariance = tf.matMul(centred, centred, true, false).div(n) as tf.Tensor2D;
    let basis = tf.randomNormal([pixels, k], 0, 1, 'float32', seed) as tf.Tensor2D;
    for (let i = 0; i < iterations; i++) {
      const next = tf.linalg.qr(tf.matMul(covariance, basis))[0] as tf.Tensor2D;
      basis.dispose();
      basis = next;
    }
    return [mean, basis];
  });
  return {
    mean,
    components,
    encode: (x) => tf.tidy(() => x.reshape([x.shape[0], pixels]).sub(mean).matMul(components) as tf.Tensor2D),
    decode: (codes) =>
      tf.tidy(() => codes.matMul(components, false, true).add(mean).clipByValue(0, 1).reshape([codes.shape[0], h, w, c]) as tf.Tensor4D),
    dispose: () => tf.dispose([mean, components]),
  };
}
