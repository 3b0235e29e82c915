/**
 * Super-resolution: an autoencoder whose input is a 14x14 (2x2 average-pooled) image and whose
 * target is the 28x28 original. The decoder is the conv autoencoder's, so it must invent the
 * missing detail from what it learned about digits.
 */
import * as tf from '@tensorflow/tfjs';
import { Autoencoder, WeightSeeds, chain, conv3x3, maxPool2, sequentialModel, upSample2 } from './layers';
import { CONV_CODE_SHAPE, SeedOnly, convDecoder } from './convAutoencoder';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';

/** Shape of the low-resolution input: 14 x 14 x 1. */
export const LOW_RES_SHAPE: [number, number, number] = [14, 14, 1];

/**
 * Build the lesson's super-resolution model (no options).
 *
 * - encoder: low-res images [N,14,14,1] -> codes [N,4,4,8] (Conv 16 -> pool -> Conv 8 -> pool)
 * - decoder: codes [N,4,4,8] -> images [N,28,28,1], the same design as `convAutoencoder`'s
 * - autoencoder: [N,14,14,1] -> [N,28,28,1]
 */
export function superResolution(options: SeedOnly = {}): Autoencoder {
  rejectUnknownOptions('superResolution', options, ['seed']);
  const seeds = new WeightSeeds(seedOption('superResolution', options.seed));
  const encoder = sequentialModel('encoder', LOW_RES_SHAPE, [
    conv3x3(16, 'relu', { seeds }), // 14x14x16
    maxPool2(), // 7x7x16
    conv3x3(CONV_CODE_SHAPE[2], 'relu', { seeds }), // 7x7x8
    maxPool2(), // 4x4x8
  ]);
  const decoder = convDecoder(seeds);
  return { encoder, decoder, autoencoder: chain('autoencoder', encoder, decoder) };
}

/** The output of `superResolutionWithoutBottleneck`. */
export interface Upscaler {
  /** Low-res images [N,14,14,1] -> images [N,28,28,1] (sigmoid). */
  upscaler: tf.LayersModel;
}

/**
 * A super-resolution network that never shrinks its input, so it keeps everything the 14x14
 * image holds (196 numbers), where the lesson's design squeezes it into a 128-number code
 * first. Two 3x3 convolutions turn the small image into `filters` feature maps (strokes,
 * edges, their directions), nearest-neighbour upsampling doubles them to 28x28, and a last
 * 3x3 convolution draws the sharp image from them.
 *
 * - upscaler: low-res images [N,14,14,1] -> images [N,28,28,1]
 */
export function superResolutionWithoutBottleneck(options: { filters?: number; seed?: number } = {}): Upscaler {
  const builder = 'superResolutionWithoutBottleneck';
  rejectUnknownOptions(builder, options, ['filters', 'seed']);
  const filters = positiveInteger(builder, 'filters', options.filters ?? 16);
  const seeds = new WeightSeeds(seedOption(builder, options.seed));
  return {
    upscaler: sequentialModel('upscaler', LOW_RES_SHAPE, [
      conv3x3(filters, 'relu', { seeds }), // 14x14xF
      conv3x3(filters, 'relu', { seeds }), // 14x14xF
      upSample2(), // 28x28xF
      conv3x3(1, 'sigmoid', { seeds }), // 28x28x1
    ]),
  };
}
