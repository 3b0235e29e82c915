/**
 * Bicubic interpolation, written out so the course can show what the classic upscaling
 * baseline does (TensorFlow.js has nearest and bilinear resizing, but no bicubic).
 *
 * Each output pixel is a weighted sum of the 4x4 nearest input pixels. The weights come from
 * Keys' cubic convolution kernel with a = -0.5 (the choice of most image libraries): it passes
 * exactly through the input pixels and reproduces straight ramps and parabolas. The kernel is
 * separable, so we resize the width first and then the height, each as a matrix product with an
 * interpolation matrix M (out x in): row o of M holds the weights output pixel o gives to
 * every input pixel. Pixels past the border repeat the edge pixel.
 */
import * as tf from '@tensorflow/tfjs';

/** The `a` parameter of Keys' kernel; -0.5 makes the interpolation third-order accurate. */
export const KEYS_A = -0.5;

/** Keys' cubic convolution kernel W(x): 1 at 0, 0 at the other integers, 0 beyond |x| >= 2. */
export function keysCubicWeight(x: number, a = KEYS_A): number {
  const d = Math.abs(x);
  if (d <= 1) return (a + 2) * d ** 3 - (a + 3) * d ** 2 + 1;
  if (d < 2) return a * d ** 3 - 5 * a * d ** 2 + 8 * a * d - 4 * a;
  return 0;
}

/**
 * The [outSize, inSize] matrix that resizes one row of pixels from inSize to outSize.
 * Pixel centres are aligned the usual way (half-pixel centres): output pixel o samples the
 * input at x = (o + 0.5) * inSize / outSize - 0.5.
 */
export function cubicResizeMatrix(inSize: number, outSize: number): Float32Array {
  const matrix = new Float32Array(outSize * inSize);
  const scale = inSize / outSize;
  for (let o = 0; o < outSize; o++) {
    const x = (o + 0.5) * scale - 0.5;
    const left = Math.floor(x);
    for (let k = -1; k <= 2; k++) {
      const tap = left + k;
      const clamped = Math.min(Math.max(tap, 0), inSize - 1); // repeat edge pixels
      matrix[o * inSize + clamped] += keysCubicWeight(x - tap);
    }
  }
  return matrix;
}

/**
 * Resize images [N,H,W,C] to [N,outHeight,outWidth,C] with bicubic interpolation. The result
 * can overshoot the input's range slightly near sharp edges (the kernel has negative lobes);
 * callers that need [0, 1] clip it.
 */
export function resizeBicubic(images: tf.Tensor4D, outHeight: number, outWidth: number): tf.Tensor4D {
  const [n, height, width, channels] = images.shape;
  return tf.tidy(() => {
    const rowsMatrix = tf.tensor2d(cubicResizeMatrix(height, outHeight), [outHeight, height]);
    const colsMatrix = tf.tensor2d(cubicResizeMatrix(width, outWidth), [outWidth, width]);
    // Width: bring W last, multiply every row of pixels by M_colsᵀ.
    const rows = images.transpose([0, 1, 3, 2]).reshape([n * height * channels, width]);
    const widened = tf.matMul(rows, colsMatrix, false, true).reshape([n, height, channels, outWidth]);
    // Height: bring H last, multiply every column of pixels by M_rowsᵀ.
    const columns = widened.transpose([0, 2, 3, 1]).reshape([n * channels * outWidth, height]);
    const heightened = tf.matMul(columns, rowsMatrix, false, true).reshape([n, channels, outWidth, outHeight]);
    return heightened.transpose([0, 3, 2, 1]) as tf.Tensor4D;
  });
}
