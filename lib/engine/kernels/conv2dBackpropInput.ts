/**
 * A faster `Conv2DBackpropInput` for the wasm backend: the gradient of a convolution with
 * respect to its input (also the forward pass of a transposed convolution). The wasm
 * backend's own version is a plain nested loop; this one runs on wasm's fast forward
 * convolution (XNNPACK) instead.
 *
 * The maths: every input pixel receives the gradient of every output pixel whose window
 * covered it, weighted by the filter tap that touched it. Seen from the input pixel, that is a
 * convolution of dy with the filter turned by 180 degrees and with its in/out channels swapped:
 *
 *   dx = conv2d(dy, flip(W) with [KH,KW,Co,Ci], stride 1, padding KH-1-top above ...)
 *
 * A forward stride s skipped pixels; putting s-1 zero rows/columns between the rows/columns of
 * dy ("dilating" it) restores the spacing first.
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, KernelAttrs, composeKernel, delegate } from './kernelScope';
import { dyForConvolution } from './gradientShape';

interface Conv2DBackpropInputAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  inputShape: [number, number, number, number];
}

type Args = KernelArgs<'dy' | 'filter', Conv2DBackpropInputAttrs>;

/** Build the kernel function; `original` handles the layouts this composition does not cover. */
export function makeConv2dBackpropInput(original: tf.KernelFunc): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { inputs: { filter }, attrs } = args;
    if (attrs.dataFormat === 'NCHW') return delegate(original, args);
    const info = tf.backend_util.computeConv2DInfo(
      attrs.inputShape,
      filter.shape as [number, number, number, number],
      attrs.strides,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const { strideHeight: sh, strideWidth: sw, filterHeight: kh, filterWidth: kw } = info;
    // dy after dilation keeps s-1 zeros after its last row; the bottom padding accounts for them.
    const top = kh - 1 - info.padInfo.top;
    const left = kw - 1 - info.padInfo.left;
    const bottom = info.inHeight + kh - 1 - top - info.outHeight * sh;
    const right = info.inWidth + kw - 1 - left - info.outWidth * sw;
    return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
      // The requested input shape decides the output, whatever size dy has (see gradientShape.ts).
      const dy = dyForConvolution(scope, args.inputs.dy, info, 'Conv2DBackpropInput');
      if (Math.min(top, left, bottom, right) < 0) return scope.run(original, { dy, filter }, attrs as unknown as KernelAttrs);
      const flipped = scope.run('Reverse', { x: filter }, { dims: [0, 1] });
      const swapped = scope.run('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] });
      let spread = dy;
      if (sh > 1 || sw > 1) {
        const [n, ho, wo, co] = dy.shape;
        const gaps = scope.run('Reshape', { x: dy }, { shape: [n, ho, 1, wo, 1, co] });
        const padded = scope.run(
          'PadV2',
          { x: gaps },
          { paddings: [[0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]], constantValue: 0 },
        );
        spread = scope.run('Reshape', { x: padded }, { shape: [n, ho * sh, wo * sw, co] });
      }
      return scope.run(
        'Conv2D',
        { x: spread, filter: swapped },
        {
          strides: [1, 1],
          pad: [[0, 0], [top, bottom], [left, right], [0, 0]],
          dataFormat: 'NHWC',
          dilations: [1, 1],
        },
      );
    });
  };
}
