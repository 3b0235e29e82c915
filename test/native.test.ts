/**
 * The native oneDNN kernels (native/, lib/engine/native) against the pure-JavaScript cpu
 * backend. Every case also checks, with a spy on the addon, that the native code really ran
 * (or, for the cases it leaves to the wasm kernels, that it did not).
 *
 * Where the addon did not build, the kernel tests are skipped with the reason; the tests of
 * the fallback (COURSE_NATIVE=0, in a child process) run everywhere.
 */
import { expect } from 'chai';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { nativeKernelsActive, nativeStatus, registerNativeKernels, setNativeKernelsEnabled } from '../lib/engine/native';
import type { NativeAddon } from '../lib/engine/native/addon';
import { cnnVae, convAutoencoder, denseVae } from '../lib/models';
import { denseLayer } from '../lib/models/denseLayer';
import { reparameterize, vaeLossTerms } from '../lib/models/vaeMath';
import { fusedAdam, fusedRmsProp } from '../lib/train/fusedOptimizers';
import { env } from '../lib/util/env';
import { AddonSpy, Inputs, between, expectWasmGradientsLikeCpu, outSize, pick, relativeError, runOn, values } from './kernelHelpers';

const TOLERANCE = 1e-4;
const NATIVE_KERNELS_TO_CHECK = ['BatchMatMul', 'Conv2DBackpropInput', 'MaxPoolGrad', 'Sum', 'Conv2DBackpropFilter'];

/** The addon, loading the wasm backend first (which registers it when it built). */
async function nativeAddon(): Promise<NativeAddon | undefined> {
  await useBackend('wasm');
  return registerNativeKernels({ enabled: env.nativeKernels(), threads: env.threads() });
}

