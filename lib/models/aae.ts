/**
 * An adversarial autoencoder (Makhzani et al., 2015): a plain autoencoder whose codes are
 * pushed towards a chosen distribution (the prior) by a third network, the discriminator,
 * which sees codes only and learns to tell the encoder's codes from samples of the prior.
 *
 *   encoder:       [N,28,28,1] -> 256 relu -> 128 relu -> latentDim (no activation)
 *   decoder:       latentDim -> 128 relu -> 256 relu -> 784 sigmoid -> [N,28,28,1]
 *
 * (Smaller than the lesson's 512-unit layers: every batch runs the encoder three times, and a
 * 2-number code does not need more to reconstruct as well.)
 *   discriminator: latentDim -> 64 relu -> 64 relu -> 1 (a logit: > 0 means "from the prior")
 *
 * The prior can be any shape one can sample from. The course uses ten Gaussians on a ring: a
 * shape you can recognise at a glance in a 2-D scatter plot, which a VAE's N(0, 1) is not.
 */
import * as tf from '@tensorflow/tfjs';
import { Autoencoder, IMAGE_PIXELS, IMAGE_SHAPE, chain, dense, sequentialModel, WeightSeeds } from './layers';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';
import { t } from '../util/i18n';

export interface AdversarialAutoencoder extends Autoencoder {
  /** Codes [N, latentDim] -> logits [N, 1]: high for codes that look drawn from the prior. */
  discriminator: tf.LayersModel;
}

export interface AdversarialAutoencoderOptions {
  /** Length of the code (default 2, so it can be drawn). */
  latentDim?: number;
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'adversarialAutoencoder';

/** Build the encoder, decoder, discriminator and the whole autoencoder (sharing weights). */
export function adversarialAutoencoder(options: AdversarialAutoencoderOptions = {}): AdversarialAutoencoder {
  rejectUnknownOptions(BUILDER, options, ['latentDim', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 2);
  const encoder = sequentialModel('aae_encoder', IMAGE_SHAPE, [tf.layers.flatten(), dense(256, 'relu', seeds), dense(128, 'relu', seeds), dense(latentDim, 'linear', seeds)]);
  const decoder = sequentialModel('aae_decoder', [latentDim], [
    dense(128, 'relu', seeds),
    dense(256, 'relu', seeds),
    dense(IMAGE_PIXELS, 'sigmoid', seeds),
    tf.layers.reshape({ targetShape: IMAGE_SHAPE }),
  ]);
  const discriminator = sequentialModel('aae_discriminator', [latentDim], [dense(64, 'relu', seeds), dense(64, 'relu', seeds), dense(1, 'linear', seeds)]);
  return { encoder, decoder, autoencoder: chain('aae', encoder, decoder), discriminator };
}

/** A distribution of codes to sample from: `sample(n, seed)` returns [n, 2]. */
export interface Prior {
  name: string;
  sample(n: number, seed?: number): tf.Tensor2D;
}

/**
 * Ten Gaussians spaced evenly on a circle of `radius` (default 4), each with standard deviation
 * `spread` (default 0.5) in every direction: a ring of ten separate blobs.
 */
export function ringOfGaussians(options: { components?: number; radius?: number; spread?: number } = {}): Prior {
  const components = options.components ?? 10;
  const radius = options.radius ?? 4;
  const spread = options.spread ?? 0.5;
  if (!Number.isInteger(components) || components < 1) throw new Error(t('prior.components', { got: components }));
  if (!(radius >= 0) || !(spread > 0)) throw new Error(t('prior.shape', { radius, spread }));
  return {
    name: `ring of ${components} Gaussians (radius ${radius}, spread ${spread})`,
    sample(n: number, seed?: number): tf.Tensor2D {
      if (!Number.isInteger(n) || n < 1) throw new Error(t('prior.sampleCount', { got: n }));
      return tf.tidy(() => {
        const which = tf.randomUniform([n], 0, components, 'float32', seed).floor();
        const angle = which.mul((2 * Math.PI) / components);
        const centres = tf.stack([angle.cos(), angle.sin()], 1).mul(radius);
        const noise = tf.randomNormal([n, 2], 0, spread, 'float32', seed === undefined ? undefined : seed + 1);
        return centres.add(noise) as tf.Tensor2D;
      });
    },
  };
}

/** The standard normal N(0, I) in 2-D: the VAE's prior, to compare with. */
export function standardNormal(): Prior {
  return {
    name: 'standard normal',
    sample: (n: number, seed?: number) => tf.randomNormal([n, 2], 0, 1, 'float32', seed) as tf.Tensor2D,
  };
}
