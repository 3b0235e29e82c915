/**
 * 2-D convolutions on oneDNN: `Conv2D`, `FusedConv2D` (bias and activation fused), and the two
 * gradients `Conv2DBackpropInput` and `Conv2DBackpropFilter`. NHWC tensors and HWIO filters,
 * tfjs's layouts; native/conv.cc reorders them into the blocked layouts oneDNN is fast on.
 */
import * as tf from '@tensorflow/tfjs';
import { HeapBackend, NativeKernel, activationCode, allFloat32, heapViews } from './heap';

type Shape4 = [number, number, number, number];
type Pad = 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;

/**
 * oneDNN's padding after the last row (or column): it must give exactly `out` windows, counted
 * as floor((size + before + after - window) / stride) + 1. tfjs's 'same' and 'valid' always
 * fit; null when no non-negative value does.
 */
function paddingAfter(size: number, window: number, stride: number, out: number, before: number): number | null {
  const needed = (out - 1) * stride + window - size - before;
  const after = Math.max(0, needed);
  return Math.floor((size + before + after - window) / stride) + 1 === out ? after : null;
}

/**
 * The 17 numbers native/conv.cc describes a convolution with, or null when it is not one
 * the native kernels cover (NCHW, or a padding oneDNN cannot express).
 */
function convDims(xShape: Shape4, filterShape: Shape4, attrs: Record<string, unknown>): { dims: number[]; info: tf.backend_util.Conv2DInfo } | null {
  if (attrs.dataFormat === 'NCHW') return null;
  const info = tf.backend_util.computeConv2DInfo(
    xShape,
    filterShape,
    attrs.strides as [number, number] | number,
    (attrs.dilations ?? 1) as [number, number] | number,
    attrs.pad as Pad,
    attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
  );
  const { padInfo } = info;
  const effectiveH = (info.filterHeight - 1) * info.dilationHeight + 1;
  const effectiveW = (info.filterWidth - 1) * info.dilationWidth + 1;
  const bottom = paddingAfter(info.inHeight, effectiveH, info.strideHeight, info.outHeight, padInfo.top);
  const right = paddingAfter(info.inWidth, effectiveW, info.strideWidth, info.outWidth, padInfo.left);
  if (bottom == null || right == null || padInfo.top < 0 || padInfo.left < 0) return null;
  if (info.outHeight < 1 || info.outWidth < 1) return null;
  const dims = [
    info.batchSize, info.inHeight, info.inWidth, info.inChannels,
    info.filterHeight, info.filterWidth, info.outChannels, info.outHeight, info.outWidth,
    info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth,
    padInfo.top, padInfo.left, bottom, right,
  ];
  return { dims, info };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** `Conv2D` and `FusedConv2D` share this; `fused` says whether bias and activation may come. */
function conv2dKernel(fused: boolean): NativeKernel {
  return ({ inputs, backend, attrs }, addon) => {
    const { x, filter } = inputs as Record<'x' | 'filter', tf.TensorInfo>;
    const bias = fused ? inputs.bias : undefined;
    const activation = fused ? activationCode(attrs.activation) : 0;
    if (!allFloat32(x, filter, bias) || activation < 0 || (fused && inputs.preluActivationWeights)) return null;
    if (x.shape.length !== 4 || filter.shape.length !== 4) return null;
    const conv = convDims(x.shape as Shape4, filter.shape as Shape4, attrs);
    if (conv == null) return null;
    if (bias && (bias.shape.reduce((a, b) => a * b, 1) !== conv.info.outChannels || bias.shape[bias.shape.length - 1] !== conv.info.outChannels)) return null;
    const out = backend.makeOutput(conv.info.outShape, 'float32');
    const [xView, filterView, outView, biasView] = heapViews(backend, bias ? [x, filter, out, bias] : [x, filter, out]);
    addon.conv2d(xView, filterView, outView, biasView ?? null, conv.dims, activation, Number(attrs.leakyreluAlpha ?? 0.2));
    return out;
  };
}

export const conv2d = conv2dKernel(false);
export const fusedConv2d = conv2dKernel(true);

/**
 * The gradient with respect to the input (and the transposed convolution). A dy whose shape
 * is not the one the requested input shape implies goes to the wasm kernel, which crops it or
 * says what is wrong.
 */
export const conv2dBackpropInput: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { dy, filter } = inputs as Record<'dy' | 'filter', tf.TensorInfo>;
  if (!allFloat32(dy, filter) || dy.shape.length !== 4 || filter.shape.length !== 4) return null;
  const conv = convDims(attrs.inputShape as Shape4, filter.shape as Shape4, { ...attrs, dilations: 1 });
  if (conv == null || !sameShape(dy.shape, conv.info.outShape)) return null;
  const dx = (backend as HeapBackend).makeOutput(conv.info.inShape, 'float32');
  const [dyView, filterView, dxView] = heapViews(backend, [dy, filter, dx]);
  addon.conv2dBackpropInput(dyView, filterView, dxView, conv.dims);
  return dx;
};

/** The gradient with respect to the filter; a dy of an unexpected shape goes to the wasm kernel. */
export const conv2dBackpropFilter: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { x, dy } = inputs as Record<'x' | 'dy', tf.TensorInfo>;
  if (!allFloat32(x, dy) || x.shape.length !== 4 || dy.shape.length !== 4) return null;
  const conv = convDims(x.shape as Shape4, attrs.filterShape as Shape4, { ...attrs, dilations: 1 });
  if (conv == null || !sameShape(dy.shape, conv.info.outShape)) return null;
  const dw = backend.makeOutput(conv.info.filterShape, 'float32');
  const [xView, dyView, dwView] = heapViews(backend, [x, dy, dw]);
  addon.conv2dBackpropFilter(xView, dyView, dwView, conv.dims);
  return dw;
};