describe('native kernels', function () {
  this.timeout(180000);
  let addon: NativeAddon | undefined;
  let spy: AddonSpy;
  let previous: string;

  before(async function () {
    previous = tf.getBackend() ?? 'cpu';
    addon = await nativeAddon();
    if (!addon) {
      console.log(`      skipped: ${nativeStatus()}`);
      this.skip();
    }
    setNativeKernelsEnabled(true);
    spy = new AddonSpy(addon!);
  });
  after(async () => {
    spy?.restore();
    await useBackend(previous);
  });
  beforeEach(() => spy?.reset());

  /** Run on cpu and on wasm; the native function `entry` must have run (or, with 0, not). */
  async function expectMatch(label: string, kernel: string, inputs: Inputs, attrs: object, entry: keyof NativeAddon, calls = 1) {
    const onCpu = await runOn('cpu', kernel, inputs, attrs);
    spy.reset();
    const onWasm = await runOn('wasm', kernel, inputs, attrs);
    expect(spy.count(entry), `${label}: calls of the native ${entry}`).to.equal(calls);
    onCpu.forEach((expected, i) => {
      expect(expected.some((v) => v !== 0), `${label}: reference is all zeros`).to.equal(true);
      expect(relativeError(onWasm[i], expected), `${label} output ${i}`).to.be.below(TOLERANCE);
    });
  }

  it('stay registered once, over the wasm kernels, however often the backend is chosen', async () => {
    const before = NATIVE_KERNELS_TO_CHECK.map((name) => tf.getKernel(name, 'wasm')!.kernelFunc);
    await useBackend('cpu');
    await useBackend('wasm');
    await useBackend('wasm');
    NATIVE_KERNELS_TO_CHECK.forEach((name, i) => expect(tf.getKernel(name, 'wasm')!.kernelFunc, name).to.equal(before[i]));
  });

  it('says that they run, with their thread count', () => {
    expect(nativeKernelsActive()).to.equal(true);
    expect(nativeStatus()).to.match(/^wasm with native oneDNN kernels, \d+ threads?$/);
  });

  describe('BatchMatMul and _FusedMatMul', () => {
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[5, 7], [7, 3], false, false],
      [[7, 5], [7, 3], true, false],
      [[5, 7], [3, 7], false, true],
      [[7, 5], [3, 7], true, true],
      [[128, 512], [128, 2], true, false], // a dense layer's weight gradient
      [[64, 300], [130, 300], false, true],
      [[3, 7, 5], [3, 7, 4], true, false], // a batch of matrices
      [[2, 3, 4, 5], [2, 3, 5, 6], false, false],
      [[1, 5, 7], [4, 7, 3], false, false], // a broadcast on one side
      [[4, 5, 7], [7, 3], false, false],
      [[1, 1], [1, 1], false, false],
    ];
    for (const [aShape, bShape, transposeA, transposeB] of cases) {
      const label = `a [${aShape}] b [${bShape}] transposeA=${transposeA} transposeB=${transposeB}`;
      it(`BatchMatMul matches cpu for ${label}`, async () => {
        const inputs = { a: { shape: aShape, data: values(aShape) }, b: { shape: bShape, data: values(bShape) } };
        await expectMatch(label, 'BatchMatMul', inputs, { transposeA, transposeB }, 'matMul');
      });
    }

    for (const activation of ['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu']) {
      const transposeA = pick([true, false]);
      const transposeB = pick([true, false]);
      const [m, k, n] = [between(1, 40), between(1, 40), between(1, 40)];
      const label = `[${m}x${k}]·[${k}x${n}] + bias, ${activation}, transposeA=${transposeA} transposeB=${transposeB}`;
      it(`_FusedMatMul matches cpu for ${label}`, async () => {
        const aShape = transposeA ? [k, m] : [m, k];
        const bShape = transposeB ? [n, k] : [k, n];
        const inputs = {
          a: { shape: aShape, data: values(aShape) },
          b: { shape: bShape, data: values(bShape) },
          bias: { shape: [n], data: values([n]) },
        };
        const attrs = { transposeA, transposeB, activation, leakyreluAlpha: 0.3 };
        await expectMatch(label, '_FusedMatMul', inputs, attrs, 'matMul');
      });
    }

    it('leaves batches that pair up only by broadcasting to the wasm kernel', async () => {
      const inputs = { a: { shape: [2, 3, 5, 7], data: values([2, 3, 5, 7]) }, b: { shape: [3, 7, 4], data: values([3, 7, 4]) } };
      await expectMatch('a [2,3,5,7] b [3,7,4]', 'BatchMatMul', inputs, { transposeA: false, transposeB: false }, 'matMul', 0);
    });
  });

  describe('convolutions', () => {
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
    const fixed: ConvCase[] = [
      { n: 3, h: 28, w: 28, ci: 1, co: 16, k: 3, stride: 1, pad: 'same' }, // the lesson's first layer
      { n: 3, h: 28, w: 28, ci: 16, co: 1, k: 3, stride: 1, pad: 'same' }, // and its last
      { n: 2, h: 16, w: 16, ci: 8, co: 16, k: 3, stride: 1, pad: 'valid' },
      { n: 1, h: 5, w: 5, ci: 1, co: 1, k: 3, stride: 1, pad: 'same' },
      { n: 3, h: 9, w: 7, ci: 3, co: 5, k: 3, stride: 2, pad: 'same' },
      { n: 1, h: 8, w: 7, ci: 2, co: 1, k: 3, stride: 2, pad: 'valid' },
      { n: 2, h: 9, w: 9, ci: 1, co: 4, k: 3, stride: 2, pad: 'same' },
      { n: 1, h: 5, w: 5, ci: 2, co: 3, k: 1, stride: 2, pad: 'valid' },
      { n: 2, h: 6, w: 6, ci: 32, co: 32, k: 2, stride: 2, pad: 'same' },
      { n: 2, h: 7, w: 6, ci: 5, co: 1, k: 5, stride: 1, pad: 'valid' },
    ];
    const randomCases = Array.from({ length: 8 }, (): ConvCase => {
      const k = pick([1, 2, 3, 5]);
      return { n: pick([1, 2, 3]), h: between(k, 13), w: between(k, 13), ci: between(1, 32), co: between(1, 32), k, stride: pick([1, 2]), pad: pick(['same', 'valid'] as const) };
    });
    const describeCase = (c: ConvCase) => `x [${c.n},${c.h},${c.w},${c.ci}] filter ${c.k}x${c.k}x${c.ci}x${c.co} stride ${c.stride} ${c.pad}`;

    for (const c of [...fixed, ...randomCases]) {
      const xShape = [c.n, c.h, c.w, c.ci];
      const filterShape = [c.k, c.k, c.ci, c.co];
      const dyShape = [c.n, outSize(c.h, c.k, c.stride, c.pad), outSize(c.w, c.k, c.stride, c.pad), c.co];
      const common = { strides: [c.stride, c.stride], pad: c.pad, dataFormat: 'NHWC' };

      it(`Conv2D matches cpu for ${describeCase(c)}`, async () => {
        const inputs = { x: { shape: xShape, data: values(xShape) }, filter: { shape: filterShape, data: values(filterShape) } };
        await expectMatch(describeCase(c), 'Conv2D', inputs, { ...common, dilations: [1, 1] }, 'conv2d');
      });

      const activation = pick(['relu', 'sigmoid', 'linear', 'elu']);
      it(`FusedConv2D (bias, ${activation}) matches cpu for ${describeCase(c)}`, async () => {
        const inputs = {
          x: { shape: xShape, data: values(xShape) },
          filter: { shape: filterShape, data: values(filterShape) },
          bias: { shape: [c.co], data: values([c.co]) },
        };
        await expectMatch(describeCase(c), 'FusedConv2D', inputs, { ...common, dilations: [1, 1], activation }, 'conv2d');
      });

      it(`Conv2DBackpropInput matches cpu for ${describeCase(c)}`, async () => {
        const inputs = { dy: { shape: dyShape, data: values(dyShape) }, filter: { shape: filterShape, data: values(filterShape) } };
        await expectMatch(describeCase(c), 'Conv2DBackpropInput', inputs, { ...common, inputShape: xShape }, 'conv2dBackpropInput');
      });

      it(`Conv2DBackpropFilter matches cpu for ${describeCase(c)}`, async () => {
        const inputs = { x: { shape: xShape, data: values(xShape) }, dy: { shape: dyShape, data: values(dyShape) } };
        await expectMatch(describeCase(c), 'Conv2DBackpropFilter', inputs, { ...common, filterShape }, 'conv2dBackpropFilter');
      });
    }

    it('Conv2D with dilation 2 matches cpu', async () => {
      const inputs = { x: { shape: [2, 11, 10, 3], data: values([2, 11, 10, 3]) }, filter: { shape: [3, 3, 3, 4], data: values([3, 3, 3, 4]) } };
      await expectMatch('dilation 2', 'Conv2D', inputs, { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 2 }, 'conv2d');
    });

    it('Conv2DBackpropInput honours the requested output shape when dy is larger (as the cpu backend does)', async () => {
      // tf.conv2dTranspose of an 8x8x8 input to a 4x4x8 output, stride 1, 'same'.
      const inputs = { dy: { shape: [1, 8, 8, 8], data: values([1, 8, 8, 8]) }, filter: { shape: [3, 3, 8, 8], data: values([3, 3, 8, 8]) } };
      const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', inputShape: [1, 4, 4, 8] };
      const [onCpu] = await runOn('cpu', 'Conv2DBackpropInput', inputs, attrs);
      const [onWasm] = await runOn('wasm', 'Conv2DBackpropInput', inputs, attrs);
      expect(onWasm.length).to.equal(4 * 4 * 8);
      expect(relativeError(onWasm, onCpu)).to.be.below(TOLERANCE);
    });

    it('Conv2DBackpropFilter honours the requested filter shape when dy is larger, and rejects a dy too small', async () => {
      const x = { shape: [2, 4, 4, 3], data: values([2, 4, 4, 3]) };
      const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 3, 5] };
      const larger = { x, dy: { shape: [2, 6, 5, 5], data: values([2, 6, 5, 5]) } };
      const [onCpu] = await runOn('cpu', 'Conv2DBackpropFilter', larger, attrs);
      const [onWasm] = await runOn('wasm', 'Conv2DBackpropFilter', larger, attrs);
      expect(relativeError(onWasm, onCpu)).to.be.below(TOLERANCE);
      const smaller = { x, dy: { shape: [2, 3, 3, 5], data: values([2, 3, 3, 5]) } };
      await expectRejection(runOn('wasm', 'Conv2DBackpropFilter', smaller, attrs), /dy has shape \[2,3,3,5\].*\[2,4,4,5\]/);
    });
  });

  describe('sums, pooling and resizing', () => {
    const sums: Array<[number[], number[], boolean]> = [
      [[128, 28, 28, 16], [0, 1, 2], false], // a convolution's bias gradient
      [[64, 14, 14, 8], [0, 1, 2], true],
      [[40, 30, 5], [1, 0], false],
      [[3000, 3], [0], false],
    ];
    for (const [shape, axis, keepDims] of sums) {
      it(`Sum over the leading axes matches cpu for x [${shape}] keepDims=${keepDims}`, async () => {
        await expectMatch(`sum [${shape}]`, 'Sum', { x: { shape, data: values(shape) } }, { axis, keepDims }, 'sumRows');
      });
    }

    it('Sum over other axes goes to the wasm kernel', async () => {
      await expectMatch('sum [8,20,3] over 1,2', 'Sum', { x: { shape: [8, 20, 3], data: values([8, 20, 3]) } }, { axis: [1, 2], keepDims: false }, 'sumRows', 0);
    });

    const kinds = {
      random: (shape: number[]) => values(shape),
      ties: (shape: number[]) => values(shape).map((v) => Math.max(0, Math.round(2 * v))),
      negative: (shape: number[]) => values(shape).map((v) => -1 - Math.abs(v)),
    };
    const pools: Array<[number[], number, number, 'same' | 'valid', keyof typeof kinds]> = [
      [[2, 8, 8, 3], 2, 2, 'same', 'random'],
      [[1, 7, 7, 5], 2, 2, 'same', 'random'],
      [[3, 7, 5, 2], 2, 2, 'valid', 'random'],
      [[2, 8, 8, 16], 2, 2, 'same', 'ties'],
      [[2, 6, 7, 3], 2, 2, 'same', 'negative'],
      [[2, 8, 8, 3], 3, 2, 'same', 'random'],
      [[1, 7, 7, 2], 3, 3, 'same', 'ties'],
    ];
    for (const [shape, size, stride, pad, kind] of pools) {
      const label = `x [${shape}] pool ${size} stride ${stride} ${pad}, ${kind} values`;
      it(`MaxPoolGrad matches cpu for ${label}`, async () => {
        const x = kinds[kind](shape);
        const [n, h, w, c] = shape;
        const dyShape = [n, outSize(h, size, stride, pad), outSize(w, size, stride, pad), c];
        const [y] = await runOn('cpu', 'MaxPool', { x: { shape, data: x } }, { filterSize: size, strides: stride, pad });
        const inputs = { dy: { shape: dyShape, data: values(dyShape) }, input: { shape, data: x }, output: { shape: dyShape, data: y } };
        await expectMatch(label, 'MaxPoolGrad', inputs, { filterSize: size, strides: stride, pad }, 'maxPoolGrad');
      });
    }

    const resizes: Array<[number[], number[]]> = [
      [[2, 4, 4, 3], [8, 8]],
      [[3, 3, 5, 2], [9, 15]],
      [[2, 7, 7, 8], [14, 14]],
      [[2, 4, 3, 2], [6, 5]],
    ];
    for (const [shape, [ho, wo]] of resizes) {
      const label = `images [${shape}] -> ${ho}x${wo}`;
      const attrs = { alignCorners: false, halfPixelCenters: false };
      it(`ResizeNearestNeighbor matches cpu for ${label}`, async () => {
        await expectMatch(label, 'ResizeNearestNeighbor', { images: { shape, data: values(shape) } }, { ...attrs, size: [ho, wo] }, 'resizeNearest');
      });
      it(`ResizeNearestNeighborGrad matches cpu for ${label}`, async () => {
        const dyShape = [shape[0], ho, wo, shape[3]];
        const inputs = { images: { shape, data: values(shape) }, dy: { shape: dyShape, data: values(dyShape) } };
        await expectMatch(label, 'ResizeNearestNeighborGrad', inputs, attrs, 'resizeNearestGrad');
      });
    }

    it('resizing with half-pixel centres goes to the wasm kernel', async () => {
      const inputs = { images: { shape: [1, 3, 3, 2], data: values([1, 3, 3, 2]) } };
      await expectMatch('half-pixel', 'ResizeNearestNeighbor', inputs, { alignCorners: false, halfPixelCenters: true, size: [6, 6] }, 'resizeNearest', 0);
    });
  });

  describe('fused optimizers', () => {
    /** Three steps of `make`'s optimizer on two variables, with fixed gradients; final values. */
    const shapes = [[300, 70], [70]];
    const start = shapes.map((s) => values(s));
    const grads = [1, 2, 3].map(() => shapes.map((s) => values(s)));

    async function train(backend: 'cpu' | 'wasm', make: () => tf.Optimizer, start: Float32Array[], grads: Float32Array[][]): Promise<Float32Array[]> {
      await useBackend(backend);
      const variables = shapes.map((s, i) => tf.tidy(() => tf.variable(tf.tensor(start[i], s))));
      const optimizer = make();
      for (const step of grads) {
        const named = variables.map((v, i) => ({ name: v.name, tensor: tf.tensor(step[i], shapes[i]) }));
        optimizer.applyGradients(named);
        tf.dispose(named.map((g) => g.tensor));
      }
      const result = await Promise.all(variables.map(async (v) => (await v.data()) as Float32Array));
      optimizer.dispose();
      tf.dispose(variables);
      return result;
    }

    const optimizers: Array<[string, () => tf.Optimizer, () => tf.Optimizer, keyof NativeAddon]> = [
      ['adam', () => tf.train.adam(0.01), () => fusedAdam(0.01), 'adam'],
      ['rmsprop', () => tf.train.rmsprop(0.01), () => fusedRmsProp(0.01), 'rmsprop'],
    ];
    for (const [name, stock, fused, entry] of optimizers) {
      it(`${name}: the fused step on wasm gives tfjs's own ${name} on cpu`, async () => {
        const before = tf.memory().numTensors;
        const onCpu = await train('cpu', stock, start, grads);
        const fusedCalls = spy.count(entry);
        const onWasm = await train('wasm', fused, start, grads);
        expect(spy.count(entry) - fusedCalls, 'fused calls (3 steps x 2 variables)').to.equal(6);
        onCpu.forEach((expected, i) => expect(relativeError(onWasm[i], expected), `variable ${i}`).to.be.below(TOLERANCE));
        expect(tf.memory().numTensors).to.equal(before);
      });
    }
    it('steps in place, except where another tensor shares the memory (a saved copy keeps its values)', async () => {
      await useBackend('wasm');
      const variable = tf.tidy(() => tf.variable(tf.tensor(start[1], shapes[1])));
      const optimizer = fusedAdam(0.01);
      const gradient = tf.tensor(grads[0][1], shapes[1]);
      const step = () => optimizer.applyGradients([{ name: variable.name, tensor: gradient }]);
      step(); // creates the optimizer's state
      const memoryBefore = variable.dataId;
      step();
      expect(variable.dataId, 'written in place').to.equal(memoryBefore);
      const saved = tf.clone(variable); // shares the variable's memory
      const savedValues = Array.from(await saved.data());
      step();
      expect(variable.dataId, 'a new tensor was assigned').to.not.equal(memoryBefore);
      expect(Array.from(await saved.data()), 'the saved copy').to.deep.equal(savedValues);
      expect(Array.from(await variable.data())).to.not.deep.equal(savedValues);
      tf.dispose([variable, saved, gradient]);
      optimizer.dispose();
    });
  });

  describe('dense layers as one kernel', () => {
    /** A dense layer on `rows` random inputs, and a loss that weighs its outputs at random. */
    function denseCase(activation: 'linear' | 'relu' | 'sigmoid', useBias: boolean) {
      const [rows, inputs, units] = [between(1, 40), between(1, 40), between(1, 40)];
      const layer = denseLayer({ units, activation, useBias, inputShape: [inputs], biasInitializer: 'randomNormal' });
      const model = tf.sequential({ layers: [layer] });
      const x = tf.tensor2d(values([rows, inputs]), [rows, inputs]);
      const weighting = tf.tensor2d(values([rows, units]), [rows, units]);
      const loss = () => tf.tidy(() => (model.apply(x) as tf.Tensor).mul(weighting).sum() as tf.Scalar);
      const label = `[${rows}x${inputs}] -> ${units} units, ${activation}, ${useBias ? 'bias' : 'no bias'}`;
      return { model, x, weighting, loss, label, dispose: () => tf.dispose([x, weighting, model as unknown as tf.TensorContainer]) };
    }

    for (const activation of ['linear', 'relu', 'sigmoid'] as const) {
      for (const useBias of [true, false]) {
        it(`${activation}, ${useBias ? 'with' : 'without'} bias: outputs and gradients equal tfjs's dense layer on cpu`, async () => {
          await useBackend('cpu');
          const c = denseCase(activation, useBias);
          const onCpu = (await (c.model.apply(c.x) as tf.Tensor).data()) as Float32Array;
          await useBackend('wasm');
          spy.reset();
          const out = c.model.apply(c.x) as tf.Tensor;
          const onWasm = (await out.data()) as Float32Array;
          out.dispose();
          expect(spy.count('matMul'), `${c.label}: one native product forward`).to.equal(1);
          expect(relativeError(onWasm, onCpu), `${c.label}: outputs`).to.be.below(TOLERANCE);
          await expectWasmGradientsLikeCpu(c.loss, () => spy.reset(), () => {
            expect(spy.count('denseGrad'), `${c.label}: one activation-gradient call`).to.equal(1);
            // Forward, then the kernel's gradient; the input is not a weight, so its gradient
            // (another whole product) is never computed.
            expect(spy.count('matMul'), `${c.label}: native products`).to.equal(2);
          });
          c.dispose();
        });
      }
    }

    it('passes the gradient on to the layer below (a two-layer stack against cpu)', async () => {
      await useBackend('cpu');
      const model = tf.sequential({
        layers: [denseLayer({ units: 9, activation: 'relu', inputShape: [6] }), denseLayer({ units: 4, activation: 'sigmoid' })],
      });
      const x = tf.tensor2d(values([5, 6]), [5, 6]);
      const loss = () => tf.tidy(() => (model.apply(x) as tf.Tensor).square().sum() as tf.Scalar);
      await expectWasmGradientsLikeCpu(loss, () => spy.reset(), () => expect(spy.count('denseGrad')).to.equal(2));
      tf.dispose(x);
      model.dispose();
    });

    it("is saved as tfjs's Dense, and other activations and shapes use tfjs's own layer", async () => {
      await useBackend('wasm');
      const kernelsOf = async (units: number, activation: 'relu' | 'tanh', inputShape: number[]) => {
        const model = tf.sequential({ layers: [denseLayer({ units, activation, inputShape })] });
        const x = tf.ones([2, ...inputShape]);
        const profile = await tf.profile(() => model.apply(x) as tf.Tensor);
        const json = JSON.stringify(model.toJSON(null, false));
        tf.dispose(x);
        model.dispose();
        return { names: profile.kernels.map((k) => k.name), json };
      };
      const fused = await kernelsOf(3, 'relu', [4]);
      expect(fused.names).to.include('CourseDense');
      expect(fused.json).to.contain('"class_name":"Dense"');
      expect((await kernelsOf(3, 'tanh', [4])).names).to.not.include('CourseDense');
      expect((await kernelsOf(3, 'relu', [2, 4])).names).to.not.include('CourseDense');
    });

    it('training steps leak no tensors and no backend memory', async () => {
      await useBackend('wasm');
      const c = denseCase('relu', true);
      const optimizer = fusedAdam(1e-3);
      const step = () => optimizer.minimize(c.loss, true)?.dispose();
      step();
      const tensorsBefore = tf.memory().numTensors;
      const buffersBefore = tf.engine().backend.numDataIds();
      step();
      step();
      expect(spy.count('denseGrad')).to.be.above(0);
      expect(tf.memory().numTensors).to.equal(tensorsBefore);
      expect(tf.engine().backend.numDataIds()).to.equal(buffersBefore);
      optimizer.dispose();
      c.dispose();
    });
  });

  describe('wasm memory', () => {
    it('gives correct results when the wasm heap grows between two kernel calls', async () => {
      await useBackend('wasm');
      const backend = tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } };
      const a = tf.tensor(values([64, 96]), [64, 96]);
      const b = tf.tensor(values([96, 48]), [96, 48]);
      const first = tf.matMul(a, b);
      const heapBefore = backend.wasm.HEAPU8.buffer.byteLength;
      // Larger than the free space in the heap: it must grow, and older views detach.
      const big = tf.zeros([heapBefore / 4 + 1024 * 1024]);
      expect(backend.wasm.HEAPU8.buffer.byteLength, 'heap size').to.be.above(heapBefore);
      const second = tf.matMul(a, b);
      const [firstValues, secondValues] = [await first.data(), await second.data()];
      await useBackend('cpu');
      const expected = tf.tidy(() => tf.matMul(tf.tensor(a.arraySync() as number[][]), tf.tensor(b.arraySync() as number[][])).dataSync() as Float32Array);
      expect(relativeError(firstValues as Float32Array, expected)).to.be.below(TOLERANCE);
      expect(relativeError(secondValues as Float32Array, expected)).to.be.below(TOLERANCE);
      tf.dispose([a, b, first, second, big]);
    });

    it('refuses a view of memory that growth has detached', async () => {
      await useBackend('wasm');
      const backend = tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array }; typedArrayFromHeap(t: tf.TensorInfo): Float32Array };
      const x = tf.ones([4, 4]);
      const stale = backend.typedArrayFromHeap(x as unknown as tf.TensorInfo);
      const big = tf.zeros([backend.wasm.HEAPU8.buffer.byteLength / 4 + 1024 * 1024]);
      expect(() => addon!.matMul(stale, stale, stale, null, [1, 1, 4, 4, 4, 0, 0, 0], 0)).to.throw(/detached/);
      tf.dispose([x, big]);
    });

    it('explains arguments of the wrong size', () => {
      const a = new Float32Array(6);
      expect(() => addon!.matMul(a, a, new Float32Array(5), null, [1, 1, 2, 3, 2, 0, 0, 0], 0)).to.throw(/out has 5 elements, expected 4/);
    });
  });

  describe('whole models', () => {
    async function expectSameGradients(loss: () => tf.Scalar, entries: Array<keyof NativeAddon>): Promise<void> {
      await expectWasmGradientsLikeCpu(loss, () => spy.reset(), () => {
        for (const entry of entries) expect(spy.count(entry), `native ${entry} calls`).to.be.above(0);
      });
    }

    const images = (n: number) => tf.tensor4d(values([n, 28, 28, 1]).map((v) => (v + 1) / 2), [n, 28, 28, 1]);

    it('conv autoencoder: gradients with native kernels equal those on cpu', async () => {
      await useBackend('cpu');
      const { autoencoder } = convAutoencoder();
      const x = images(6);
      const loss = () => tf.tidy(() => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar);
      await expectSameGradients(loss, ['conv2d', 'conv2dBackpropInput', 'conv2dBackpropFilter', 'maxPoolGrad', 'resizeNearestGrad']);
      x.dispose();
      autoencoder.dispose();
    });

    for (const [name, build] of [['dense VAE', () => denseVae()], ['CNN VAE', () => cnnVae()]] as const) {
      it(`${name}: gradients with native kernels equal those on cpu`, async () => {
        await useBackend('cpu');
        const { encoder, decoder } = build();
        const x = images(8);
        const loss = () =>
          tf.tidy(() => {
            const [zMean, zLogVar] = encoder.apply(x) as tf.Tensor2D[];
            const z = reparameterize(zMean, zLogVar, 7);
            return vaeLossTerms({ images: x, reconstructions: decoder.apply(z) as tf.Tensor, zMean, zLogVar }).total;
          });
        await expectSameGradients(loss, name === 'dense VAE' ? ['matMul', 'denseGrad'] : ['matMul', 'conv2d', 'conv2dBackpropFilter']);
        x.dispose();
        encoder.dispose();
        decoder.dispose();
      });
    }

    it('training steps with native kernels and the fused optimizer leak no tensors and no backend memory', async () => {
      await useBackend('wasm');
      const { autoencoder } = convAutoencoder();
      const optimizer = fusedAdam(1e-3);
      const x = images(4);
      const loss = () => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar;
      const step = () => optimizer.minimize(loss, true)?.dispose();
      step(); // the first step creates the optimizer's own variables
      const tensorsBefore = tf.memory().numTensors;
      const buffersBefore = tf.engine().backend.numDataIds();
      step();
      step();
      expect(spy.count('adam')).to.be.above(0);
      expect(tf.memory().numTensors).to.equal(tensorsBefore);
      expect(tf.engine().backend.numDataIds()).to.equal(buffersBefore);
      tf.dispose(x);
      optimizer.dispose();
      autoencoder.dispose();
    });
  });
});

