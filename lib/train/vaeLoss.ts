/**
 * `vaeLoss(vae)`: the VAE's training loss, as `fit` and `train` take it (like
 * `reconstructionLoss(model)` for a plain autoencoder): encode, sample a code, decode, and report the two
 * terms separately (`reconstruction` and `kl`) so their curves can be watched apart.
 *
 * `sampling: 'log-sigma-mixup'` reproduces the original lesson notebooks' inconsistency for the
 * experiment in notebook 04: the KL term treats the encoder's second output as a log-variance,
 * but the sample uses exp(output) as the standard deviation (it should be exp(0.5 * output)).
 */
import * as tf from '@tensorflow/tfjs';
import { LossFn } from './';
import { withSpec } from './lossSpecs';
import { reparameterize, vaeLossTerms } from '../models/vaeMath';
import { t } from '../util/i18n';

export type VaeSampling = 'consistent' | 'log-sigma-mixup';

export function vaeLoss(vae: { encoder: tf.LayersModel; decoder: tf.LayersModel }, sampling: VaeSampling = 'consistent'): LossFn {
  if (sampling !== 'consistent' && sampling !== 'log-sigma-mixup') {
    throw new Error(t('vaeLoss.sampling', { got: String(sampling) }));
  }
  const loss: LossFn = ({ inputs, targets }, mode, step) => {
    const training = mode === 'train';
    const [zMean, zLogVar] = vae.encoder.apply(inputs, { training }) as tf.Tensor2D[];
    const z =
      sampling === 'consistent'
        ? reparameterize(zMean, zLogVar, step.seed)
        : (zMean.add(zLogVar.exp().mul(tf.randomNormal(zMean.shape, 0, 1, 'float32', step.seed))) as tf.Tensor2D);
    const reconstructions = vae.decoder.apply(z, { training }) as tf.Tensor;
    // The trainer sums the terms itself, so `total` is left out (it is disposed with the step).
    const { reconstruction, kl } = vaeLossTerms({ images: targets, reconstructions, zMean, zLogVar });
    return { reconstruction, kl };
  };
  // The description lets training threads rebuild this loss (lib/train/parallel).
  return withSpec(loss, { kind: 'vae', models: { encoder: vae.encoder, decoder: vae.decoder }, settings: { sampling } });
}
