/**
 * The latent explorer: the decoder that runs in the page computes what the TensorFlow.js decoder
 * computes, the page's script stands alone, the output carries a still picture, no tensor
 * leaks, and wrong input gets a clear error. (test/ui.test.ts drives it in a real browser.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { show } from '../lib/engine/display';
import { cnnVae, denseAutoencoder, denseVae } from '../lib/models';
import { latentExplorer } from '../lib/lesson/latentExplorer';
import { explorerScript } from '../lib/plot/explorerFigure';
import { halfToNumber, PAGE_FUNCTIONS, PageDenseLayer } from '../lib/plot/explorerPage';
import { numberToHalf, packHalves, pageDecoderLayers } from '../lib/plot/pageDecoder';
import { onBackend } from './onBackend';

/** Give a decoder weights large enough that its digits are not a flat grey. */
function spreadWeights(model: tf.LayersModel, seed: number): void {
  const weights = model.getWeights().map((w, k) => tf.randomNormal(w.shape, 0, 0.15, 'float32', seed + k));
  model.setWeights(weights);
  tf.dispose(weights);
}

/** Run the page's own functions, by their source text, in an empty context (no Node, no DOM). */
function decodeInPage(layers: PageDenseLayer[], codes: number[][]): Float32Array[] {
  const source = PAGE_FUNCTIONS.map((f) => f.toString()).join('\n');
  const context = vm.createContext({ atob, layers, codes });
  return vm.runInContext(`${source}\nconst decoder = unpackDecoder(layers);\ncodes.map((z) => decodeLatentPoint(decoder, z));`, context);
}

/** A small fake data split: images [N,28,28,1] and labels 0..9. */
function fakeSplit(n: number): { images: tf.Tensor4D; labels: Int32Array } {
  return { images: tf.randomUniform([n, 28, 28, 1], 0, 1, 'float32', 3) as tf.Tensor4D, labels: Int32Array.from({ length: n }, (_, i) => i % 10) };
}

