/**
 * The wasm training kernels against the pure-JavaScript cpu backend, the numerical reference.
 * Inputs come from a seeded generator, so a failure can be replayed exactly.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { WASM_TRAINING_KERNELS } from '../lib/engine/kernels';
import { setNativeKernelsEnabled } from '../lib/engine/native';
import { convAutoencoder, denseVae } from '../lib/models';
import { reparameterize, vaeLossTerms } from '../lib/models/vaeMath';
import { onBackend } from './onBackend';
import { Inputs, between, expectWasmGradientsLikeCpu, outSize, pick, relativeError, runOn, values } from './kernelHelpers';


async function expectSameOnBothBackends(label: string, kernel: string, inputs: Inputs, attrs: object): Promise<void> {
  const [onCpu] = await runOn('cpu', kernel, inputs, attrs);
  const [onWasm] = await runOn('wasm', kernel, inputs, attrs);
  expect(onCpu.some((v) => v !== 0), `${label}: reference is all zeros`).to.equal(true);
  expect(relativeError(onWasm, onCpu), label).to.be.below(1e-4);
}

interface ConvCase {
  n: number;
  h: number;
  w: number;
  ci: number;
  co: number;
  k: number;
  stride: number;
  pad: 'same' | 'valid';
}

/** Fixed edge cases plus random ones: strides 1 and 2, both paddings, batch 1, odd sizes, 1..32 channels. */
function convCases(): ConvCase[] {
  const fixed: ConvCase[] = [
    { n: 1, h: 5, w: 5, ci: 1, co: 1, k: 3, stride: 1, pad: 'same' },
    { n: 3, h: 7, w: 9, ci: 16, co: 1, k: 3, stride: 1, pad: 'same' }, // more in- than out-channels
    { n: 2, h: 8, w: 8, ci: 1, co: 16, k: 3, stride: 1, pad: 'same' },
    { n: 1, h: 16, w: 16, ci: 8, co: 16, k: 3, stride: 1, pad: 'valid' },
    { n: 3, h: 9, w: 7, ci: 3, co: 5, k: 3, stride: 2, pad: 'same' },
    { n: 1, h: 8, w: 7, ci: 2, co: 4, k: 3, stride: 2, pad: 'valid' },
    { n: 1, h: 5, w: 5, ci: 2, co: 3, k: 1, stride: 2, pad: 'valid' }, // stride larger than the filter
    { n: 2, h: 6, w: 6, ci: 32, co: 32, k: 2, stride: 2, pad: 'same' },
  ];
  const randomCases = Array.from({ length: 8 }, (): ConvCase => {
    const k = pick([1, 2, 3, 5]);
    return {
      n: pick([1, 2, 3, 5]),
      h: between(k, 12),
      w: between(k, 12),
      ci: between(1, 32),
      co: between(1, 32),
      k,
      stride: pick([1, 2]),
      pad: pick(['same', 'valid'] as const),
    };
  });
  return [...fixed, ...randomCases];
}

const describeCase = (c: ConvCase) =>
  `x [${c.n},${c.h},${c.w},${c.ci}] filter ${c.k}x${c.k}x${c.ci}x${c.co} stride ${c.stride} ${c.pad}`;

