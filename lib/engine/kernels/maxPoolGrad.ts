/**
 * A faster `MaxPoolGrad` for the wasm backend, for the usual pooling whose windows do not
 * overlap (pool size = stride, e.g. Keras' `MaxPooling2D(2)`).
 *
 * Max pooling passes each window's largest value on, so its gradient goes to that one pixel
 * and the rest of the window gets 0. When several pixels tie for the maximum (common after a
 * ReLU: a window of zeros), TensorFlow gives the gradient to the first of them in reading
 * order. This kernel does exactly the same, using only kernels that XNNPACK makes fast
 * (subtract, multiply, add, ReLU, max pooling). The input is viewed as
 * [N*Ho, kh, Wo, kw, C] so that broadcasting reaches every pixel of a window at once:
 *
 * 1. gap = x - max(window) is <= 0, and exactly 0 where x is a maximum.
 * 2. score = relu(rank + gap * 2^200), where rank is kh*kw for the first pixel of a window
 *    down to 1 for the last. Any non-zero gap is at least 2^-149 (the smallest float), so
 *    times 2^200 it swamps the rank: score = rank at the maxima and 0 elsewhere, exactly.
 * 3. The first maximum has the highest score in its window; max pooling the scores finds it,
 *    and relu(score - (best - 1)) is 1 there and 0 everywhere else (scores are whole numbers).
 * 4. dx = that one-hot mask * dy of the window.
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, KernelScope, WasmMemoryBackend, composeKernel } from './kernelScope';

interface MaxPoolGradAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

type Args = KernelArgs<'dy' | 'input' | 'output', MaxPoolGradAttrs>;

/** 2^100: applied twice, it lifts the smallest non-zero gap (2^-149) above any rank. */
const HUGE = 2 ** 100;

/**
 * Build the kernel function. The original wasm kernel is not used at all: it gives the
 * gradient to the *last* tied maximum, and loses it entirely for windows whose values are all
 * <= 0 (it starts its search at the smallest positive float). Overlapping windows, which the
 * fast route cannot handle, take a plain loop that follows the cpu backend's rules instead.
 */
export function makeMaxPoolGrad(): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { inputs: { dy, input }, attrs } = args;
    const info = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      attrs.filterSize,
      attrs.strides,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const { filterHeight: kh, filterWidth: kw, strideHeight, strideWidth, padInfo } = info;
    const nonOverlapping = kh === strideHeight && kw === strideWidth;
    if (!nonOverlapping || padInfo.top !== 0 || padInfo.left !== 0) {
      return maxPoolGradByLoop(args.backend as WasmMemoryBackend, dy, input, info);
    }

    return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
      const [n, height, width, channels] = input.shape;
      const { outHeight: ho, outWidth: wo } = info;
      const windowsShape = [n * ho, kh, wo, kw, channels];
      const perWindowShape = [n * ho, 1, wo, 1, channels];
      const pool = { filterSize: [kh, kw], strides: [kh, kw], pad: 'valid', dimRoundingMode: undefined };

      // Make x exactly ho*kh by wo*kw: 'same' pooling pads at the bottom/right (with -Infinity,
      // which never wins), 'valid' pooling ignores leftover rows/columns (cropped here).
      const tiled = cropOrPad(scope, input, ho * kh, wo * kw, -Infinity);
      const windowMax = scope.run('Reshape', { x: scope.run('MaxPool', { x: tiled }, pool) }, { shape: perWindowShape });
      const windows = scope.run('Reshape', { x: tiled }, { shape: windowsShape });

      const gap = scope.run('Sub', { a: windows, b: windowMax });
      const hugeGap = scope.run('Multiply', { a: scope.run('Multiply', { a: gap, b: scope.scalar(HUGE) }), b: scope.scalar(HUGE) });
      const score = scope.run('Relu', { x: scope.run('Add', { a: hugeGap, b: ranks(scope, kh, kw, channels) }) });

      const best = scope.run('MaxPool', { x: scope.run('Reshape', { x: score }, { shape: tiled.shape }) }, pool);
      const threshold = scope.run('Sub', { a: scope.run('Reshape', { x: best }, { shape: perWindowShape }), b: scope.scalar(1) });
      const isFirstMax = scope.run('Relu', { x: scope.run('Sub', { a: score, b: threshold }) });

      const dyPerWindow = scope.run('Reshape', { x: dy }, { shape: perWindowShape });
      const dxWindows = scope.run('Multiply', { a: isFirstMax, b: dyPerWindow });
      const dxTiled = scope.run('Reshape', { x: dxWindows }, { shape: tiled.shape });
      return cropOrPad(scope, dxTiled, height, width, 0);
    });
  };
}

/** [1, kh, 1, kw, C] holding kh*kw for a window's first pixel (reading order) down to 1 for its last. */
function ranks(scope: KernelScope, kh: number, kw: number, channels: number): tf.TensorInfo {
  const values = new Float32Array(kh * kw * channels);
  for (let p = 0; p < kh * kw; p++) values.fill(kh * kw - p, p * channels, (p + 1) * channels);
  return scope.constant([1, kh, 1, kw, channels], values);
}

/** Crop or pad (bottom/right, with `fill`) an NHWC tensor to height x width. */
function cropOrPad(scope: KernelScope, x: tf.TensorInfo, height: number, width: number, fill: number): tf.TensorInfo {
  const [n, h, w, c] = x.shape;
  let out = x;
  if (height < h || width < w) {
    out = scope.run('Slice', { x: out }, { begin: [0, 0, 0, 0], size: [n, Math.min(h, height), Math.min(w, width), c] });
  }
  if (height > h || width > w) {
    const paddings = [[0, 0], [0, Math.max(0, height - h)], [0, Math.max(0, width - w)], [0, 0]];
    out = scope.run('PadV2', { x: out }, { paddings, constantValue: fill });
  }
  return out;
}

/**
 * The general case, one window at a time: find the first maximum of each window (reading
 * order, padding excluded) and add the window's dy to that pixel. Slow, but only unusual
 * pooling settings (overlapping windows, top/left padding) come here.
 */
function maxPoolGradByLoop(
  backend: WasmMemoryBackend,
  dy: tf.TensorInfo,
  input: tf.TensorInfo,
  info: tf.backend_util.Conv2DInfo,
): tf.TensorInfo {
  const x = backend.readSync(input.dataId) as Float32Array;
  const dyValues = backend.readSync(dy.dataId) as Float32Array;
  const [n, height, width, channels] = input.shape;
  const { outHeight, outWidth, strideHeight, strideWidth, dilationHeight, dilationWidth } = info;
  const { filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;
  const dx = new Float32Array(x.length);
  const pixel = (b: number, row: number, col: number, c: number) => ((b * height + row) * width + col) * channels + c;
  let dyIndex = 0;
  for (let b = 0; b < n; b++) {
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        for (let c = 0; c < channels; c++, dyIndex++) {
          let best = -Infinity;
          let bestIndex = -1;
          for (let fy = 0; fy < filterHeight; fy++) {
            const row = oy * strideHeight - top + fy * dilationHeight;
            if (row < 0 || row >= height) continue;
            for (let fx = 0; fx < filterWidth; fx++) {
              const col = ox * strideWidth - left + fx * dilationWidth;
              if (col < 0 || col >= width) continue;
              const index = pixel(b, row, col, c);
              if (x[index] > best) {
                best = x[index];
                bestIndex = index;
              }
            }
          }
          if (bestIndex >= 0) dx[bestIndex] += dyValues[dyIndex];
        }
      }
    }
  }
  return backend.makeOutput(input.shape, 'float32', undefined, dx);
}
