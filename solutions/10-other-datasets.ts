/**
 * Reference solution of exercise 10.
 *
 * The denoiser is the course library's convolutional autoencoder (lib/models/convAutoencoder.ts):
 * the architecture does not care whether the 28x28 images are digits or clothes; the data it
 * is trained on does. The colour super-resolution model is written here.
 */
import * as tf from '@tensorflow/tfjs';
import { convAutoencoder } from '../lib/models/convAutoencoder';
import { conv3x3, sequentialModel } from '../lib/models/layers';

/** Fashion-MNIST denoiser: the lesson's conv autoencoder, [N,28,28,1] -> [N,28,28,1]. */
export function buildFashionDenoiser(): tf.LayersModel {
  return convAutoencoder().autoencoder;
}

/** Side of a CIFAR-10 image. */
const CIFAR_SIZE = 32;
/** Feature maps of the sharpening convolutions: enough for colour edges, small enough to train fast. */
const FEATURES = 16;

/**
 * CIFAR-10 super-resolution, [N,32/factor,32/factor,3] -> [N,32,32,3].
 *
 * First enlarge by repeating pixels (UpSampling2D), so the network starts from a blocky
 * image of the right size; then three 3x3 convolutions learn to replace the blocks with
 * smooth colours and edges. The last one has 3 filters, one per colour channel, and a sigmoid
 * to keep the output in (0, 1) like the target images.
 */
export function buildCifarSuperResolution(factor: 2 | 4): tf.LayersModel {
  if (factor !== 2 && factor !== 4) throw new Error(`factor must be 2 or 4, got ${String(factor)}`);
  const lowRes = CIFAR_SIZE / factor;
  return sequentialModel(`super_resolution_${factor}x`, [lowRes, lowRes, 3], [
    tf.layers.upSampling2d({ size: [factor, factor] }), // 32x32x3, blocky
    conv3x3(FEATURES, 'relu'),
    conv3x3(FEATURES, 'relu'),
    conv3x3(3, 'sigmoid'), // 32x32x3 in (0, 1)
  ]);
}