describe('without the native kernels (COURSE_NATIVE=0)', function () {
  this.timeout(120000);

  it('ready() says so, the wasm kernels train the conv autoencoder, and the gradients match cpu', () => {
    const script = path.join(__dirname, 'nativeOff.js');
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, COURSE_NATIVE: '0', COURSE_BACKEND: '' }, encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    const report = JSON.parse(result.stdout.trim().split('\n').pop()!);
    expect(report.backend).to.equal('wasm');
    expect(report.kernels).to.equal('wasm only: COURSE_NATIVE=0 turns the native kernels off');
    expect(report.nativeActive).to.equal(false);
    expect(report.maxRelativeError).to.be.below(1e-3);
    expect(report.tensorsLeaked).to.equal(0);
  });

  it('a bad COURSE_THREADS is a clear error', () => {
    const code = `require(${JSON.stringify(path.resolve(__dirname, '..', 'lib', 'engine', 'native', 'addon.js'))}).threadsWanted('two')`;
    const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(result.status).to.not.equal(0);
    expect(result.stderr).to.match(/COURSE_THREADS must be a positive whole number of threads, got "two"/);
  });
});

/** Resolve when `promise` rejects with a message matching `pattern`; fail otherwise. */
async function expectRejection(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, 'expected an error').to.be.instanceOf(Error);
  expect((error as Error).message).to.match(pattern);
}
