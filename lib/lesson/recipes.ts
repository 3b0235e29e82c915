/**
 * Training recipes that more than one notebook needs. Keeping each recipe in one place means
 * notebook 05 asks for exactly the model notebook 04 trained, and so gets it from the cache.
 */
import { byKernels, byMode, fastKernels } from './course';
import { Autoencoder, cnnVae, convAutoencoder, denseAutoencoder, denseVae } from '../models';
import { withSeededMathRandom } from '../util/random';
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
  const consistent = sampling === 'consistent';
  // The consistent model is the one to get right; the mixed-up one only needs to show the effect.
  // With fast kernels an epoch takes about a second, so the consistent VAE trains three times longer.
  const longRun = consistent && fastKernels();
  return {
    name: consistent ? 'dense-vae' : 'dense-vae-mixup',
    build: (seed) => {
      const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 512, seed });
      return { encoder, decoder };
    },
    loss: (m) => vaeLoss(m, sampling),
    settings: { sampling },
    data: selfSupervised(data),
    epochs: byMode(consistent ? byKernels(60, 20) : 2, 1),
    batchSize: 128,
    optimizer: 'adam',
    // Adam rather than the lesson's rmsprop, with the cosine schedule. A short run peaks at
    // 0.016. The long run peaks at 0.008 and decays the encoder's weights: over 60 epochs on
    // 9,000 digits the encoder starts to fit the training digits better than new ones, and
    // the decay kept its held-out loss lower (docs/results.md lists what was tried).
    learningRate: longRun ? 0.008 : 0.016,
    learningRateSchedule: 'cosine',
    weightDecay: longRun ? { rate: 0.6, models: ['encoder'] } : undefined,
    // maxSeconds is a safety cap for slow machines (training stops, keeping the best epoch).
    maxSeconds: byMode(consistent ? 125 : 20, 60),
  };
}

/** Builds a VAE from a code length, like exercise 9's `buildCnnVae`. */
export type VaeBuilder = (options: { latentDim: number }) => EncoderDecoder;

/** How many epochs the CNN VAE's KL term takes to reach its full weight (see vaeLoss). */
const CNN_VAE_KL_WARMUP_EPOCHS = 1;

/**
 * The convolutional VAE of exercise 9 (notebook 04), with a 2-number code like the dense VAE's.
 * `build` is the learner's `buildCnnVae` (or the reference solution); by default the
 * library's `cnnVae`.
 *
 * It used to be a short demonstration (2,000 digits, 3 epochs: held-out 54.0, its codes
 * collapsed onto N(0, 1) with a KL of 0.2). What makes it a real model:
 * - all 9,000 digits in batches of 32, for many small steps, with the rate peaking at 0.004
 *   along the cosine schedule (at 0.008 the decoder's units died in the first steps and it
 *   drew one constant image);
 * - the KL term eased in over the first epoch (see vaeLoss). It matters most in short runs:
 *   one epoch on the plain wasm kernels ended with a KL of 2.5 with it and 1.0 without; over
 *   6 epochs it lowered the held-out loss a little (39.14 against 39.37).
 */
export function cnnVaeRecipe(data: Images, build?: VaeBuilder): FitOptions<EncoderDecoder> {
  return {
    name: 'cnn-vae',
    build: (seed) => {
      if (!build) {
        const { encoder, decoder } = cnnVae({ latentDim: 2, seed });
        return { encoder, decoder };
      }
      // A builder without a seed parameter still builds the same weights for the same seed.
      const { encoder, decoder } = withSeededMathRandom(seed, () => build({ latentDim: 2 }));
      return { encoder, decoder };
    },
    loss: (m) => vaeLoss(m, 'consistent', { klWarmupEpochs: CNN_VAE_KL_WARMUP_EPOCHS }),
    settings: { klWarmupEpochs: CNN_VAE_KL_WARMUP_EPOCHS },
    data: selfSupervised(data),
    // Fast kernels train an epoch of 9,000 digits in about 6 s here; the plain wasm kernels
    // take 20 to 30 s, so they get one epoch at a gentler rate (a peak of 0.004 over so few
    // steps killed the decoder).
    epochs: byMode(byKernels(6, 1), 1),
    batchSize: 32,
    learningRate: byKernels(0.004, 0.002),
    learningRateSchedule: 'cosine',
    // A safety cap for slow machines: training stops there, keeping the best epoch so far.
    maxSeconds: byMode(60, 60),
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
