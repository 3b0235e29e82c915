/**
 * The course as a learner sees it, in a real browser: Debian's Chromium, driven by
 * playwright-core, opens notebooks in the Jupyter Notebook UI started the way `npm start` starts
 * it, runs every cell in quick mode, and looks at what came out. Screenshots go to out/ui/.
 *
 * First the latent explorer alone, in a plain page (no Jupyter): it must follow the pointer and
 * draw exactly what the TensorFlow.js decoder computes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { Browser, Page } from 'playwright-core';
import { denseVae } from '../lib/models';
import { latentExplorer } from '../lib/lesson/latentExplorer';
import { onBackend } from './onBackend';
import { expectNoErrors, get, launchChromium, NotebookServer, RanCell, runNotebook, SHOTS, startNotebookServer } from './notebookUi';

/** What the explorer shows for one pointer position: the code under it and the drawn digit. */
interface DrawnDigit {
  z: number[];
  pixels: number[];
  ms: number;
}

/** The latent window inside the explorer's canvas: left, top, side in canvas pixels. */
async function plotArea(page: Page, explorer: number): Promise<number[]> {
  const area = await page.locator('.latent-explorer-plane').nth(explorer).getAttribute('data-plot-area');
  return (area ?? '').split(',').map(Number);
}

/** Move the pointer to (fx, fy) of the explorer's plot area (fractions) and read the digit it drew. */
async function pointAt(page: Page, explorer: number, fx: number, fy: number): Promise<DrawnDigit> {
  const plane = page.locator('.latent-explorer-plane').nth(explorer);
  await plane.scrollIntoViewIfNeeded();
  const box = await plane.boundingBox();
  if (!box) throw new Error('the explorer has no visible plane');
  const [left, top, side] = await plotArea(page, explorer);
  const scale = box.width / (await plane.evaluate((c) => (c as HTMLCanvasElement).width));
  await page.mouse.move(box.x + (left + fx * side) * scale, box.y + (top + fy * side) * scale);
  return page.locator('.latent-explorer-digit').nth(explorer).evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const z = (canvas.getAttribute('data-z') ?? '').split(',').map(Number);
    const side = 28;
    const zoom = canvas.width / side;
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
    const pixels: number[] = [];
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const x = Math.floor((c + 0.5) * zoom);
        const y = Math.floor((r + 0.5) * zoom);
        pixels.push(data[4 * (y * canvas.width + x)] / 255);
      }
    }
    return { z, pixels, ms: Number(canvas.getAttribute('data-ms')) };
  });
}

/** The decoder's image for one code, computed by TensorFlow.js here in Node. */
function decodeInNode(decoder: tf.LayersModel, z: number[]): number[] {
  return tf.tidy(() => Array.from((decoder.predict(tf.tensor2d([z])) as tf.Tensor).dataSync()));
}

function largestDifference(a: number[], b: number[]): number {
  expect(a.length).to.equal(b.length);
  return a.reduce((worst, v, i) => Math.max(worst, Math.abs(v - b[i])), 0);
}

function meanDifference(a: number[], b: number[]): number {
  return a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;
}

/** Check two pointer positions give two different digits, each the one the decoder computes. */
async function expectExplorerFollowsPointer(page: Page, explorer: number, decoder: tf.LayersModel): Promise<DrawnDigit[]> {
  const drawn = [await pointAt(page, explorer, 0.2, 0.25), await pointAt(page, explorer, 0.8, 0.75)];
  expect(drawn[0].z).to.have.length(2);
  expect(drawn[0].z).not.to.deep.equal(drawn[1].z);
  for (const digit of drawn) {
    expect(digit.z.every(Number.isFinite), `code ${digit.z}`).to.equal(true);
    // 8-bit canvas pixels and half-precision weights: a few thousandths at most.
    expect(largestDifference(digit.pixels, decodeInNode(decoder, digit.z)), `page vs tfjs at z = ${digit.z}`).to.be.below(0.02);
  }
  const difference = meanDifference(drawn[0].pixels, drawn[1].pixels);
  expect(difference, 'two far-apart codes draw two different digits').to.be.above(0.02);
  console.log(`      explorer: the two digits differ by ${difference.toFixed(3)} per pixel on average`);
  return drawn;
}

