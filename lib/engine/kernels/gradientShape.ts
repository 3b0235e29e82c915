/**
 * The output gradient dy of a convolution, checked against the shape the convolution's own
 * description implies.
 *
 * `Conv2DBackpropInput` (also the forward pass of `tf.conv2dTranspose`) and
 * `Conv2DBackpropFilter` receive the requested input or filter shape as an attribute, and dy
 * separately. The public ops do not check that the two agree. The cpu backend, the numerical
 * reference, reads only the top-left part of a larger dy that the requested shape implies;
 * the kernels here do the same, and stop with a clear error where the cpu backend would read
 * past the end of dy.
 */
import * as tf from '@tensorflow/tfjs';
import { KernelScope } from './kernelScope';

/**
 * dy as the convolution described by `info` produced it: dy itself, or its top-left
 * [N, outHeight, outWidth, outChannels] part when it is larger.
 */
export function dyForConvolution(scope: KernelScope, dy: tf.TensorInfo, info: tf.backend_util.Conv2DInfo, kernelName: string): tf.TensorInfo {
  const expected = [info.batchSize, info.outHeight, info.outWidth, info.outChannels];
  const [n, h, w, c] = dy.shape;
  if (dy.shape.length !== 4 || n !== expected[0] || c !== expected[3] || h < expected[1] || w < expected[2]) {
    // internal: tfjs's gradients hand over a dy of the forward op's output shape
    throw new Error(
      `${kernelName}: dy has shape [${dy.shape}], but the requested shapes give a convolution output of ` +
        `[${expected}] (dy must have that batch and channel count and at least that height and width)`,
    );
  }
  if (h === expected[1] && w === expected[2]) return dy;
  return scope.run('Slice', { x: dy }, { begin: [0, 0, 0, 0], size: expected });
}
