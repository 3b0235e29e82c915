/**
 * A fix for the cpu backend's `ResizeNearestNeighborGrad` (the gradient of `UpSampling2D`).
 *
 * In tfjs 4.22 the cpu kernel finds dy's rows with the *input* image's batch stride, so for
 * every image after the first it sums the wrong part of dy: with more than one image per
 * batch, convolutional decoders trained on the cpu backend get wrong gradients, silently.
 * For a single image the kernel is right, so this version runs it one image at a time.
 */
import * as tf from '@tensorflow/tfjs';
import { ComposingBackend, KernelArgs, composeKernel, delegate } from './kernelScope';

type Args = KernelArgs<'images' | 'dy', { alignCorners: boolean; halfPixelCenters: boolean }>;

/** Build the kernel function around the original cpu kernel. */
export function makeBatchSafeResizeNearestNeighborGrad(original: tf.KernelFunc): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { inputs: { images, dy }, attrs } = args;
    const batch = images.shape[0];
    if (batch === 1) return delegate(original, args);

    return composeKernel(args.backend as ComposingBackend, 'cpu', (scope) => {
      const oneImage = (t: tf.TensorInfo, b: number) =>
        scope.run('Slice', { x: t }, { begin: [b, 0, 0, 0], size: [1, ...t.shape.slice(1)] });
      const grads: tf.TensorInfo[] = [];
      for (let b = 0; b < batch; b++) {
        grads.push(scope.run(original, { images: oneImage(images, b), dy: oneImage(dy, b) }, attrs as never));
      }
      return scope.run('Concat', grads as never, { axis: 0 });
    });
  };
}