describe('latent explorer', function () {
  onBackend('cpu');

  it('converts numbers to half precision and back like IEEE 754 does', () => {
    const cases: Array<[number, number]> = [[1, 0x3c00], [-2, 0xc000], [65504, 0x7bff], [0.5, 0x3800], [0, 0], [2 ** -24, 0x0001], [1 + 2 ** -11, 0x3c00], [1 + 3 * 2 ** -11, 0x3c02]];
    for (const [value, bits] of cases) {
      expect(numberToHalf(value), `bits of ${value}`).to.equal(bits);
      expect(halfToNumber(bits), `value of 0x${bits.toString(16)}`).to.equal(bits === 0x3c00 ? 1 : bits === 0x3c02 ? 1 + 2 * 2 ** -10 : value);
    }
    for (let i = 0; i < 1000; i++) {
      const v = (Math.random() - 0.5) * 10 ** (Math.random() * 8 - 4);
      expect(Math.abs(halfToNumber(numberToHalf(v)) - v)).to.be.at.most(Math.abs(v) * 2 ** -11 + 2 ** -25);
    }
    expect(() => packHalves([1, 1e6], 'w')).to.throw(/1000000 at index 1 does not fit in half precision/);
  });

  it("decodes in the page what the tfjs decoder decodes (dense VAE and plain autoencoder)", () => {
    for (const decoder of [denseVae({ latentDim: 2 }).decoder, denseAutoencoder({ latentDim: 2, hidden: [512] }).decoder]) {
      spreadWeights(decoder, 11);
      const codes = Array.from({ length: 12 }, (_, i) => [Math.sin(i) * 2.5, Math.cos(3 * i) * 2.5]);
      const inPage = decodeInPage(pageDecoderLayers(decoder, 'test'), codes);
      const expected = tf.tidy(() => (decoder.predict(tf.tensor2d(codes)) as tf.Tensor).reshape([codes.length, -1]).arraySync() as number[][]);
      let worst = 0;
      let spread = 0;
      codes.forEach((_, k) => {
        expect(inPage[k].length).to.equal(784);
        inPage[k].forEach((v, p) => (worst = Math.max(worst, Math.abs(v - expected[k][p]))));
        spread = Math.max(spread, Math.max(...expected[k]) - Math.min(...expected[k]));
      });
      expect(spread, 'the test digits are not flat').to.be.above(0.5);
      expect(worst, 'largest pixel difference, page vs tfjs').to.be.below(3e-3);
      decoder.dispose();
    }
  });

  it('builds an output with a standalone script and a still picture, and leaks no tensor', async () => {
    const vae = denseVae({ latentDim: 2, hidden: 64 });
    const split = fakeSplit(40);
    const before = tf.memory().numTensors;
    const figure = await latentExplorer({ models: vae }, split, { title: 'Test <space>' });
    expect(tf.memory().numTensors).to.equal(before);
    expect(figure.kind).to.equal('html');
    expect(figure.still.png.subarray(1, 4).toString()).to.equal('PNG');
    expect(figure.html).to.contain(`src="data:image/png;base64,${figure.still.png.toString('base64')}"`);
    const script = /<script>\n([\s\S]*)\n<\/script>/.exec(figure.html)?.[1] ?? '';
    expect(script).to.contain('startLatentExplorer(');
    expect(script, 'nothing from Node or the network').not.to.match(/require\(|exports\.|https?:\/\//);
    expect(script, 'the title cannot close the script').not.to.contain('<space>');
    expect(() => new vm.Script(script)).not.to.throw();
    // In a context without a document it finds no page to draw in, and only that stops it.
    expect(() => vm.runInNewContext(script, { atob, document: { getElementById: () => null } })).not.to.throw();
    // Outside a notebook, show() writes a page of its own that holds the same fragment.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-figure-'));
    const previous = process.env.COURSE_FIGURES_DIR;
    process.env.COURSE_FIGURES_DIR = dir;
    try {
      const file = show({ ...figure, name: 'test-explorer' });
      expect(file).to.equal(path.join(dir, 'test-explorer.html'));
      const page = fs.readFileSync(file as string, 'utf8');
      expect(page.startsWith('<!DOCTYPE html>')).to.equal(true);
      expect(page).to.contain(figure.html);
    } finally {
      if (previous === undefined) delete process.env.COURSE_FIGURES_DIR;
      else process.env.COURSE_FIGURES_DIR = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    split.images.dispose();
    vae.encoder.dispose();
    vae.decoder.dispose();
  });

  it('refuses a latent space that is not 2-D, a convolutional decoder, and other wrong input, clearly', async () => {
    const split = fakeSplit(10);
    const wide = denseVae({ latentDim: 3, hidden: 16 });
    const errorOf = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(await errorOf(() => latentExplorer(wide, split))).to.match(/latent space must be 2-D; this decoder takes codes of shape \[null, 3\]/);
    const conv = cnnVae({ latentDim: 2, hidden: 16 });
    expect(await errorOf(() => latentExplorer(conv, split))).to.match(/cannot run in the page; the explorer needs a decoder of dense layers/);
    expect(await errorOf(() => latentExplorer(conv.encoder as never, split))).to.match(/expected what ae.fit returned .* got a single model/);
    expect(await errorOf(() => latentExplorer({ models: { autoencoder: conv.encoder } } as never, split))).to.match(/got an object with keys autoencoder/);
    const plain = denseAutoencoder({ latentDim: 2 });
    expect(await errorOf(() => latentExplorer(plain, { images: split.images, labels: [1, 2] }))).to.match(/10 images but 2 labels/);
    expect(await errorOf(() => latentExplorer(plain, { images: tf.zeros([2, 784]) as never, labels: [1, 2] }))).to.match(/images \[N, H, W, C\].*shape \[2,784\]/);
    tf.dispose([split.images]);
    for (const m of [wide, conv]) {
      m.encoder.dispose();
      m.decoder.dispose();
    }
    plain.autoencoder.dispose(); // disposes the encoder and decoder it is made of
  });

  it('writes the script so that a page can start it by id (the id in the html and in the call agree)', () => {
    const script = explorerScript('latent-explorer-abc', { title: 't', layers: [], imageHeight: 1, imageWidth: 1, points: [], labels: [], classNames: [], colors: [], extent: [0, 1, 0, 1], steps: 2, hint: 'h', decodedIn: '{ms} ms' });
    expect(script).to.match(/startLatentExplorer\("latent-explorer-abc", \{/);
  });
});
