/**
 * Training recipes that more than one notebook needs. Keeping each recipe in one place means
 * notebook 05 asks for exactly the model notebook 04 trained, and so gets it from the cache.
 */
import { byKernels, byMode } from './course';
import { Autoencoder, convAutoencoder, denseAutoencoder, denseVae } from '../models';
import { reconstructionLoss } from '../train';
import { FitOptions, selfSupervised } from './fit';
import { vaeLoss, VaeSampling } from '../train/vaeLoss';
import * as tf from '@tensorflow/tfjs';

type Images = { name: string; train: { images: tf.Tensor }; test: { images: tf.Tensor } };
type EncoderDecoder = { encoder: tf.LayersModel; decoder: tf.LayersModel };

/**
 * The lesson's convolutional autoencoder on clean digits (notebook 01). Notebook 02 asks for
 * the same recipe, gets this model from the cache and fine-tunes it into a denoiser.
 *
 * Batch 32 gives many small steps per epoch; the rate peaks at 0.008 and follows the cosine
 * schedule down to 5% of that, which on this budget reached a lower held-out loss than any
 * constant rate tried (see the README).
 */
export function convAutoencoderRecipe(data: Images): FitOptions<Autoencoder> {
  return {
    name: 'conv-autoencoder',
    build: (seed) => convAutoencoder({ seed }),
    loss: (m) => reconstructionLoss(m.autoencoder, 'bce'),
    data: selfSupervised(data),
    // Fast kernels (native oneDNN) train an epoch in about 4 s here: twice the epochs in less time.
    epochs: byMode(byKernels(22, 12), 1),
    batchSize: 32,
    learningRate: 0.008,
    learningRateSchedule: 'cosine',
    // A safety cap for slow machines: training stops there, keeping the best epoch so far.
    maxSeconds: byMode(155, 60),
  };
}

/**
 * The lesson's dense VAE: 784 → 512 → (zMean, zLogVar) in 2-D → sample → 512 → 784, loss =
 * squared error summed over the pixels + KL, per image. `sampling` picks the consistent
 * formula or the original notebooks' mix-up (for the experiment in notebook 04).
 */
export function denseVaeRecipe(data: Images, sampling: VaeSampling = 'consistent'): FitOptions<EncoderDecoder> {
  return {
    name: sampling === 'consistent' ? 'dense-vae' : 'dense-vae-mixup',
    build: (seed) => {
      const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 512, seed });
      return { encoder, decoder };
    },
    loss: (m) => vaeLoss(m, sampling),
    settings: { sampling },
    data: selfSupervised(data),
    // The consistent model is the one to get right; the mixed-up one only needs to show the effect.
    // With fast kernels an epoch takes about a second, so the consistent VAE trains three times longer.
    epochs: byMode(sampling === 'consistent' ? byKernels(60, 20) : 2, 1),
    batchSize: 128,
    optimizer: 'adam',
    // Adam rather than the lesson's rmsprop, peaking at 0.016 with the cosine schedule: on this
    // budget it reached a lower held-out loss than any constant rate tried (see the README).
    learningRate: 0.016,
    learningRateSchedule: 'cosine',
    // maxSeconds is a safety cap for slow machines (training stops, keeping the best epoch).
    maxSeconds: byMode(sampling === 'consistent' ? 125 : 20, 60),
  };
}

/** A plain dense autoencoder squeezed to 2 numbers, to compare its latent space with the VAE's. */
export function bottleneck2dRecipe(data: Images): FitOptions<{ encoder: tf.LayersModel; decoder: tf.LayersModel; autoencoder: tf.LayersModel }> {
  return {
    name: 'dense-autoencoder-2d',
    build: (seed) => {
      const { encoder, decoder, autoencoder } = denseAutoencoder({ latentDim: 2, hidden: [512], seed });
      return { encoder, decoder, autoencoder };
    },
    loss: (m) => reconstructionLoss(m.autoencoder, 'bce'),
    trainable: (m) => [m.autoencoder],
    data: selfSupervised(data),
    epochs: byMode(3, 1),
    batchSize: 64,
    learningRate: 0.003,
    learningRateSchedule: 'cosine',
    maxSeconds: byMode(40, 60),
  };
}
