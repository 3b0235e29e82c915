import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';

import { ready } from '../lib/engine/backend';
import { cubicResizeMatrix, keysCubicWeight, resizeBicubic } from '../datasets/bicubic';
import { BCE_EPSILON, measureBCE, measureMSE, psnr, psnrPerImage } from '../lib/train/metrics';
import { UPSAMPLE_METHODS, addGaussianNoise, downsample2x, gaussianNoise, upsample } from '../datasets/transforms';

/** Run `fn`, dispose what it returns, and assert that no other tensor was left behind. */
function expectNoLeak(fn: () => tf.Tensor | number | Float32Array | void): void {
  const before = tf.memory().numTensors;
  const result = fn();
  if (result instanceof tf.Tensor) result.dispose();
  expect(tf.memory().numTensors).to.equal(before);
}

function values(t: tf.Tensor): number[] {
  return Array.from(t.dataSync());
}

/** Mean and standard deviation of a list of numbers. */
function stats(xs: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) sq += (xs[i] - mean) ** 2;
  return { mean, std: Math.sqrt(sq / xs.length) };
}

/** Direct (non-separable) bicubic resize of one single-channel image, as an independent reference. */
function bicubicReference(image: number[][], factor: number): number[][] {
  const h = image.length;
  const w = image[0].length;
  const at = (r: number, c: number) => image[Math.min(Math.max(r, 0), h - 1)][Math.min(Math.max(c, 0), w - 1)];
  const out: number[][] = [];
  for (let o = 0; o < h * factor; o++) {
    const y = (o + 0.5) / factor - 0.5;
    const row: number[] = [];
    for (let p = 0; p < w * factor; p++) {
      const x = (p + 0.5) / factor - 0.5;
      let sum = 0;
      for (let r = Math.floor(y) - 1; r <= Math.floor(y) + 2; r++) {
        for (let c = Math.floor(x) - 1; c <= Math.floor(x) + 2; c++) sum += keysCubicWeight(y - r) * keysCubicWeight(x - c) * at(r, c);
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

describe('transforms', () => {
  before(async () => {
    await ready();
  });

  describe('Gaussian noise', () => {
    it('gaussianNoise has the requested mean and standard deviation', () => {
      for (const [mean, std] of [[0.5, 0.5], [0, 0.3], [0.2, 0.05]]) {
        const noise = gaussianNoise([200000], { mean, std, seed: 11 });
        const s = stats(noise.dataSync());
        noise.dispose();
        expect(s.mean).to.be.closeTo(mean, 0.005);
        expect(s.std).to.be.closeTo(std, 0.005);
      }
    });

    it('addGaussianNoise is clip(images + noise) with the lesson defaults N(0.5, 0.5)', () => {
      const images = tf.randomUniform([20, 28, 28, 1], 0, 1, 'float32', 3) as tf.Tensor4D;
      const noisy = addGaussianNoise(images, { seed: 5 });
      const expected = tf.tidy(() => images.add(gaussianNoise(images.shape, { mean: 0.5, std: 0.5, seed: 5 })).clipByValue(0, 1));
      expect(values(noisy)).to.deep.equal(values(expected));
      tf.dispose([images, noisy, expected]);
    });

    it('clips to [0, 1]: on black images about 15.9% of pixels land on 0 and 15.9% on 1', () => {
      const black = tf.zeros([50, 28, 28, 1]) as tf.Tensor4D;
      const noisy = addGaussianNoise(black, { seed: 1 });
      const v = noisy.dataSync();
      let zeros = 0;
      let ones = 0;
      for (const x of v) {
        expect(x >= 0 && x <= 1).to.equal(true);
        if (x === 0) zeros++;
        if (x === 1) ones++;
      }
      // P(N(0.5, 0.5) < 0) = P(N(0.5, 0.5) > 1) = Phi(-1) = 0.1587
      expect(zeros / v.length).to.be.closeTo(0.1587, 0.01);
      expect(ones / v.length).to.be.closeTo(0.1587, 0.01);
      tf.dispose([black, noisy]);
    });

    it('is fresh on every call unless seeded', () => {
      const images = tf.fill([4, 8, 8, 1], 0.5) as tf.Tensor4D;
      const [a, b] = [addGaussianNoise(images), addGaussianNoise(images)];
      const [c, d] = [addGaussianNoise(images, { seed: 42 }), addGaussianNoise(images, { seed: 42 })];
      const e = addGaussianNoise(images, { seed: 43 });
      expect(values(a)).to.not.deep.equal(values(b));
      expect(values(c)).to.deep.equal(values(d));
      expect(values(c)).to.not.deep.equal(values(e));
      tf.dispose([images, a, b, c, d, e]);
    });

    it('rejects bad images and options with clear messages', () => {
      const flat = tf.zeros([3, 28, 28]);
      expect(() => addGaussianNoise(flat as tf.Tensor4D)).to.throw('images must be a float32 tensor [N,H,W,C] with values in [0,1], got shape [3,28,28]');
      const bright = tf.fill([1, 2, 2, 1], 1.5) as tf.Tensor4D;
      expect(() => addGaussianNoise(bright)).to.throw('images must have values in [0, 1], found values from 1.5 to 1.5');
      const ints = tf.zeros([1, 2, 2, 1], 'int32') as tf.Tensor4D;
      expect(() => addGaussianNoise(ints)).to.throw('images must be a float32 tensor [N,H,W,C], got a int32 tensor of shape [1,2,2,1]');
      const ok = tf.zeros([1, 2, 2, 1]) as tf.Tensor4D;
      expect(() => addGaussianNoise(ok, { std: -1 })).to.throw('noise std must be a number >= 0, got -1');
      const withNaN = tf.tensor4d([0, NaN, 0, 0], [1, 2, 2, 1]);
      expect(() => addGaussianNoise(withNaN)).to.throw('images contains NaN values');
      expect(() => addGaussianNoise([[0]] as unknown as tf.Tensor4D)).to.throw(/got a plain array/);
      tf.dispose([flat, bright, ints, ok, withNaN]);
    });

    it('leaves no tensors behind, also when it throws', () => {
      const images = tf.fill([2, 4, 4, 1], 0.3) as tf.Tensor4D;
      const bad = tf.fill([2, 4, 4, 1], 2) as tf.Tensor4D;
      expectNoLeak(() => addGaussianNoise(images));
      expectNoLeak(() => addGaussianNoise(images, { seed: 3 }));
      expectNoLeak(() => {
        expect(() => addGaussianNoise(bad)).to.throw();
      });
      tf.dispose([images, bad]);
    });
  });

  describe('downsample2x', () => {
    it('averages each 2x2 block exactly', () => {
      // A 4x4 image with values 0..15, and a second channel equal to twice the first.
      const first = Array.from({ length: 16 }, (_, i) => i / 16);
      const data = first.flatMap((v) => [v, Math.min(1, 2 * v)]);
      const image = tf.tensor4d(data, [1, 4, 4, 2]);
      const small = downsample2x(image);
      expect(small.shape).to.deep.equal([1, 2, 2, 2]);
      const out = values(small);
      const channel0 = [0, 2, 4, 6].map((k) => out[k]);
      // block (0,0) = (0 + 1 + 4 + 5) / 4 / 16 = 2.5/16, block (0,1) = 4.5/16, (1,0) = 10.5/16, (1,1) = 12.5/16
      [2.5, 4.5, 10.5, 12.5].forEach((v, i) => expect(channel0[i]).to.be.closeTo(v / 16, 1e-7));
      // channel 1 block (1,1): min(1, 2*[10,11,14,15]/16) = [1, 1, 1, 1] -> 1
      expect(out[7]).to.be.closeTo(1, 1e-7);
      tf.dispose([image, small]);
    });

    it('turns 28x28 into 14x14 and rejects odd sizes', () => {
      const images = tf.zeros([3, 28, 28, 1]) as tf.Tensor4D;
      const odd = tf.zeros([1, 5, 4, 1]) as tf.Tensor4D;
      expectNoLeak(() => {
        const small = downsample2x(images);
        expect(small.shape).to.deep.equal([3, 14, 14, 1]);
        return small;
      });
      expect(() => downsample2x(odd)).to.throw('downsample2x needs an even height and width, got 5x4');
      tf.dispose([images, odd]);
    });
  });

  describe('upsample', () => {
    it('keeps a constant image constant, for every method and factor', () => {
      const flat = tf.fill([2, 7, 7, 3], 0.37) as tf.Tensor4D;
      for (const method of UPSAMPLE_METHODS) {
        for (const factor of [2, 4]) {
          const big = upsample(flat, factor, method);
          expect(big.shape).to.deep.equal([2, 7 * factor, 7 * factor, 3]);
          for (const v of big.dataSync()) expect(v).to.be.closeTo(0.37, 1e-6);
          big.dispose();
        }
      }
      flat.dispose();
    });

    it("'nearest' repeats every pixel factor x factor times", () => {
      const image = tf.randomUniform([1, 5, 6, 1], 0, 1, 'float32', 9) as tf.Tensor4D;
      const big = upsample(image, 3, 'nearest');
      const src = image.arraySync()[0];
      const out = big.arraySync()[0];
      for (let r = 0; r < 15; r++) for (let c = 0; c < 18; c++) expect(out[r][c][0]).to.equal(src[Math.floor(r / 3)][Math.floor(c / 3)][0]);
      tf.dispose([image, big]);
    });

    it("'bilinear' blends neighbours with half-pixel centres", () => {
      const image = tf.tensor4d([0, 0.2, 0.4, 0.6], [1, 2, 2, 1]);
      const big = upsample(image, 2, 'bilinear');
      // Row 0 samples x = -0.25, 0.25, 0.75, 1.25 -> 0, 0.05, 0.15, 0.2 (edges clamp).
      values(big).slice(0, 4).forEach((v, i) => expect(v).to.be.closeTo([0, 0.05, 0.15, 0.2][i], 1e-6));
      tf.dispose([image, big]);
    });

    it("Keys' kernel and the interpolation matrix have the textbook properties", () => {
      expect(keysCubicWeight(0)).to.equal(1);
      expect(keysCubicWeight(1)).to.equal(0);
      expect(keysCubicWeight(2)).to.equal(0);
      expect(keysCubicWeight(0.5)).to.be.closeTo(0.5625, 1e-12);
      expect(keysCubicWeight(1.5)).to.be.closeTo(-0.0625, 1e-12);
      const m = cubicResizeMatrix(6, 12);
      for (let o = 0; o < 12; o++) {
        let rowSum = 0;
        for (let i = 0; i < 6; i++) rowSum += m[o * 6 + i];
        expect(rowSum).to.be.closeTo(1, 1e-6);
      }
    });

    it("'bicubic' matches a direct 4x4 evaluation and reproduces a linear ramp", () => {
      const src = Array.from({ length: 6 }, (_, r) => Array.from({ length: 5 }, (_, c) => ((r * 7 + c * 3) % 10) / 10));
      const image = tf.tensor4d(src.flat(), [1, 6, 5, 1]);
      const raw = resizeBicubic(image, 12, 10);
      const reference = bicubicReference(src, 2).flat();
      values(raw).forEach((v, i) => expect(v).to.be.closeTo(reference[i], 1e-5));

      // A horizontal ramp 0.1 + 0.1*c: away from the borders bicubic returns the ramp itself
      // at the sampled position x = (p + 0.5)/2 - 0.5.
      const ramp = tf.tensor4d(Array.from({ length: 8 * 8 }, (_, k) => 0.1 + 0.1 * (k % 8)), [1, 8, 8, 1]);
      const big = upsample(ramp, 2, 'bicubic').arraySync()[0];
      for (let p = 4; p < 12; p++) expect(big[5][p][0]).to.be.closeTo(0.1 + 0.1 * ((p + 0.5) / 2 - 0.5), 1e-6);
      tf.dispose([image, raw, ramp]);
    });

    it("'bicubic' overshoots at sharp edges, and upsample clips it back to [0, 1]", () => {
      const step = tf.tensor4d(Array.from({ length: 16 }, (_, k) => (k % 4 < 2 ? 0 : 1)), [1, 4, 4, 1]);
      const raw = resizeBicubic(step, 8, 8);
      const clipped = upsample(step, 2, 'bicubic');
      const rawValues = values(raw);
      expect(Math.min(...rawValues)).to.be.below(0);
      expect(Math.max(...rawValues)).to.be.above(1);
      const clippedValues = values(clipped);
      expect(Math.min(...clippedValues)).to.equal(0);
      expect(Math.max(...clippedValues)).to.equal(1);
      tf.dispose([step, raw, clipped]);
    });

    it('rejects bad factors and methods, and leaks nothing', () => {
      const image = tf.fill([1, 4, 4, 1], 0.5) as tf.Tensor4D;
      expect(() => upsample(image, 1.5)).to.throw('upsample factor must be a whole number >= 1, got 1.5');
      expect(() => upsample(image, 2, 'lanczos' as never)).to.throw('upsample method must be one of nearest, bilinear, bicubic, got "lanczos"');
      for (const method of UPSAMPLE_METHODS) expectNoLeak(() => upsample(image, 4, method));
      image.dispose();
    });
  });

  describe('metrics', () => {
    it('psnr: Infinity for identical images, 10*log10(1/MSE) otherwise, averaged per image', () => {
      const a = tf.fill([2, 4, 4, 1], 0.5) as tf.Tensor4D;
      expect(psnr(a, a)).to.equal(Infinity);
      // Image 0 off by 0.1 everywhere (MSE 0.01 -> 20 dB), image 1 off by 0.01 (MSE 1e-4 -> 40 dB).
      const b = tf.concat([tf.fill([1, 4, 4, 1], 0.6), tf.fill([1, 4, 4, 1], 0.51)]) as tf.Tensor4D;
      const perImage = psnrPerImage(a, b);
      expect(perImage[0]).to.be.closeTo(20, 1e-4);
      expect(perImage[1]).to.be.closeTo(40, 1e-3);
      expect(psnr(a, b)).to.be.closeTo(30, 1e-3);
      tf.dispose([a, b]);
    });

    it('measureBCE matches hand-computed values, with epsilon clipping', () => {
      const half = tf.fill([1, 2, 2, 1], 0.5);
      const target = tf.tensor4d([0, 1, 0.3, 1], [1, 2, 2, 1]);
      expect(measureBCE(target, half)).to.be.closeTo(Math.LN2, 1e-6);
      const pred = tf.tensor4d([0.1, 0.9, 0.3, 0], [1, 2, 2, 1]);
      // -[ln 0.9 + ln 0.9 + (0.3 ln 0.3 + 0.7 ln 0.7) + ln(1e-7)] / 4
      const expected = -(Math.log(0.9) + Math.log(0.9) + (0.3 * Math.log(0.3) + 0.7 * Math.log(0.7)) + Math.log(BCE_EPSILON)) / 4;
      expect(measureBCE(target, pred)).to.be.closeTo(expected, 1e-4);
      tf.dispose([half, target, pred]);
    });

    it('measureMSE matches hand-computed values', () => {
      const pred = tf.tensor2d([[0, 0.5], [1, 0.25]]);
      const target = tf.tensor2d([[0, 1], [0, 0.25]]);
      expect(measureMSE(target, pred)).to.be.closeTo((0.25 + 1) / 4, 1e-7);
      expect(measureMSE(pred, pred)).to.equal(0);
      tf.dispose([pred, target]);
    });

    it('check shapes and values with clear messages', () => {
      const a = tf.zeros([2, 4, 4, 1]) as tf.Tensor4D;
      const b = tf.zeros([2, 4, 5, 1]) as tf.Tensor4D;
      const big = tf.fill([2, 4, 4, 1], 3) as tf.Tensor4D;
      const withNaN = tf.tensor2d([[0, NaN]]);
      expect(() => psnr(a, b)).to.throw('targets and predictions must have the same shape, got [2,4,4,1] and [2,4,5,1]');
      expect(() => psnr(a, big)).to.throw('predictions must have values in [0, 1], found values from 3 to 3');
      expect(() => measureBCE(a, big)).to.throw('predictions must have values in [0, 1], found values from 3 to 3');
      expect(() => measureBCE(a, b)).to.throw('targets and predictions must have the same shape, got [2,4,4,1] and [2,4,5,1]');
      expect(() => measureMSE(withNaN, withNaN)).to.throw('targets contains NaN or infinite values');
      expect(() => measureMSE(a, b)).to.throw('targets and predictions must have the same shape');
      tf.dispose([a, b, big, withNaN]);
    });

    it('return plain numbers and leave no tensors behind', () => {
      const a = tf.randomUniform([3, 8, 8, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
      const b = tf.randomUniform([3, 8, 8, 1], 0, 1, 'float32', 2) as tf.Tensor4D;
      expectNoLeak(() => psnr(a, b));
      expectNoLeak(() => psnrPerImage(a, b));
      expectNoLeak(() => measureBCE(a, b));
      expectNoLeak(() => measureMSE(a, b));
      expect(typeof psnr(a, b)).to.equal('number');
      expect(typeof measureBCE(a, b)).to.equal('number');
      tf.dispose([a, b]);
    });
  });
});
