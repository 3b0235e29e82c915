/**
 * `MaxPoolGrad` and nearest-neighbour resizing (`ResizeNearestNeighbor` and its gradient), the
 * pooling and upsampling of the lesson's convolutional models, as single passes in native code.
 * Resizing with aligned corners or half-pixel centres goes to the wasm kernels.
 */
import * as tf from '@tensorflow/tfjs';
import { NativeKernel, allFloat32, heapViews } from './heap';

type Pad = 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;

export const maxPoolGrad: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { dy, input } = inputs as Record<'dy' | 'input', tf.TensorInfo>;
  if (!allFloat32(dy, input) || input.shape.length !== 4) return null;
  const info = tf.backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    attrs.filterSize as [number, number] | number,
    attrs.strides as [number, number] | number,
    1,
    attrs.pad as Pad,
    attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
  );
  if (!dy.shape.every((d, i) => d === info.outShape[i]) || info.padInfo.top < 0 || info.padInfo.left < 0) return null;
  const dx = backend.makeOutput(input.shape, 'float32');
  const [dyView, xView, dxView] = heapViews(backend, [dy, input, dx]);
  const dims = [
    info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.outHeight, info.outWidth,
    info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth, info.padInfo.top, info.padInfo.left,
  ];
  addon.maxPoolGrad(dyView, xView, dxView, dims);
  return dx;
};

/** True for the plain resize the native loops implement. */
function plainResize(attrs: Record<string, unknown>): boolean {
  return attrs.alignCorners !== true && attrs.halfPixelCenters !== true;
}

export const resizeNearestNeighbor: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { images } = inputs as Record<'images', tf.TensorInfo>;
  if (!allFloat32(images) || images.shape.length !== 4 || !plainResize(attrs)) return null;
  const [n, h, w, c] = images.shape;
  const [oh, ow] = attrs.size as [number, number];
  if (!(oh >= 1 && ow >= 1 && n * h * w * c > 0)) return null;
  const out = backend.makeOutput([n, oh, ow, c], 'float32');
  const [inView, outView] = heapViews(backend, [images, out]);
  addon.resizeNearest(inView, outView, [n, h, w, c, oh, ow]);
  return out;
};

export const resizeNearestNeighborGrad: NativeKernel = ({ inputs, backend, attrs }, addon) => {
  const { images, dy } = inputs as Record<'images' | 'dy', tf.TensorInfo>;
  if (!allFloat32(dy) || images.shape.length !== 4 || dy.shape.length !== 4 || !plainResize(attrs)) return null;
  const [n, h, w, c] = images.shape;
  const [dn, oh, ow, dc] = dy.shape;
  if (dn !== n || dc !== c || n * h * w * c === 0) return null;
  const dx = backend.makeOutput([n, h, w, c], 'float32');
  const [dyView, dxView] = heapViews(backend, [dy, dx]);
  addon.resizeNearestGrad(dyView, dxView, [n, h, w, c, oh, ow]);
  return dx;
};
