/**
 * What the library shows a learner, in Myanmar after setLanguage('my') and in English after
 * setLanguage('en'): the same numbers in both, the words from the catalogue.
 */
import { expect } from 'chai';
import { setLanguage } from '../lib/util/i18n';
import { NotebookReporter, TerminalReporter } from '../lib/train/progress';
import { summarize, TrainResult } from '../lib/train/trainer';
import { publishMetrics, showBackend } from '../lib/lesson/course';
import { ready, useBackend, currentBackend } from '../lib/engine/backend';
import type { OutputArea } from '../lib/engine/display';
import { columns, cutColumns, padColumns } from '../lib/util/columns';
import * as tf from '@tensorflow/tfjs';
import { addGaussianNoise, downsample2x, loadDataset } from '../datasets';
import { denseAutoencoder } from '../lib/models';
import { comparisonBarsSpec, imageGrid, latentHistogramSpec, lossCurvesSpec } from '../lib/plot';
import { NOTEBOOK_TEXTS } from '../lib/util/i18n';
import { explorerFigure } from '../lib/plot/explorerFigure';

const MYANMAR = /[\u1000-\u109F]/;
const run = { name: 'demo', epochs: 2, batchesPerEpoch: 3, batchSize: 4, trainSize: 12, heldOutSize: 4, backend: 'cpu' };
const losses = { reconstruction: 0.5, kl: 2, total: 2.5 };

/** Everything a terminal reporter writes for one run of one epoch. */
function terminalText(): string {
  const writes: string[] = [];
  const reporter = new TerminalReporter({ isTTY: true, columns: 200, write: (s: string) => writes.push(s) });
  reporter.start(run);
  reporter.batch({ epoch: 1, batch: 1, soFar: losses, imagesPerSecond: 1234, etaSeconds: 75 });
  reporter.epoch({ epoch: 1, train: losses, heldOut: losses, history: [], imagesPerSecond: 1234, etaSeconds: 75, best: true });
  return writes.join('');
}

/** The last text a notebook reporter shows after one batch and one epoch. */
async function notebookTexts(): Promise<string[]> {
  const texts: string[] = [];
  const area: OutputArea = { png: () => undefined, svg: () => undefined, html: () => undefined, markdown: () => undefined, text: (s) => texts.push(s) };
  const reporter = new NotebookReporter(area, () => undefined);
  reporter.start(run);
  reporter.batch({ epoch: 1, batch: 1, soFar: losses, imagesPerSecond: 1234, etaSeconds: 75 });
  await reporter.epoch({ epoch: 1, train: losses, heldOut: losses, history: [], imagesPerSecond: 1234, etaSeconds: 75, best: true });
  return texts;
}

const result: TrainResult = {
  name: 'demo', history: [], final: { train: losses, heldOut: losses }, bestEpoch: 2, epochsRun: 3, seconds: 125,
  imagesPerSecond: 1234, stoppedEarly: true, stopReason: 'patience', backend: 'wasm',
};

/** What a call prints (outside a notebook, showMarkdown prints). */
function printed(action: () => void): string {
  const silent = process.env.COURSE_SILENT;
  delete process.env.COURSE_SILENT;
  const log = console.log;
  const lines: string[] = [];
  console.log = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    action();
  } finally {
    console.log = log;
    if (silent !== undefined) process.env.COURSE_SILENT = silent;
  }
  return lines.join('\n');
}

