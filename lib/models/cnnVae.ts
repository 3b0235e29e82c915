/**
 * A convolutional VAE (the lesson's assignment): convolutions read the image, two dense heads
 * give the code's distribution, and the decoder grows a 7x7 feature map back to 28x28.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SHAPE, conv3x3, sequentialModel, stack, upSample2, dense, WeightSeeds } from './layers';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';
import { Vae, gaussianEncoder } from './vaeParts';

export interface CnnVaeOptions {
  /** Length of the latent code. Default 2. */
  latentDim?: number;
  /** Units of the dense layer between the convolutions and the code. Default 64. */
  hidden?: number;
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'cnnVae';
/** The decoder starts from a 7x7 map with this many channels. */
const DECODER_START_SHAPE: [number, number, number] = [7, 7, 32];

/**
 * Build the convolutional VAE.
 *
 * - encoder: images [N,28,28,1] -> Conv 16 stride 2 (14x14) -> Conv 32 stride 2 (7x7) ->
 *   dense `hidden` -> [zMean [N,latentDim], zLogVar [N,latentDim]] (log-variance)
 * - decoder: codes [N,latentDim] -> dense -> 7x7x32 -> upsample + Conv 32 and Conv 16 (14x14) ->
 *   upsample + Conv 1 sigmoid (28x28) -> images [N,28,28,1]
 *
 * Upsampling followed by a convolution is used instead of transposed convolutions: it trains
 * on every backend and avoids the checkerboard patterns transposed convolutions tend to draw.
 * Only the last, one-filter convolution works at full size (as in the lesson's convolutional
 * autoencoder): a 16-filter convolution at 28x28 would double the cost of a training step,
 * and in the same seconds the cheaper decoder trains more steps to a lower held-out loss.
 */
export function cnnVae(options: CnnVaeOptions = {}): Vae {
  rejectUnknownOptions(BUILDER, options, ['latentDim', 'hidden', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 2);
  const hidden = positiveInteger(BUILDER, 'hidden', options.hidden ?? 64);

  const input = tf.input({ shape: IMAGE_SHAPE, name: 'encoder_input' });
  const features = stack(input, [
    conv3x3(16, 'relu', { strides: 2, seeds }), // 14x14x16
    conv3x3(32, 'relu', { strides: 2, seeds }), // 7x7x32
    tf.layers.flatten(),
    dense(hidden, 'relu', seeds),
  ]);
  const encoder = gaussianEncoder(input, features, latentDim, seeds);
  const decoder = sequentialModel('decoder', [latentDim], [
    dense(hidden, 'relu', seeds),
    dense(DECODER_START_SHAPE[0] * DECODER_START_SHAPE[1] * DECODER_START_SHAPE[2], 'relu', seeds),
    tf.layers.reshape({ targetShape: DECODER_START_SHAPE }),
    upSample2(), // 14x14x32
    conv3x3(32, 'relu', { seeds }),
    conv3x3(16, 'relu', { seeds }), // 14x14x16
    upSample2(), // 28x28x16
    conv3x3(1, 'sigmoid', { seeds }), // 28x28x1
  ]);
  return { encoder, decoder, latentDim };
}
