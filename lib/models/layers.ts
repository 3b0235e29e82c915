/**
 * The few building blocks every model in this folder is made of, so each model file reads
 * like the architecture table in the lesson.
 */
import * as tf from '@tensorflow/tfjs';
import { mixSeed } from '../util/random';
import { denseLayer } from './denseLayer';

/** Shape of one MNIST-style image: 28 x 28 pixels, 1 grey channel. */
export const IMAGE_SHAPE: [number, number, number] = [28, 28, 1];

/** Number of pixels in one image (784). */
export const IMAGE_PIXELS = IMAGE_SHAPE[0] * IMAGE_SHAPE[1] * IMAGE_SHAPE[2];

/**
 * The first weights of a layer followed by `activation`. A ReLU zeroes half of what it gets, so
 * He initialisation draws twice the variance Glorot's (Keras' default) would; with Glorot the
 * lesson's conv autoencoder sometimes started so small that it stalled at a worse loss.
 */
/** What tfjs layers take as `kernelInitializer`. */
type Initializer = ReturnType<typeof tf.initializers.heNormal>;

export function initializerFor(activation: 'relu' | 'sigmoid' | 'linear', seed?: number): Initializer {
  return activation === 'relu' ? tf.initializers.heNormal({ seed }) : tf.initializers.glorotUniform({ seed });
}

/**
 * Seeds for the initial weights of one model, one per layer, all drawn from the builder's
 * `seed`: the same seed builds the same weights, so a run can be repeated exactly. Without a
 * seed every layer starts from fresh random weights.
 */
export class WeightSeeds {
  private used = 0;
  constructor(private readonly seed?: number) {}

  /** The next layer's seed (undefined when the model is not seeded). */
  next(): number | undefined {
    return this.seed === undefined ? undefined : mixSeed(this.seed, this.used++);
  }
}

/** A 3x3 convolution, like every convolution in the lesson. */
export function conv3x3(
  filters: number,
  activation: 'relu' | 'sigmoid',
  options: { padding?: 'same' | 'valid'; strides?: number; seeds?: WeightSeeds } = {},
): tf.layers.Layer {
  return tf.layers.conv2d({
    filters,
    kernelSize: 3,
    activation,
    kernelInitializer: initializerFor(activation, options.seeds?.next()),
    padding: options.padding ?? 'same',
    strides: options.strides ?? 1,
  });
}

/** A fully connected layer (tfjs's dense layer; see denseLayer.ts for its faster training step). */
export function dense(units: number, activation: 'relu' | 'sigmoid' | 'linear', seeds?: WeightSeeds, name?: string): tf.layers.Layer {
  return denseLayer({ units, activation, name, kernelInitializer: initializerFor(activation, seeds?.next()) });
}

/** Halve height and width, keeping the strongest response of each 2x2 block (odd sizes round up). */
export function maxPool2(): tf.layers.Layer {
  return tf.layers.maxPooling2d({ poolSize: 2, strides: 2, padding: 'same' });
}

/** Double height and width by repeating each pixel into a 2x2 block. */
export function upSample2(): tf.layers.Layer {
  return tf.layers.upSampling2d({ size: [2, 2] });
}

/** Apply `layers` one after the other to a symbolic input. */
export function stack(input: tf.SymbolicTensor, layers: tf.layers.Layer[]): tf.SymbolicTensor {
  return layers.reduce((x, layer) => layer.apply(x) as tf.SymbolicTensor, input);
}

/** A model made of `layers` applied in order to an input of `inputShape` (no batch axis). */
export function sequentialModel(name: string, inputShape: number[], layers: tf.layers.Layer[]): tf.LayersModel {
  const input = tf.input({ shape: inputShape, name: `${name}_input` });
  return tf.model({ name, inputs: input, outputs: stack(input, layers) });
}

/**
 * The full autoencoder: `decoder(encoder(x))`. It shares its weights with `encoder` and
 * `decoder`, so training it trains them too.
 */
export function chain(name: string, encoder: tf.LayersModel, decoder: tf.LayersModel): tf.LayersModel {
  const inputShape = encoder.inputs[0].shape.slice(1) as number[];
  const input = tf.input({ shape: inputShape, name: `${name}_input` });
  const code = encoder.apply(input) as tf.SymbolicTensor;
  return tf.model({ name, inputs: input, outputs: decoder.apply(code) as tf.SymbolicTensor });
}

/**
 * The three models every autoencoder builder returns. They share weights: `autoencoder`
 * contains `encoder` and `decoder`, so `autoencoder.dispose()` frees all three.
 */
export interface Autoencoder {
  /** Image -> latent code. */
  encoder: tf.LayersModel;
  /** Latent code -> image. */
  decoder: tf.LayersModel;
  /** Image -> reconstructed image (encoder then decoder, same weights). */
  autoencoder: tf.LayersModel;
}
