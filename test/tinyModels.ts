/** Small models shared by the trainer's tests. */
import * as tf from '@tensorflow/tfjs';

/** A tiny dense autoencoder (8 -> 3 -> 8) whose initial weights depend only on `seed`. */
export function tinyAutoencoder(seed = 1): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [8], units: 3, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.dense({ units: 8, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }),
    ],
  });
}