describe('the library in Myanmar', () => {
  afterEach(() => setLanguage());

  it('writes terminal progress lines in Myanmar, with the same numbers', () => {
    setLanguage('en');
    const english = terminalText();
    expect(english).to.include('epochs of 12 images').and.to.include('1,234 images/s').and.to.include('1m 15s');
    setLanguage('my');
    const myanmar = terminalText();
    expect(myanmar).to.match(MYANMAR).and.to.include('1,234').and.to.include('ပြန်လည်ဖန်တီးမှု 0.5000');
    expect(myanmar).to.not.match(/images\/s|held-out|ETA|train:/);
    expect(myanmar).to.include('1 မိနစ် 15 စက္ကန့်');
  });

  it('writes notebook progress lines in Myanmar', async () => {
    setLanguage('my');
    const texts = await notebookTexts();
    expect(texts.length).to.be.greaterThan(2);
    for (const text of texts) expect(text).to.match(MYANMAR);
    expect(texts.join('\n')).to.not.match(/held-out|this epoch so far|starting|images\/s/);
    expect(texts[texts.length - 1]).to.include('(ယခုအထိ အကောင်းဆုံး)');
  });

  it('summarises a training run in Myanmar', () => {
    setLanguage('en');
    expect(summarize(result)).to.include('stopped early after epoch 3').and.to.include('Kept the weights of epoch 2');
    setLanguage('my');
    const summary = summarize(result);
    expect(summary).to.match(MYANMAR).and.to.include('epoch 3').and.to.include('epoch 2').and.to.include('2 မိနစ် 05 စက္ကန့်');
    expect(summary).to.not.match(/stopped|Kept|held-out|train /);
  });

  it('heads the metrics table in Myanmar; metric names stay as the runner records them', () => {
    setLanguage('my');
    const table = printed(() => publishMetrics({ heldOutBCE: 0.1 }));
    expect(table).to.include('| တိုင်းတာချက် (metric) | တန်ဖိုး |').and.to.include('| heldOutBCE | 0.1000 |');
    expect(() => publishMetrics({ bad: NaN })).to.throw(/"bad".*NaN/);
    expect(() => publishMetrics({ bad: NaN })).to.throw(MYANMAR);
  });

  it('says which backend runs, and why, in Myanmar', async () => {
    const chosen = await ready();
    setLanguage('my');
    const sentence = printed(() => showBackend(chosen));
    expect(sentence).to.include(`\`${chosen.name}\``).and.to.include('Backend (တွက်ချက်မည့်အင်ဂျင်)');
    const reason = sentence.split('—')[1].split('\n')[0];
    expect(reason, 'the reason is in Myanmar').to.match(MYANMAR);
    // Which kernels compute: the term is 'ကာနယ် (kernel)', and the sentence after it is Myanmar too.
    const kernels = sentence.split('\n').find((line) => line.includes('(kernel) များ:**'));
    if (chosen.kernels) expect(kernels, 'the kernels line').to.match(/ကာနယ် \(kernel\)/).and.not.to.match(/native kernels|JavaScript kernels|Kernels:/);
    const previous = currentBackend()!.name;
    try {
      const picked = await useBackend('cpu');
      expect(printed(() => showBackend(picked))).to.include("useBackend('cpu') ဖြင့် ရွေးထားသည်");
    } finally {
      await useBackend(previous);
    }
    setLanguage('en');
    expect(printed(() => showBackend(chosen))).to.include(`**Backend:** \`${chosen.name}\` — ${chosen.reason}.`);
  });

  it("explains a learner's mistakes in Myanmar: wrong shape, bad option, unknown dataset", async () => {
    setLanguage('my');
    const flat = tf.zeros([3, 784]);
    try {
      expect(() => downsample2x(flat as tf.Tensor4D)).to.throw(/\[3,784\]/).with.property('message').that.matches(MYANMAR);
      expect(() => addGaussianNoise(tf.zeros([1, 4, 4, 1]) as tf.Tensor4D, { std: -1 })).to.throw(/-1/).with.property('message').that.matches(MYANMAR);
    } finally {
      flat.dispose();
    }
    expect(() => denseAutoencoder({ latentDims: 2 } as never)).to.throw(/latentDims/).with.property('message').that.matches(MYANMAR);
    let error: Error | undefined;
    await loadDataset({ dataset: 'mnsit' as never }).catch((e: Error) => (error = e));
    expect(error?.message).to.include('"mnsit"').and.to.include('mnist-embedded').and.to.match(MYANMAR);
    setLanguage('en');
    expect(() => denseAutoencoder({ latentDims: 2 } as never)).to.throw(/unknown option "latentDims"/);
  });
});

