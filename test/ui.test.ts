/**
 * The course as a learner sees it, in a real browser: Debian's Chromium, driven by
 * playwright-core, opens notebooks in the Jupyter Notebook UI started the way `npm start` starts
 * it, runs every cell in quick mode, and looks at what came out. Screenshots go to out/ui/.
 *
 * First the latent explorer alone, in a plain page (no Jupyter): it must follow the pointer and
 * draw exactly what the TensorFlow.js decoder computes.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { chromium, Browser, Page } from 'playwright-core';
import { denseVae } from '../lib/models';
import { latentExplorer } from '../lib/lesson/latentExplorer';
import { onBackend } from './onBackend';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'out', 'ui');
/** Debian's chromium, which scripts/setup.sh installs (playwright's own browser download is not used). */
const CHROMIUM = '/usr/bin/chromium';

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

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', () => resolve(0));
  });
}

describe('course UI in a real browser (Chromium)', function () {
  this.timeout(300_000);
  let browser: Browser;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; scripts/setup.sh installs Debian's chromium (npm run setup).`);
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
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
    let server: ChildProcess | undefined;
    let serverLog = '';
    let base = '';
    let token = '';

    before(async function () {
      const port = await freePort();
      token = randomBytes(16).toString('hex');
      base = `http://127.0.0.1:${port}`;
      // As `npm start` does; COURSE_QUICK reaches the kernels through the server's environment.
      server = spawn('bash', [path.join(ROOT, 'scripts', 'start-jupyter.sh')], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), JUPYTER_TOKEN: token, COURSE_QUICK: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so the server and its kernels stop together
      });
      server.stdout?.on('data', (d) => (serverLog += d));
      server.stderr?.on('data', (d) => (serverLog += d));
      const deadline = Date.now() + 60_000;
      while ((await get(`${base}/api/status?token=${token}`)) !== 200) {
        if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Jupyter did not start on ${base}:\n${serverLog}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(await get(`${base}/api/status`), 'the server asks for the token').to.equal(403);
    });

    after(async () => {
      if (!server?.pid || server.exitCode !== null) return;
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
      if (!stopped) process.kill(-server.pid, 'SIGKILL');
    });

    /** Open a notebook, run every cell, wait for the last one, and return every cell's outputs. */
    async function runNotebook(page: Page, name: string): Promise<Array<{ index: number; source: string; outputs: Array<Record<string, any>> }>> {
      await page.goto(`${base}/notebooks/${name}.ipynb?token=${token}`);
      await page.waitForFunction(() => {
        const nb = (window as any).Jupyter?.notebook;
        return nb?.kernel?.is_connected?.() && nb.kernel_busy === false;
      }, undefined, { timeout: 60_000, polling: 250 });
      // Never save: the committed notebooks stay without outputs (Notebook autosaves every 2 minutes).
      await page.evaluate(() => (window as any).Jupyter.notebook.set_autosave_interval(0));
      await page.evaluate(() => (window as any).Jupyter.notebook.execute_all_cells());
      try {
        await page.waitForFunction(() => {
          const cells = (window as any).Jupyter.notebook.get_cells().filter((c: any) => c.cell_type === 'code');
          return cells.every((c: any) => typeof c.input_prompt_number === 'number');
        }, undefined, { timeout: 240_000, polling: 500 });
      } finally {
        // Notebook scrolls inside #site, not the page: let the page grow to show every cell.
        await page.addStyleTag({ content: '#site { height: auto !important; overflow: visible !important; } body { overflow: visible !important; }' });
        await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      }
      return page.evaluate(() =>
        (window as any).Jupyter.notebook
          .get_cells()
          .map((c: any, index: number) => ({ index, type: c.cell_type, source: c.get_text(), outputs: c.output_area?.outputs ?? [] }))
          .filter((c: any) => c.type === 'code'),
      );
    }

    function expectNoErrors(cells: Array<{ index: number; source: string; outputs: Array<Record<string, any>> }>): void {
      for (const cell of cells) {
        for (const output of cell.outputs) {
          const failed = output.output_type === 'error' || (output.name === 'stderr' && /Error|Traceback|    at /.test(String(output.text)));
          expect(failed, `cell ${cell.index} (${cell.source.split('\n')[0]}) failed: ${output.ename ?? ''} ${output.evalue ?? output.text}`).to.equal(false);
        }
      }
    }

    const images = (cell: { outputs: Array<Record<string, any>> }) => cell.outputs.filter((o) => o.data && (o.data['image/png'] || o.data['image/svg+xml'])).length;

    it('00-getting-started runs without errors and shows the backend and a grid of digits', async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      try {
        const cells = await runNotebook(page, '00-getting-started');
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
        const cells = await runNotebook(page, '05-latent-space');
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
        const previous = process.env.COURSE_QUICK;
        process.env.COURSE_QUICK = '1';
        let vae;
        try {
          const ae = await import('../lib');
          const mnist = await ae.loadDataset({ limit: 500 });
          vae = await ae.fit(ae.denseVaeRecipe(mnist));
          tf.dispose([mnist.train.images, mnist.test.images]);
        } finally {
          if (previous === undefined) delete process.env.COURSE_QUICK;
          else process.env.COURSE_QUICK = previous;
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
