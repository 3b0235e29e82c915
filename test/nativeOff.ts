/**
 * Run by test/native.test.ts in a child process with COURSE_NATIVE=0: picks the backend as a
 * notebook does, computes the conv autoencoder's gradients on it and on cpu, and prints one
 * JSON line with what it found.
 */
import * as tf from '@tensorflow/tfjs';
import { ready, useBackend } from '../lib/engine/backend';
import { nativeKernelsActive } from '../lib/engine/native';
import { convAutoencoder } from '../lib/models';
import { seededRandom } from '../lib/util/random';

async function gradients(loss: () => tf.Scalar): Promise<Float32Array[]> {
  const { value, grads } = tf.variableGrads(loss);
  const result = await Promise.all(Object.values(grads).map(async (g) => (await g.data()) as Float32Array));
  tf.dispose([value, ...Object.values(grads)]);
  return result;
}

async function main(): Promise<void> {
  const info = await ready();
  const random = seededRandom(7);
  const pixels = Float32Array.from({ length: 4 * 28 * 28 }, () => random());
  const { autoencoder } = convAutoencoder();
  const x = tf.tensor4d(pixels, [4, 28, 28, 1]);
  const loss = () => tf.tidy(() => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar);
  const before = tf.memory().numTensors;
  const onBackend = await gradients(loss);
  const tensorsLeaked = tf.memory().numTensors - before;
  await useBackend('cpu');
  const onCpu = await gradients(loss);
  let maxRelativeError = 0;
  onCpu.forEach((expected, i) => {
    const scale = Math.max(...expected.map(Math.abs), 1e-30);
    const diff = Math.max(...expected.map((v, j) => Math.abs(v - onBackend[i][j])));
    maxRelativeError = Math.max(maxRelativeError, diff / scale);
  });
  console.log(JSON.stringify({ backend: info.name, kernels: info.kernels, nativeActive: nativeKernelsActive(), maxRelativeError, tensorsLeaked }));
  tf.dispose(x);
  autoencoder.dispose();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
