/**
 * A faster `ResizeNearestNeighborGrad` for the wasm backend: the gradient of nearest-neighbour
 * upsampling (Keras' `UpSampling2D`).
 *
 * When the output is exactly f times the input (f a whole number, the usual 2x upsampling),
 * every input pixel was copied into one f x f block, so its gradient is the sum of dy over
 * that block: an average pool over f x f blocks times f*f. Average pooling is one of wasm's
 * fast (XNNPACK) kernels; other size ratios use the original kernel.
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, composeKernel, delegate } from './kernelScope';

interface ResizeNearestNeighborGradAttrs {
  alignCorners: boolean;
  halfPixelCenters: boolean;
}

type Args = KernelArgs<'images' | 'dy', ResizeNearestNeighborGradAttrs>;

/** Build the kernel function; `original` handles non-integer size ratios and aligned corners. */
export function makeResizeNearestNeighborGrad(original: tf.KernelFunc): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { inputs: { images, dy }, attrs } = args;
    const [, inHeight, inWidth] = images.shape;
    const [, outHeight, outWidth] = dy.shape;
    const fh = outHeight / inHeight;
    const fw = outWidth / inWidth;
    // alignCorners stretches the grid so blocks are uneven; halfPixelCenters keeps whole blocks.
    if (attrs.alignCorners || !Number.isInteger(fh) || !Number.isInteger(fw)) return delegate(original, args);

    return composeKernel(args.backend as ComposingBackend, 'wasm', (scope) => {
      const blockMeans = scope.run(
        'AvgPool',
        { x: dy },
        { filterSize: [fh, fw], strides: [fh, fw], pad: 'valid', dimRoundingMode: undefined },
      );
      return scope.run('Multiply', { a: blockMeans, b: scope.scalar(fh * fw) });
    });
  };
}
