/**
 * `Conv2DBackpropFilter` for the wasm backend: the gradient of a convolution with respect to
 * its filter. The wasm backend ships without it, so no convolutional model could train there.
 *
 * The maths: for a forward convolution with stride s and padding (top, left),
 *
 *   dW[kh, kw, ci, co] = sum over n, i, j of  x[n, i*s + kh - top, j*s + kw - left, ci] * dy[n, i, j, co]
 *
 * which is itself a convolution once the axes are relabelled: treat the channel `ci` as the
 * batch, the batch `n` as the channel, and dy as the filter. Sliding that "filter" over x with
 * dilation s (its taps are s pixels apart) gives one output pixel per filter tap (kh, kw):
 *
 *   x  [N,H,W,Ci]   -> transpose -> [Ci,H,W,N]   (padded inside the convolution)
 *   dy [N,Ho,Wo,Co] -> transpose -> [Ho,Wo,N,Co] (the "filter")
 *   conv2d(stride 1, dilation s) -> [Ci,KH,KW,Co] -> transpose -> [KH,KW,Ci,Co]
 *
 * That runs on wasm's fast forward convolution (XNNPACK), which is quickest when its output
 * has many channels. When x has more channels than dy (e.g. the last layer of a decoder, with
 * one output channel) and the stride is 1, the roles swap: dy slides over x, giving
 * [Co,KH,KW,Ci] with the taps in reverse order, which is flipped back.
 *
 * (A single matrix product over a shared pixel grid was also tried: XNNPACK repacks a matrix
 * operand on every call at about 12 ns per element, and here that operand is image-sized, so
 * it was slower than these convolutions.)
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, KernelScope, composeKernel } from './kernelScope';
import { dyForConvolution } from './gradientShape';

interface Conv2DBackpropFilterAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
}

type ConvInfo = tf.backend_util.Conv2DInfo;

/** Kernel function for `Conv2DBackpropFilter` (NHWC only, like every wasm convolution). */
export function conv2dBackpropFilter(args: KernelArgs<'x' | 'dy', Conv2DBackpropFilterAttrs>): tf.TensorInfo {
  const { inputs: { x, dy }, attrs } = args;
  if (attrs.dataFormat === 'NCHW') {
    // internal: tf.layers and tf.conv2d always ask for NHWC
    throw new Error("Conv2DBackpropFilter on wasm supports dataFormat 'NHWC' only, got 'NCHW'");
  }
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const unitStride = info.strideHeight === 1 && info.strideWidth === 1;
  return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
    // The requested filter shape decides the output, whatever size dy has (see gradientShape.ts).
    const fitted = dyForConvolution(scope, dy, info, 'Conv2DBackpropFilter');
    return unitStride && info.inChannels > info.outChannels
      ? gradientSlidingDy(scope, x, fitted, info)
      : gradientSlidingX(scope, x, fitted, info);
  });
}

/** dy [N,Ho,Wo,Co] is the filter that slides over x [N,H,W,Ci], read as [Ci,H,W,N]. */
function gradientSlidingX(scope: KernelScope, x: tf.TensorInfo, dy: tf.TensorInfo, info: ConvInfo): tf.TensorInfo {
  const { strideHeight: sh, strideWidth: sw, filterHeight: kh, filterWidth: kw } = info;
  const { top, left } = info.padInfo;
  // Pad only as far as the last filter tap reaches; the forward pass may have padded more.
  const bottom = Math.max(0, (info.outHeight - 1) * sh + kh - top - info.inHeight);
  const right = Math.max(0, (info.outWidth - 1) * sw + kw - left - info.inWidth);

  const channelsAsBatch = scope.run('Transpose', { x }, { perm: [3, 1, 2, 0] });
  const dyAsFilter = scope.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
  const taps = scope.run(
    'Conv2D',
    { x: channelsAsBatch, filter: dyAsFilter },
    { strides: [1, 1], pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: [sh, sw] },
  );
  // x may have rows/columns beyond the last window ('valid' with a stride): cut those taps off.
  const [ci, , , co] = taps.shape;
  const exact =
    taps.shape[1] === kh && taps.shape[2] === kw
      ? taps
      : scope.run('Slice', { x: taps }, { begin: [0, 0, 0, 0], size: [ci, kh, kw, co] });
  return scope.run('Transpose', { x: exact }, { perm: [1, 2, 0, 3] });
}

/**
 * Stride 1 only: x [N,H,W,Ci], read as [H,W,N,Ci], is the filter; dy [N,Ho,Wo,Co], read as
 * [Co,Ho,Wo,N] and padded so that every tap fits, slides over it. Tap (a, b) of the result
 * is filter position (KH-1-a, KW-1-b).
 */
function gradientSlidingDy(scope: KernelScope, x: tf.TensorInfo, dy: tf.TensorInfo, info: ConvInfo): tf.TensorInfo {
  const { filterHeight: kh, filterWidth: kw, inHeight, inWidth, outHeight, outWidth } = info;
  const top = kh - 1 - info.padInfo.top;
  const left = kw - 1 - info.padInfo.left;
  const bottom = kh - 1 + inHeight - outHeight - top;
  const right = kw - 1 + inWidth - outWidth - left;
  if (Math.min(top, left, bottom, right) < 0) return gradientSlidingX(scope, x, dy, info);

  const channelsAsBatch = scope.run('Transpose', { x: dy }, { perm: [3, 1, 2, 0] });
  const xAsFilter = scope.run('Transpose', { x }, { perm: [1, 2, 0, 3] });
  const flippedTaps = scope.run(
    'Conv2D',
    { x: channelsAsBatch, filter: xAsFilter },
    { strides: [1, 1], pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: [1, 1] },
  );
  const taps = scope.run('Reverse', { x: flippedTaps }, { dims: [1, 2] });
  return scope.run('Transpose', { x: taps }, { perm: [1, 2, 3, 0] });
}