describe('course UI in a real browser (Chromium)', function () {
  this.timeout(300_000);
  let browser: Browser;

  before(async function () {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  describe('the latent explorer in a plain page', () => {
    onBackend('cpu');

    it('decodes under the pointer what tfjs decodes, and pins two points to show the way between them', async () => {
      const vae = denseVae({ latentDim: 2 });
      // Weights large enough that decoded digits differ visibly from point to point.
      const weights = vae.decoder.getWeights().map((w, k) => tf.randomNormal(w.shape, 0, 0.15, 'float32', 5 + k));
      vae.decoder.setWeights(weights);
      tf.dispose(weights);
      const split = { images: tf.randomUniform([60, 28, 28, 1], 0, 1, 'float32', 9) as tf.Tensor4D, labels: Int32Array.from({ length: 60 }, (_, i) => i % 10) };
      const figure = await latentExplorer(vae, split, { title: 'Test explorer' });
      tf.dispose(split.images);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-')), 'explorer.html');
      fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${figure.html}</body></html>`);
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`file://${file}`);
        expect(await page.locator('.latent-explorer-still').isVisible(), 'the still picture gives way to the explorer').to.equal(false);
        await expectExplorerFollowsPointer(page, 0, vae.decoder);

        // Time whole frames (decode + draw) as the browser runs them; printed, not asserted.
        const msPerFrame = await page.locator('.latent-explorer-plane').evaluate((canvas) => {
          const box = canvas.getBoundingClientRect();
          const started = performance.now();
          for (let i = 0; i < 50; i++) {
            canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 60 + i * 5, clientY: box.top + 60 + i * 4, bubbles: true }));
          }
          return (performance.now() - started) / 50;
        });
        console.log(`      explorer: ${msPerFrame.toFixed(2)} ms per pointer move (decode and redraw, dense decoder 2-512-784)`);

        const box = (await page.locator('.latent-explorer-plane').boundingBox())!;
        const [left, top, side] = await plotArea(page, 0);
        expect(await page.locator('.latent-explorer-strip').isVisible()).to.equal(false);
        await page.mouse.click(box.x + left + 0.2 * side, box.y + top + 0.8 * side);
        await page.mouse.click(box.x + left + 0.8 * side, box.y + top + 0.2 * side);
        expect(await page.locator('.latent-explorer-strip').isVisible(), 'two pins show the strip').to.equal(true);
        await page.locator('.latent-explorer').screenshot({ path: path.join(SHOTS, 'explorer-plain-page.png') });
        expect(errors).to.deep.equal([]);
      } finally {
        await page.close();
        vae.encoder.dispose();
        vae.decoder.dispose();
      }
    });
  });

  describe('Jupyter Notebook, notebooks 00 and 05 in quick mode', () => {
    let server: NotebookServer | undefined;
    // A model cache of this test's own: models another checkout or branch left in the user's
    // cache must not stand in for the ones these notebooks train.
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-model-cache-'));

    before(async function () {
      // As `npm start` does; COURSE_QUICK reaches the kernels through the server's environment.
      server = await startNotebookServer({ COURSE_QUICK: '1', COURSE_CACHE_DIR: cacheDir });
      expect(await get(`${server.base}/api/status`), 'the server asks for the token').to.equal(403);
    });

    after(async () => {
      await server?.stop();
      fs.rmSync(cacheDir, { recursive: true, force: true });
    });

    const runNotebookHere = (page: Page, name: string) => runNotebook(page, server!, name);

    const images = (cell: RanCell) => cell.outputs.filter((o) => o.data && (o.data['image/png'] || o.data['image/svg+xml'])).length;

    it('00-getting-started runs without errors and shows the backend and a grid of digits', async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      try {
        const cells = await runNotebookHere(page, '00-getting-started');
        expectNoErrors(cells);
        const grid = cells.find((c) => c.source.includes('classExamples'));
        expect(grid, 'a cell draws the digits').not.to.equal(undefined);
        expect(images(grid!), 'the digit grid is a picture').to.equal(1);
        expect(await page.locator('.output_scroll').count(), 'no output folded into a scroll box').to.equal(0);
      } finally {
        await page.close();
      }
    });

    it('05-latent-space runs without errors; its pictures, explorers and grading tables show', async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const explorerErrors: string[] = [];
      page.on('pageerror', (e) => {
        if (/Explorer|decodeLatentPoint|unpack/.test(`${e.message} ${e.stack}`)) explorerErrors.push(String(e));
      });
      try {
        const cells = await runNotebookHere(page, '05-latent-space');
        expect(explorerErrors, 'errors from the explorer\'s script').to.deep.equal([]);
        expectNoErrors(cells);
        const expectImages = (needle: string, count: number) => {
          const cell = cells.find((c) => c.source.includes(needle));
          expect(cell, `a cell with ${needle}`).not.to.equal(undefined);
          expect(images(cell!), `pictures of the cell with ${needle}`).to.equal(count);
        };
        expectImages('ae.latentScatter(vaePoints', 2);
        expectImages('manifoldGrid', 2);
        expectImages('latentHistogram', 2);
        // Tall outputs stay unfolded: the lattice and the explorers are not in a scroll box.
        expect(await page.locator('.output_scroll').count(), 'no output folded into a scroll box').to.equal(0);

        // An untrusted notebook (someone else's, reopened) is passed through Notebook's own
        // sanitiser: the script goes, the still picture must stay.
        const explorerHtml = String(cells.find((c) => c.source.includes('latentExplorer'))?.outputs[0]?.data?.['text/html'] ?? '');
        expect(explorerHtml).to.contain('<script>');
        const sanitized: string = await page.evaluate(
          (html) => new Promise((resolve) => (window as any).require(['base/js/security'], (security: any) => resolve(security.sanitize_html(html)))),
          explorerHtml,
        );
        expect(sanitized, 'sanitised: no script').not.to.contain('<script');
        expect(sanitized, 'sanitised: the still picture stays').to.match(/<img[^>]*src="data:image\/png;base64,/);

        // Two explorers (VAE and plain autoencoder), started by their scripts.
        expect(await page.locator('.latent-explorer[data-started]').count()).to.equal(2);
        expect(await page.locator('.latent-explorer-still').first().isVisible()).to.equal(false);

        // The decoder the notebook used, from the model cache it trained into.
        // With the notebooks' settings only (other test files leave COURSE_RETRAIN and others set).
        const previous = { ...process.env };
        for (const name of Object.keys(process.env)) if (name.startsWith('COURSE_')) delete process.env[name];
        Object.assign(process.env, { COURSE_QUICK: '1', COURSE_CACHE_DIR: cacheDir, COURSE_SILENT: '1' });
        let vae;
        try {
          const ae = await import('../lib');
          await ae.useBackend('wasm'); // the backend the notebook trained on (earlier tests may have left cpu)
          const mnist = await ae.loadDataset({ limit: 500 });
          vae = await ae.fit(ae.denseVaeRecipe(mnist));
          tf.dispose([mnist.train.images, mnist.test.images]);
        } finally {
          for (const name of Object.keys(process.env)) if (name.startsWith('COURSE_')) delete process.env[name];
          for (const [name, value] of Object.entries(previous)) if (name.startsWith('COURSE_')) process.env[name] = value;
        }
        expect(vae.fromCache, 'the VAE the notebook trained is in the model cache').to.equal(true);
        const drawn = await expectExplorerFollowsPointer(page, 0, vae.models.decoder);
        console.log(`      explorer in Notebook: decoded in ${drawn.map((d) => d.ms.toFixed(2)).join(' and ')} ms`);
        await page.locator('.latent-explorer').first().screenshot({ path: path.join(SHOTS, 'explorer-notebook.png') });

        // The grading table's marks are glyphs a plain machine can draw, not empty boxes.
        const marks = page.locator('.grade-mark');
        const gradeOutputs = cells.filter((c) => c.source.includes('useExercise')).map((c) => c.outputs.map((o) => Object.keys(o.data ?? {}).join('+') || o.output_type));
        expect(await marks.count(), `grading tables with marks (the grading cells' outputs: ${JSON.stringify(gradeOutputs)})`).to.be.above(2);
        const glyph = await marks.first().evaluate((element) => {
          const style = getComputedStyle(element);
          const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const draw = (text: string) => {
            const canvas = document.createElement('canvas');
            canvas.width = 64;
            canvas.height = 64;
            const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
            ctx.font = font;
            ctx.fillStyle = '#000';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, 8, 32);
            return Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3));
          };
          const mark = (element.textContent ?? '').trim();
          // A private-use character has no glyph in any font: it shows what "missing" looks like here.
          return { mark, drawn: draw(mark), missing: draw('\uE000') };
        });
        const ink = (alpha: number[]) => alpha.filter((a) => a > 64).length;
        expect(glyph.mark, 'a mark').to.match(/^\S+$/u);
        expect(ink(glyph.drawn), `the mark ${glyph.mark} leaves ink`).to.be.above(10);
        expect(glyph.drawn, `the mark ${glyph.mark} is drawn as itself, not as the missing-glyph box`).not.to.deep.equal(glyph.missing);
        await page.locator('.grade-table').first().screenshot({ path: path.join(SHOTS, 'grade-table.png') });
        const align = await page.locator('.grade-table td').last().evaluate((td) => getComputedStyle(td).textAlign);
        expect(align, 'grading table cells are left-aligned').to.equal('left');
      } finally {
        await page.close();
      }
    });
  });
});
