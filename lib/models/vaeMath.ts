/**
 * The maths of a variational autoencoder, written once and used by training, plots and tests.
 *
 * Convention (used everywhere in this course): the encoder predicts the mean `zMean` and the
 * log-VARIANCE `zLogVar = log(sigma^2)` of a normal distribution per image. So
 * sigma = exp(0.5 * zLogVar). (The lesson's original code calls this `z_log_sigma` but then
 * treats it as a log-variance in the KL term and as a log-sigma when sampling; mixing the two
 * makes the sampled codes spread out e^(zLogVar/2) times more than the KL term assumes.)
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

function checkLatentPair(where: string, zMean: tf.Tensor, zLogVar: tf.Tensor): void {
  if (zMean.rank !== 2) {
    throw new Error(t('vae.zMean', { where, shape: zMean.shape.join(',') }));
  }
  if (zLogVar.shape.join(',') !== zMean.shape.join(',')) {
    throw new Error(t('vae.zLogVar', { where, mean: zMean.shape.join(','), shape: zLogVar.shape.join(',') }));
  }
}

/**
 * Draw one code per image from N(zMean, exp(zLogVar)) as `zMean + exp(0.5 * zLogVar) * eps`
 * with eps ~ N(0, 1). Written this way (the "reparameterisation trick") the randomness sits in
 * eps, so gradients flow to zMean and zLogVar. Shapes: [N, latentDim] in, [N, latentDim] out.
 * Pass `seed` for a repeatable draw.
 */
export function reparameterize(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D, seed?: number): tf.Tensor2D {
  checkLatentPair('reparameterize', zMean, zLogVar);
  return tf.tidy(() => {
    const eps = tf.randomNormal(zMean.shape, 0, 1, 'float32', seed);
    return zMean.add(zLogVar.mul(0.5).exp().mul(eps)) as tf.Tensor2D;
  });
}

/**
 * KL divergence from N(zMean, exp(zLogVar)) to the standard normal N(0, 1), per image:
 * -0.5 * sum over the latent axis of (1 + zLogVar - zMean^2 - exp(zLogVar)).
 * It is 0 exactly when zMean = 0 and zLogVar = 0. Shapes: [N, latentDim] in, [N] out.
 */
export function klDivergence(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D): tf.Tensor1D {
  checkLatentPair('klDivergence', zMean, zLogVar);
  return tf.tidy(() => {
    const perDimension = tf.scalar(1).add(zLogVar).sub(zMean.square()).sub(zLogVar.exp());
    return perDimension.sum(1).mul(-0.5) as tf.Tensor1D;
  });
}

/** What the VAE loss needs from one batch. */
export interface VaeBatch {
  /** Target images [N,28,28,1] (or any [N,...]) in [0,1]. */
  images: tf.Tensor;
  /** The decoder's output for the sampled codes, same shape as `images`. */
  reconstructions: tf.Tensor;
  /** Encoder outputs, [N, latentDim] each. */
  zMean: tf.Tensor2D;
  zLogVar: tf.Tensor2D;
}

/** The two parts of the VAE loss and their sum, each a mean over the batch. */
export interface VaeLossTerms {
  /** Sum of squared pixel errors per image (= MSE x number of pixels, 784 for MNIST). */
  reconstruction: tf.Scalar;
  /** KL divergence per image. */
  kl: tf.Scalar;
  /** reconstruction + kl: the number training minimises. */
  total: tf.Scalar;
}

/**
 * The lesson's VAE loss, split into its parts: per image, MSE x pixels + KL divergence; then
 * the mean over the batch. The caller owns (and must dispose) the three scalars.
 */
export function vaeLossTerms(batch: VaeBatch): VaeLossTerms {
  const { images, reconstructions, zMean, zLogVar } = batch;
  if (images.shape.join(',') !== reconstructions.shape.join(',')) {
    throw new Error(t('vae.reconstructions', { images: images.shape.join(','), shape: reconstructions.shape.join(',') }));
  }
  if (zMean.shape[0] !== images.shape[0]) {
    throw new Error(t('vae.rows', { rows: zMean.shape[0], images: images.shape[0] }));
  }
  return tf.tidy(() => {
    const squaredErrors = images.sub(reconstructions).square().reshape([images.shape[0], -1]);
    const reconstruction = squaredErrors.sum(1).mean() as tf.Scalar;
    const kl = klDivergence(zMean, zLogVar).mean() as tf.Scalar;
    return { reconstruction, kl, total: reconstruction.add(kl) as tf.Scalar };
  });
}
