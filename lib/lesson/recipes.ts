/**
 * Training recipes that more than one notebook needs. Keeping each recipe in one place means
 * notebook 05 asks for exactly the model notebook 04 trained, and so gets it from the cache.
 */
import { byMode } from '../course';
import { denseAutoencoder, denseVae } from '../models';
import { reconstructionLoss } from '../train';
import { FitOptions, selfSupervised } from './fit';
import { vaeLossFn, VaeSampling } from './vaeLoss';
import * as tf from '@tensorflow/tfjs';

type Images = { name: string; train: { images: tf.Tensor }; test: { images: tf.Tensor } };
type EncoderDecoder = { encoder: tf.LayersModel; decoder: tf.LayersModel };

/**
 * The lesson's dense VAE: 784 → 512 → (zMean, zLogVar) in 2-D → sample → 512 → 784, loss =
 * squared error summed over the pixels + KL, per image. `sampling` picks the consistent
 * formula or the original notebooks' mix-up (for the experiment in notebook 04).
 */
export function denseVaeRecipe(data: Images, sampling: VaeSampling = 'consistent'): FitOptions<EncoderDecoder> {
  return {
    name: sampling === 'consistent' ? 'dense-vae' : 'dense-vae-mixup',
    build: () => {
      const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 512 });
      return { encoder, decoder };
    },
    loss: (m) => vaeLossFn(m, sampling),
    settings: { sampling },
    data: selfSupervised(data),
    epochs: byMode(sampling === 'consistent' ? 16 : 2, 1),
    batchSize: 128,
    learningRate: 0.003,
    // The consistent model is the one to get right; the mixed-up one only needs to show the effect.
    // maxSeconds is a safety cap for slow machines (training stops, keeping the best epoch).
    maxSeconds: byMode(sampling === 'consistent' ? 150 : 30, 60),
  };
}

/** A plain dense autoencoder squeezed to 2 numbers, to compare its latent space with the VAE's. */
export function bottleneck2dRecipe(data: Images): FitOptions<{ encoder: tf.LayersModel; decoder: tf.LayersModel; autoencoder: tf.LayersModel }> {
  return {
    name: 'dense-autoencoder-2d',
    build: () => {
      const { encoder, decoder, autoencoder } = denseAutoencoder({ latentDim: 2, hidden: [512] });
      return { encoder, decoder, autoencoder };
    },
    loss: (m) => reconstructionLoss(m.autoencoder, 'bce'),
    trainable: (m) => [m.autoencoder],
    data: selfSupervised(data),
    epochs: byMode(4, 1),
    batchSize: 64,
    learningRate: 0.001,
    maxSeconds: byMode(40, 60),
  };
}
