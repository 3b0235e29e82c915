/**
 * Reference solution of exercise 3. The course library builds the lesson's convolutional
 * autoencoder: read lib/models/convAutoencoder.ts (`convAutoencoder` and `convDecoder`).
 */
import * as tf from '@tensorflow/tfjs';
import { convAutoencoder } from '../lib/models/convAutoencoder';

export { convDecoder as buildConvDecoder } from '../lib/models/convAutoencoder';

/** The library builds the encoder together with its decoder; keep just the encoder. */
export function buildConvEncoder(): tf.LayersModel {
  return convAutoencoder().encoder;
}