describe('wasm training kernels', function () {
  this.timeout(120000);
  onBackend('wasm');
  // These are the kernels wasm runs without the native ones (tested in native.test.ts).
  before(() => setNativeKernelsEnabled(false));
  after(() => setNativeKernelsEnabled(true));

  it('registers every kernel it promises on the wasm backend', () => {
    for (const name of WASM_TRAINING_KERNELS) {
      expect(tf.getKernel(name, 'wasm'), name).to.not.equal(undefined);
    }
  });

  describe('Conv2DBackpropFilter', () => {
    for (const c of convCases()) {
      it(`matches cpu for ${describeCase(c)}`, async () => {
        const ho = outSize(c.h, c.k, c.stride, c.pad);
        const wo = outSize(c.w, c.k, c.stride, c.pad);
        const inputs = {
          x: { shape: [c.n, c.h, c.w, c.ci], data: values([c.n, c.h, c.w, c.ci]) },
          dy: { shape: [c.n, ho, wo, c.co], data: values([c.n, ho, wo, c.co]) },
        };
        const attrs = { strides: [c.stride, c.stride], pad: c.pad, dataFormat: 'NHWC', filterShape: [c.k, c.k, c.ci, c.co] };
        await expectSameOnBothBackends(describeCase(c), 'Conv2DBackpropFilter', inputs, attrs);
      });
    }
  });

  describe('Conv2DBackpropInput', () => {
    for (const c of convCases()) {
      it(`matches cpu for ${describeCase(c)}`, async () => {
        const ho = outSize(c.h, c.k, c.stride, c.pad);
        const wo = outSize(c.w, c.k, c.stride, c.pad);
        const inputs = {
          dy: { shape: [c.n, ho, wo, c.co], data: values([c.n, ho, wo, c.co]) },
          filter: { shape: [c.k, c.k, c.ci, c.co], data: values([c.k, c.k, c.ci, c.co]) },
        };
        const attrs = { strides: [c.stride, c.stride], pad: c.pad, dataFormat: 'NHWC', inputShape: [c.n, c.h, c.w, c.ci] };
        await expectSameOnBothBackends(describeCase(c), 'Conv2DBackpropInput', inputs, attrs);
      });
    }
  });

  describe('requested shapes', () => {
    it('Conv2DBackpropInput gives the requested output when dy is larger (tf.conv2dTranspose 8x8x8 -> 4x4x8)', async () => {
      const inputs = { dy: { shape: [1, 8, 8, 8], data: values([1, 8, 8, 8]) }, filter: { shape: [3, 3, 8, 8], data: values([3, 3, 8, 8]) } };
      const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', inputShape: [1, 4, 4, 8] };
      const [onWasm] = await runOn('wasm', 'Conv2DBackpropInput', inputs, attrs);
      expect(onWasm.length).to.equal(4 * 4 * 8);
      await expectSameOnBothBackends('8x8 dy, 4x4 output', 'Conv2DBackpropInput', inputs, attrs);
    });

    it('Conv2DBackpropFilter reads only the part of a larger dy that the shapes give', async () => {
      const inputs = { x: { shape: [2, 4, 4, 3], data: values([2, 4, 4, 3]) }, dy: { shape: [2, 6, 5, 5], data: values([2, 6, 5, 5]) } };
      await expectSameOnBothBackends('6x5 dy, 4x4 x', 'Conv2DBackpropFilter', inputs, { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 3, 5] });
    });

    it('a dy smaller than the shapes give is an error naming both shapes', async () => {
      const inputs = { dy: { shape: [1, 2, 2, 8], data: values([1, 2, 2, 8]) }, filter: { shape: [3, 3, 8, 8], data: values([3, 3, 8, 8]) } };
      const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', inputShape: [1, 4, 4, 8] };
      let message = '';
      await runOn('wasm', 'Conv2DBackpropInput', inputs, attrs).catch((e: Error) => (message = e.message));
      expect(message).to.match(/dy has shape \[1,2,2,8\].*\[1,4,4,8\]/);
    });
  });

  describe('BatchMatMul', () => {
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[5, 7], [7, 3], false, false],
      [[7, 5], [7, 3], true, false],
      [[5, 7], [3, 7], false, true],
      [[7, 5], [3, 7], true, true],
      [[1, 33, 17], [1, 9, 33], true, true],
      [[128, 512], [128, 2], true, false], // a dense layer's weight gradient
      [[1, 1], [3, 1], false, true],
      [[3, 7, 5], [3, 7, 4], true, false], // a batch of matrices (the original kernel's route)
    ];
    for (const [aShape, bShape, transposeA, transposeB] of cases) {
      const label = `a [${aShape}] b [${bShape}] transposeA=${transposeA} transposeB=${transposeB}`;
      it(`matches cpu for ${label}`, async () => {
        const inputs = { a: { shape: aShape, data: values(aShape) }, b: { shape: bShape, data: values(bShape) } };
        await expectSameOnBothBackends(label, 'BatchMatMul', inputs, { transposeA, transposeB });
      });
    }
  });

  describe('MaxPoolGrad', () => {
    /** x values: random, small integers (many ties, as after a ReLU), or all negative. */
    const kinds = {
      random: (shape: number[]) => values(shape),
      ties: (shape: number[]) => values(shape).map((v) => Math.max(0, Math.round(2 * v))),
      negative: (shape: number[]) => values(shape).map((v) => -1 - Math.abs(v)),
    };
    const cases: Array<[number[], number, number, 'same' | 'valid', keyof typeof kinds]> = [
      [[2, 8, 8, 3], 2, 2, 'same', 'random'],
      [[1, 7, 7, 5], 2, 2, 'same', 'random'], // odd size: padded bottom/right
      [[3, 7, 5, 2], 2, 2, 'valid', 'random'], // odd size: last row/column dropped
      [[2, 9, 9, 4], 3, 3, 'same', 'random'],
      [[2, 8, 8, 16], 2, 2, 'same', 'ties'],
      [[1, 6, 6, 1], 2, 2, 'valid', 'ties'],
      [[2, 6, 7, 3], 2, 2, 'same', 'negative'],
      [[2, 8, 8, 3], 3, 2, 'same', 'random'], // overlapping windows (the loop route)
      [[1, 9, 9, 2], 3, 2, 'valid', 'ties'],
      [[1, 7, 7, 2], 3, 3, 'same', 'random'], // padding on top and left too
    ];
    for (const [shape, size, stride, pad, kind] of cases) {
      const label = `x [${shape}] pool ${size} stride ${stride} ${pad}, ${kind} values`;
      it(`matches cpu for ${label}`, async () => {
        const x = kinds[kind](shape);
        const [n, h, w, c] = shape;
        const dyShape = [n, outSize(h, size, stride, pad), outSize(w, size, stride, pad), c];
        // The forward output is an input of the kernel: compute it like training would.
        await useBackend('cpu');
        const y = tf.tidy(() => tf.maxPool(tf.tensor4d(x, shape as [number, number, number, number]), size, stride, pad));
        const yData = (await y.data()) as Float32Array;
        y.dispose();
        const inputs = {
          dy: { shape: dyShape, data: values(dyShape) },
          input: { shape, data: x },
          output: { shape: dyShape, data: yData },
        };
        await expectSameOnBothBackends(label, 'MaxPoolGrad', inputs, { filterSize: size, strides: stride, pad });
      });
    }
  });

  describe('ResizeNearestNeighborGrad', () => {
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[2, 4, 4, 3], [8, 8], false, false],
      [[3, 3, 5, 2], [9, 15], false, false],
      [[1, 14, 14, 16], [28, 28], false, false],
      [[2, 4, 4, 2], [8, 8], false, true],
      [[2, 4, 3, 2], [6, 5], false, false], // not a whole multiple (the original kernel's route)
      [[2, 3, 3, 1], [7, 7], true, false], // aligned corners (the original kernel's route)
    ];
    for (const [shape, [ho, wo], alignCorners, halfPixelCenters] of cases) {
      const label = `images [${shape}] -> ${ho}x${wo} alignCorners=${alignCorners} halfPixelCenters=${halfPixelCenters}`;
      it(`matches cpu for ${label}`, async () => {
        const dyShape = [shape[0], ho, wo, shape[3]];
        const inputs = { images: { shape, data: values(shape) }, dy: { shape: dyShape, data: values(dyShape) } };
        await expectSameOnBothBackends(label, 'ResizeNearestNeighborGrad', inputs, { alignCorners, halfPixelCenters });
      });
    }

    it('sums each 2x2 block of dy, for every image of a batch (cpu backend fixed too)', async () => {
      const dy = Float32Array.from({ length: 2 * 4 * 4 }, (_, i) => i);
      const expected: number[] = [];
      for (let b = 0; b < 2; b++) {
        for (let r = 0; r < 2; r++) {
          for (let c = 0; c < 2; c++) {
            const at = (rr: number, cc: number) => dy[b * 16 + rr * 4 + cc];
            expected.push(at(2 * r, 2 * c) + at(2 * r, 2 * c + 1) + at(2 * r + 1, 2 * c) + at(2 * r + 1, 2 * c + 1));
          }
        }
      }
      const inputs = { images: { shape: [2, 2, 2, 1], data: new Float32Array(8) }, dy: { shape: [2, 4, 4, 1], data: dy } };
      for (const backend of ['cpu', 'wasm'] as const) {
        const [got] = await runOn(backend, 'ResizeNearestNeighborGrad', inputs, { alignCorners: false, halfPixelCenters: false });
        expect(Array.from(got), backend).to.deep.equal(expected);
      }
    });
  });

  describe('Sum', () => {
    const cases: Array<[number[], number[], boolean]> = [
      [[128, 28, 28, 16], [0, 1, 2], false], // a convolution's bias gradient
      [[64, 14, 14, 8], [0, 1, 2], true],
      [[40, 30, 5], [1, 0], false],
      [[3000, 3], [0], false],
      [[5, 16, 16, 2], [-4, -3, -2], true],
      [[8, 200, 3], [1, 2], false], // not the leading axes (the original kernel's route)
      [[4, 3, 2], [0, 1], false], // small (the original kernel's route)
    ];
    for (const [shape, axis, keepDims] of cases) {
      const label = `x [${shape}] over axes [${axis}] keepDims=${keepDims}`;
      it(`matches cpu for ${label}`, async () => {
        await expectSameOnBothBackends(label, 'Sum', { x: { shape, data: values(shape) } }, { axis, keepDims });
      });
    }

    it('keeps the reduced axes as 1 with keepDims', async () => {
      await useBackend('wasm');
      const x = tf.ones([32, 8, 8, 3]);
      const total = x.sum([0, 1, 2], true);
      expect(total.shape).to.deep.equal([1, 1, 1, 3]);
      expect(Array.from(await total.data())).to.deep.equal([2048, 2048, 2048]);
      tf.dispose([x, total]);
    });
  });

  describe('Identity', () => {
    it('gives a copy that outlives the original and leaks nothing', async () => {
      await useBackend('wasm');
      const before = tf.engine().backend.numDataIds();
      const x = tf.tensor1d([1, 2, 3]);
      const copy = tf.engine().runKernel('Identity', { x }) as tf.Tensor;
      x.dispose();
      expect(Array.from(await copy.data())).to.deep.equal([1, 2, 3]);
      copy.dispose();
      expect(tf.engine().backend.numDataIds()).to.equal(before);
    });
  });

  describe('whole models', () => {
    const expectSameGradients = (loss: () => tf.Scalar) => expectWasmGradientsLikeCpu(loss);

    const images = (n: number) => tf.tensor4d(values([n, 28, 28, 1]).map((v) => (v + 1) / 2), [n, 28, 28, 1]);

    it('conv autoencoder: gradients on wasm equal those on cpu', async () => {
      await useBackend('cpu');
      const { autoencoder } = convAutoencoder();
      const x = images(6);
      await expectSameGradients(() => tf.tidy(() => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar));
      x.dispose();
      autoencoder.dispose();
    });

    it('dense VAE: gradients on wasm equal those on cpu', async () => {
      await useBackend('cpu');
      const { encoder, decoder } = denseVae();
      const x = images(16);
      const loss = () =>
        tf.tidy(() => {
          const [zMean, zLogVar] = encoder.apply(x) as tf.Tensor2D[];
          const z = reparameterize(zMean, zLogVar, 7);
          return tf.tidy(() => vaeLossTerms({ images: x, reconstructions: decoder.apply(z) as tf.Tensor, zMean, zLogVar }).total);
        });
      await expectSameGradients(loss);
      x.dispose();
      encoder.dispose();
      decoder.dispose();
    });

    it('a training step on wasm leaks no tensors and no backend memory', async () => {
      await useBackend('wasm');
      const { autoencoder } = convAutoencoder();
      const optimizer = tf.train.adam(1e-3);
      const x = images(4);
      const loss = () => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar;
      const step = () => optimizer.minimize(loss, true)?.dispose();
      step(); // the first step creates the optimizer's own variables
      const tensorsBefore = tf.memory().numTensors;
      const buffersBefore = tf.engine().backend.numDataIds();
      step();
      step();
      expect(tf.memory().numTensors).to.equal(tensorsBefore);
      expect(tf.engine().backend.numDataIds()).to.equal(buffersBefore);
      tf.dispose(x);
      optimizer.dispose();
      autoencoder.dispose();
    });
  });
});
