/**
 * A dense decoder packed to travel inside a notebook output, so the page can decode latent
 * points itself (lib/plot/explorerPage.ts) without TensorFlow.js and without the network.
 *
 * Weights are sent as half-precision numbers: the lesson's dense decoder (2 -> 512 -> 784) is
 * 0.4 million weights, 1.1 MB of base64 this way instead of 2.1 MB, and the decoded pixels
 * differ from the float32 model's by less than 4e-4 (mean 4e-5, on random weights of std 0.15;
 * test/latentExplorer.test.ts holds it below 3e-3).
 */
import * as tf from '@tensorflow/tfjs';
import type { PageDenseLayer } from './explorerPage';
import { t } from '../util/i18n';

const ACTIVATIONS = ['linear', 'relu', 'sigmoid', 'tanh'] as const;

const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);

/** The 16 bits of the half-precision number nearest to `value` (ties to even). */
export function numberToHalf(value: number): number {
  float[0] = value;
  const bits = floatBits[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  let mantissa = bits & 0x7fffff;
  if (((bits >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0); // Inf, NaN
  if (exponent >= 31) return sign | 0x7c00;
  if (exponent <= 0) {
    // Too small for a normal half: a subnormal, or zero.
    if (exponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - exponent;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && half & 1)) half++;
    return sign | half;
  }
  let half = sign | (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  // Rounding up may carry into the exponent, which is still the right answer.
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  return half;
}

/** Numbers -> base64 of little-endian half-precision values (what unpackHalves reads). */
export function packHalves(values: ArrayLike<number>, what: string): string {
  const bytes = Buffer.alloc(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    if (!(Math.abs(values[i]) <= 65504)) {
      throw new Error(t('page.half', { what, value: values[i], index: i }));
    }
    bytes.writeUInt16LE(numberToHalf(values[i]), 2 * i);
  }
  return bytes.toString('base64');
}

/** A short description of a layer for error messages, e.g. "conv2d_Conv2D1 (Conv2D)". */
function describe(layer: tf.layers.Layer): string {
  return `${layer.name} (${layer.getClassName()})`;
}

/**
 * Read a decoder made of dense layers (optionally ending with a reshape to the image shape)
 * into the form the page computes with. Anything else is refused with the layer that is in the
 * way: the page has no convolutions.
 */
export function pageDecoderLayers(decoder: tf.LayersModel, what: string): PageDenseLayer[] {
  const layers: PageDenseLayer[] = [];
  const inner = decoder.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  for (const [k, layer] of inner.entries()) {
    const kind = layer.getClassName();
    const finalReshape = kind === 'Reshape' && k === inner.length - 1;
    if (finalReshape) continue;
    if (kind !== 'Dense') {
      throw new Error(t('page.layer', { what, layer: describe(layer) }));
    }
    const config = layer.getConfig() as { activation?: string; useBias?: boolean };
    const activation = config.activation ?? 'linear';
    if (!(ACTIVATIONS as readonly string[]).includes(activation)) {
      throw new Error(t('page.activation', { what, layer: describe(layer), activation, known: ACTIVATIONS.join(', ') }));
    }
    const [kernel, bias] = layer.getWeights();
    const [inputs, units] = kernel.shape;
    const biasValues = bias ? bias.dataSync() : new Float32Array(units);
    layers.push({
      inputs,
      units,
      activation: activation as PageDenseLayer['activation'],
      kernel: packHalves(kernel.dataSync(), `${what}: ${describe(layer)} kernel`),
      bias: packHalves(biasValues, `${what}: ${describe(layer)} bias`),
    });
  }
  if (layers.length === 0) throw new Error(t('page.noDense', { what }));
  return layers;
}