describe('charts in Myanmar', () => {
  afterEach(() => setLanguage());
  const history = [
    { epoch: 1, split: 'train' as const, term: 'reconstruction', value: 0.3 },
    { epoch: 1, split: 'heldOut' as const, term: 'reconstruction', value: 0.31 },
  ];

  it('names the axes, legends, splits and terms of the loss chart in Myanmar', () => {
    setLanguage('my');
    const spec = JSON.stringify(lossCurvesSpec(history));
    expect(spec).to.include('လေ့ကျင့်ရေး').and.to.include('စစ်ဆေးရေး').and.to.include('ပြန်လည်ဖန်တီးမှု');
    expect(spec).to.not.match(/held-out|"reconstruction"|"title":"term"|"title":"data"/);
    setLanguage('en');
    expect(JSON.stringify(lossCurvesSpec(history))).to.include('held-out').and.to.include('"reconstruction"');
  });

  it("draws a notebook's bar names, groups and titles in Myanmar, keeping the caller's items", () => {
    setLanguage('my');
    const items = [{ name: 'bicubic', value: 20 }, { name: "lesson's network", value: 18 }];
    const spec = comparisonBarsSpec(items, { title: 'Held-out PSNR against the originals (higher is better)', valueTitle: 'PSNR (dB)' });
    expect(spec.title).to.equal(NOTEBOOK_TEXTS['Held-out PSNR against the originals (higher is better)']);
    expect(JSON.stringify(spec)).to.include(NOTEBOOK_TEXTS["lesson's network"]);
    expect(items[1].name, 'the caller still finds its bar by its English name').to.equal("lesson's network");
    const histogram = JSON.stringify(latentHistogramSpec([{ name: 'z[0]', values: [0, 1, 2] }], { normalReference: true }));
    expect(histogram).to.include('အရေအတွက်').and.to.include('N(0,1)').and.to.match(MYANMAR);
  });

  it("writes the latent explorer's hint, timing and still picture's description in Myanmar", () => {
    setLanguage('my');
    const pixels = tf.zeros([1, 2, 2, 1]);
    const still = imageGrid([{ label: '', images: pixels }]);
    pixels.dispose();
    if (still.kind !== 'png') throw new Error('expected PNG');
    const figure = explorerFigure({
      title: 'VAE', decoder: [], imageHeight: 2, imageWidth: 2, points: [0, 0], labels: [0], classNames: ['0'],
      colors: ['#000'], extent: [-1, 1, -1, 1], steps: 2, still, name: 'explorer',
    });
    expect(figure.html).to.include('pointer ကို ရွှေ့ပါ').and.to.include('ms အတွင်း ပြန်ဖော်ပြီး');
    expect(figure.html).to.not.include('Move the pointer').and.to.not.include('a still picture');
  });

  it('writes the row labels and title of an image grid in Myanmar (a different picture from the English one)', () => {
    const images = tf.zeros([2, 4, 4, 1]);
    try {
      setLanguage('en');
      const english = imageGrid([{ label: 'original', images }], { title: 'Random latent vectors, decoded' });
      setLanguage('my');
      const myanmar = imageGrid([{ label: 'original', images }], { title: 'Random latent vectors, decoded' });
      if (english.kind !== 'png' || myanmar.kind !== 'png') throw new Error('expected PNG figures');
      expect(myanmar.png.equals(english.png)).to.equal(false);
      expect(myanmar.width).to.not.equal(english.width); // the Myanmar title has another width
    } finally {
      images.dispose();
    }
  });
});

describe('terminal columns', () => {
  it('gives no column to a mark on the letter before it, so Myanmar lines up', () => {
    expect(columns('abc')).to.equal(3);
    expect(columns('ကိ')).to.equal(1); // consonant + vowel sign above
    expect(columns('မြန်မာ')).to.equal(5); // the virama ် takes no column; ြ and ာ do
    expect(columns(padColumns('ကိ', 4))).to.equal(4);
    expect(padColumns('ကိ', 4)).to.equal('ကိ   ');
  });

  it('cuts between letters, never between a letter and its marks', () => {
    expect(cutColumns('abcdef', 3)).to.equal('abc');
    expect(cutColumns('ကိခု', 1)).to.equal('ကိ');
    expect(cutColumns('ကိခု', 5)).to.equal('ကိခု');
  });
});
