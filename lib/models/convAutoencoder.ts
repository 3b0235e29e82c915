/**
 * The lesson's convolutional autoencoder. Convolutions see neighbouring pixels together, so
 * the code keeps spatial structure (strokes, loops) that a dense layer has to learn from scratch.
 */
import * as tf from '@tensorflow/tfjs';
import { Autoencoder, IMAGE_SHAPE, WeightSeeds, chain, conv3x3, maxPool2, sequentialModel, upSample2 } from './layers';
import { rejectUnknownOptions, seedOption } from './options';

/** Shape of the convolutional code: 4 x 4 pixels with 8 channels (128 numbers). */
export const CONV_CODE_SHAPE: [number, number, number] = [4, 4, 8];

/**
 * The lesson's decoder, shared by the convolutional autoencoder and the super-resolution model.
 * Codes [N,4,4,8] -> images [N,28,28,1] (sigmoid). The 'valid' convolution turns 16x16 into
 * 14x14, which is how 4 -> 8 -> 16 -> 14 -> 28 lands exactly on 28.
 */
export function convDecoder(seeds = new WeightSeeds()): tf.LayersModel {
  return sequentialModel('decoder', CONV_CODE_SHAPE, [
    conv3x3(8, 'relu', { seeds }), // 4x4x8
    upSample2(), // 8x8x8
    conv3x3(8, 'relu', { seeds }),
    upSample2(), // 16x16x8
    conv3x3(16, 'relu', { padding: 'valid', seeds }), // 14x14x16
    upSample2(), // 28x28x16
    conv3x3(1, 'sigmoid', { seeds }), // 28x28x1
  ]);
}

/** Options of the lesson's fixed architectures: only the seed of the initial weights. */
export interface SeedOnly {
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

/**
 * Build the lesson's convolutional autoencoder (its only option is the weights' `seed`).
 *
 * - encoder: images [N,28,28,1] -> codes [N,4,4,8]
 *   (Conv 16 -> pool -> Conv 8 -> pool -> Conv 8 -> pool; 28 -> 14 -> 7 -> 4)
 * - decoder: codes [N,4,4,8] -> images [N,28,28,1] (see `convDecoder`)
 * - autoencoder: images [N,28,28,1] -> reconstructions [N,28,28,1]
 */
export function convAutoencoder(options: SeedOnly = {}): Autoencoder {
  rejectUnknownOptions('convAutoencoder', options, ['seed']);
  const seeds = new WeightSeeds(seedOption('convAutoencoder', options.seed));
  const encoder = sequentialModel('encoder', IMAGE_SHAPE, [
    conv3x3(16, 'relu', { seeds }), // 28x28x16
    maxPool2(), // 14x14x16
    conv3x3(8, 'relu', { seeds }),
    maxPool2(), // 7x7x8
    conv3x3(8, 'relu', { seeds }),
    maxPool2(), // 4x4x8 (7 is odd: 'same' pooling rounds up)
  ]);
  const decoder = convDecoder(seeds);
  return { encoder, decoder, autoencoder: chain('autoencoder', encoder, decoder) };
}
