/**
 * The players notebook 06 shows (`audioHtml`) play in a real browser: Chromium decodes each
 * clip's WAV from the page itself and reports the clip's length. The same markup is what the
 * notebook, its HTML export and the course runner's HTML hold.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { AudioClip, audioHtml, melodyClip } from '../lib/plot/audio';
import { launchChromium } from './notebookUi';

/** The players' durations as Chromium reports them once it has read each file (NaN: it could not). */
async function durationsInChromium(browser: Browser, html: string): Promise<number[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'audio-')), 'players.html');
  fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  const page = await browser.newPage();
  try {
    await page.goto(`file://${file}`);
    return await page.evaluate(() =>
      Promise.all(
        Array.from(document.querySelectorAll('audio')).map(
          (audio) =>
            new Promise<number>((resolve) => {
              const done = () => resolve(audio.error ? Number.NaN : audio.duration);
              if (audio.readyState >= 1 || audio.error) return done();
              audio.addEventListener('loadedmetadata', done, { once: true });
              audio.addEventListener('error', done, { once: true });
              setTimeout(done, 10_000);
            }),
        ),
      ),
    );
  } finally {
    await page.close();
  }
}

describe('audio players in a real browser (Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  const tune = (steps: number) => Array.from({ length: steps / 2 }, (_, i) => ({ pitch: 60 + (i % 8), start: 2 * i, steps: 2 }));

  it('plays every clip: Chromium decodes each WAV and reports its length', async () => {
    const clips = [melodyClip('two bars', tune(32)), melodyClip('eight bars', tune(128), { sampleRate: 16000 })];
    const durations = await durationsInChromium(browser, audioHtml(clips));
    expect(durations).to.have.length(2);
    durations.forEach((seconds, i) => {
      expect(seconds, `${clips[i].name}: duration in the browser`).to.be.above(0);
      expect(Math.abs(seconds - clips[i].seconds), `${clips[i].name}: ${seconds} s in the browser, ${clips[i].seconds} s written`).to.be.below(0.05);
    });
  });

  it('reports a clip it cannot decode (the failure the check above looks for)', async () => {
    const good = melodyClip('two bars', tune(32));
    const broken: AudioClip = { ...good, name: 'damaged header', wav: Buffer.concat([Buffer.from('JUNK'), good.wav.subarray(4)]) };
    const [seconds] = await durationsInChromium(browser, audioHtml([broken]));
    expect(Number.isNaN(seconds) || !(seconds > 0), `a damaged WAV gave ${seconds} s`).to.equal(true);
  });
});
