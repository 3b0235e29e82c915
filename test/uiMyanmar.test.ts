/**
 * The Myanmar course as a learner sees it: notebooks/my/04-vae runs in the Jupyter Notebook UI
 * (Chromium, quick mode), then is exported to HTML. In both pages the markdown prose, the
 * training progress line, the plots' SVG text and the grading table must be in Myanmar script
 * and drawn by a Myanmar font, not as empty boxes ("tofu").
 *
 * How boxes are told from letters, in each part's own computed font (probes placed inside the
 * part's element, so they inherit exactly its font and language):
 * - a Myanmar font stacks the second consonant of က္က (U+1000 U+1039 U+1000) under the first, so
 *   the cluster is as wide as က alone; drawn as boxes it is two boxes wide. (A vowel sign such
 *   as ိ does not tell them apart in Chromium: a missing mark is a zero-width box too.)
 * - as a box, က is exactly as wide as a private-use character, which no font draws;
 * - Chromium's DevTools protocol names the fonts that drew the part's own Myanmar letters: they
 *   must be fonts that passed the stacking test.
 * The export is Notebook's own (File > Download as > HTML, as scripts/start-jupyter.sh sets it up).
 * The last test shows that the check fails where it should: the same exported page, opened by
 * a Chromium that can see only the DejaVu fonts (no Myanmar), must be judged boxes in all four parts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expect } from 'chai';
import { Browser, CDPSession, Page } from 'playwright-core';
import { expectNoErrors, exportAsHtml, launchChromium, NotebookServer, runNotebook, SHOTS, startNotebookServer } from './notebookUi';

const NOTEBOOK = 'my/04-vae';
const MYANMAR = /[\u1000-\u109F]/;
/** Fonts without Myanmar, for the Chromium that must see boxes (fonts-dejavu-core, installed by set-up). */
const FONTS_WITHOUT_MYANMAR = '/usr/share/fonts/truetype/dejavu';

/** The four things a learner reads, and where each is in a page. */
type Part = 'prose' | 'progress' | 'plot' | 'grading';
const PART_NAMES: Record<Part, string> = {
  prose: 'the markdown prose',
  progress: 'the training progress line and summary',
  plot: "the loss plot's SVG text",
  grading: 'the grading table',
};
interface PartPlace {
  /** CSS selector of the candidate elements. */
  selector: string;
  /** The element checked is the first candidate with Myanmar text that also matches this. */
  filter: string;
}
type PagePlaces = Record<Part, PartPlace>;

/** The classic Notebook page. */
const IN_NOTEBOOK: PagePlaces = {
  prose: { selector: '.text_cell_render p', filter: '' },
  progress: { selector: '.output_text pre', filter: 'epoch' },
  plot: { selector: '.output_svg svg text', filter: '' },
  grading: { selector: '.grade-table td', filter: '' },
};
/** Notebook's HTML export (nbconvert with the course's template, built on nbconvert's "lab" one). */
const IN_EXPORT: PagePlaces = {
  prose: { selector: '.jp-MarkdownCell .jp-RenderedMarkdown p', filter: '' },
  progress: { selector: '.jp-RenderedText pre', filter: 'epoch' },
  plot: { selector: '.jp-RenderedSVG svg text', filter: '' },
  grading: { selector: '.grade-table td', filter: '' },
};

/** What one part looks like in the page, measured in its own font. Widths are per character, in px. */
interface PartLook {
  candidates: number;
  /** The first candidates' texts, to name what was there when no Myanmar was. */
  sample: string[];
  text?: string;
  fontFamily?: string;
  consonant?: number;
  stacked?: number;
  box?: number;
  /** Fonts that drew the stacking probe, and the part's own Myanmar letters (DevTools protocol). */
  stackFonts?: string[];
  ownFonts?: string[];
}

/**
 * Find the part's element, measure probes inside it, and leave two probes (data-font-probe =
 * 'stack' and 'own') for the DevTools protocol to ask which fonts drew them.
 */
function measureInPage({ selector, filter }: PartPlace): PartLook {
  const myanmar = /[\u1000-\u109F]/;
  const elements = Array.from(document.querySelectorAll(selector));
  const sample = elements.slice(0, 5).map((e) => (e.textContent ?? '').slice(0, 100));
  const element = elements.find((e) => myanmar.test(e.textContent ?? '') && new RegExp(filter).test(e.textContent ?? ''));
  if (!element) return { candidates: elements.length, sample };
  const inSvg = element instanceof SVGElement;
  const addProbe = (text: string, name: string): Element => {
    const probe = inSvg ? document.createElementNS('http://www.w3.org/2000/svg', 'tspan') : document.createElement('span');
    probe.textContent = text;
    probe.setAttribute('data-font-probe', name);
    if (inSvg) probe.setAttribute('visibility', 'hidden');
    else (probe as HTMLElement).style.cssText = 'position:absolute;white-space:pre;visibility:hidden';
    element.appendChild(probe);
    return probe;
  };
  const repeats = 8; // a longer run averages away sub-pixel rounding
  const width = (text: string): number => {
    const probe = addProbe(text.repeat(repeats), 'width');
    const w = inSvg ? (probe as SVGTextContentElement).getComputedTextLength() : probe.getBoundingClientRect().width;
    probe.remove();
    return w / repeats;
  };
  const ka = '\u1000';
  const stack = `${ka}\u1039${ka}`;
  const look = {
    candidates: elements.length,
    sample,
    text: (element.textContent ?? '').slice(0, 200),
    fontFamily: getComputedStyle(element).fontFamily,
    consonant: width(ka),
    stacked: width(stack),
    box: width('\uE000'),
  };
  const kept = [addProbe(stack, 'stack'), addProbe((element.textContent ?? '').match(/[\u1000-\u109F]+/g)!.join(''), 'own')];
  // Lay them out now: the DevTools protocol reads the fonts of laid-out text and does not lay out itself.
  kept.forEach((probe) => probe.getBoundingClientRect());
  return look;
}

/** The fonts Chromium used to draw the text of the first element matching `selector`. */
async function fontsDrawing(cdp: CDPSession, selector: string): Promise<string[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no element ${selector} to ask for its fonts`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  if (fonts.length === 0) throw new Error(`Chromium named no font for the text of ${selector}`);
  return fonts.map((f) => f.postScriptName || f.familyName);
}

/** Look at all four parts of the page. */
async function lookAtParts(page: Page, places: PagePlaces): Promise<Record<Part, PartLook>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const looks = {} as Record<Part, PartLook>;
  try {
    for (const part of Object.keys(places) as Part[]) {
      const look = await page.evaluate(measureInPage, places[part]);
      if (look.text !== undefined) {
        look.stackFonts = await fontsDrawing(cdp, '[data-font-probe="stack"]');
        look.ownFonts = await fontsDrawing(cdp, '[data-font-probe="own"]');
        await page.evaluate(() => document.querySelectorAll('[data-font-probe]').forEach((p) => p.remove()));
      }
      looks[part] = look;
    }
  } finally {
    await cdp.detach();
  }
  return looks;
}

/** Why a part's Myanmar text is drawn as boxes rather than by a Myanmar font; empty when it is not. */
function signsOfBoxes(look: PartLook): string[] {
  const signs: string[] = [];
  const ratio = look.stacked! / look.consonant!;
  if (!(ratio < 1.5)) {
    signs.push(`the stacked cluster က္က is ${ratio.toFixed(2)}× as wide as က (a Myanmar font stacks it: 1×; boxes: 2×)`);
  }
  if (Math.abs(look.consonant! - look.box!) < 0.01) {
    signs.push(`က is exactly as wide as a character no font has (${look.box!.toFixed(2)} px): the same empty box`);
  }
  const others = look.ownFonts!.filter((font) => !look.stackFonts!.includes(font));
  if (others.length > 0) {
    signs.push(`some of its letters are drawn by ${others.join(', ')}, not by the font that stacks consonants (${look.stackFonts!.join(', ')})`);
  }
  return signs;
}

/** Every part has Myanmar text, drawn by a Myanmar font; a failure names the part and what it found. */
function expectMyanmarDrawn(looks: Record<Part, PartLook>, where: string): void {
  for (const part of Object.keys(looks) as Part[]) {
    const look = looks[part];
    expect(look.text, `${where}: ${PART_NAMES[part]} has no Myanmar text; ${look.candidates} candidates, the first: ${JSON.stringify(look.sample)}`).to.be.a('string');
    const signs = signsOfBoxes(look);
    expect(signs, `${where}: ${PART_NAMES[part]} ("${look.text!.slice(0, 60)}", font-family ${look.fontFamily}) is drawn as empty boxes`).to.deep.equal([]);
    console.log(`      ${where}, ${PART_NAMES[part]}: Myanmar drawn by ${look.ownFonts!.join(', ')}; က္က is ${(look.stacked! / look.consonant!).toFixed(2)}× က`);
  }
}

/** A fontconfig file that shows Chromium the DejaVu fonts only. */
function fontconfigWithoutMyanmar(folder: string): string {
  if (!fs.existsSync(FONTS_WITHOUT_MYANMAR)) throw new Error(`${FONTS_WITHOUT_MYANMAR} is missing; scripts/setup.sh installs fonts-dejavu-core (npm run setup).`);
  const file = path.join(folder, 'fonts.conf');
  fs.writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${FONTS_WITHOUT_MYANMAR}</dir>\n  <cachedir>${path.join(folder, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`);
  return file;
}

/** Open an exported notebook; nothing may come from the network (the page's scripts are local files). */
async function openExport(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.route(/^https?:/, (route) => route.abort());
  await page.goto(`file://${html}`, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

describe('the Myanmar course in a real browser (Chromium)', function () {
  this.timeout(300_000);
  let browser: Browser;
  let server: NotebookServer | undefined;
  let scratch = '';
  let exported = '';

  before(async function () {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'myanmar-ui-'));
    browser = await launchChromium();
    // A cache of its own: a model trained before would be loaded, and loading shows no progress or plot.
    server = await startNotebookServer({ COURSE_QUICK: '1', COURSE_CACHE_DIR: path.join(scratch, 'cache') });
  });
  after(async () => {
    await server?.stop();
    await browser?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it(`${NOTEBOOK} in Notebook: prose, progress line, plots and grading table are in Myanmar script, drawn by a Myanmar font`, async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      // The progress line is replaced by the summary when training ends: keep every text shown on the way.
      const recordTexts = (p: Page) =>
        p.evaluate(() => {
          const shown: string[] = [];
          (window as any).courseTextsShown = shown;
          new MutationObserver(() => {
            document.querySelectorAll('.output_text pre').forEach((pre) => {
              const text = pre.textContent ?? '';
              if (!shown.includes(text)) shown.push(text);
            });
          }).observe(document.getElementById('notebook-container')!, { childList: true, subtree: true, characterData: true });
        });
      const cells = await runNotebook(page, server!, NOTEBOOK, recordTexts);
      expectNoErrors(cells);

      const shown: string[] = await page.evaluate(() => (window as any).courseTextsShown);
      const live = shown.filter((text) => /· epoch \d+\/\d+/.test(text));
      // On a very busy machine the page has once shown only the end of training: then the
      // training summary that replaced the progress line must speak Myanmar instead.
      const finalTexts = await page.locator('.output_text pre').allTextContents();
      const progress = live.length > 0 ? live : finalTexts.filter((text) => /epoch/.test(text));
      expect(progress, `a progress line (name · epoch n/m · ...) or training summary; texts shown: ${JSON.stringify([...shown, ...finalTexts].map((s) => s.slice(0, 80)))}`).not.to.deep.equal([]);
      for (const line of progress) expect(line, 'the progress line is in Myanmar').to.match(MYANMAR);
      console.log(`      ${live.length > 0 ? 'progress line shown while training' : 'no live progress line caught; the training summary'}: ${progress[0].split('\n')[0]}`);

      const svgTexts = (role: string) => page.locator(`.output_svg svg .role-${role}`).allTextContents();
      const titles = await svgTexts('title-text');
      expect(titles.length, 'plots with titles').to.be.above(0);
      for (const title of titles) expect(title, 'a plot title in Myanmar').to.match(MYANMAR);
      expect((await svgTexts('legend-label')).filter((label) => MYANMAR.test(label)), 'legend labels in Myanmar').not.to.deep.equal([]);

      // Pictures for a person to look at: each part on its own.
      await page.locator('.text_cell_render').first().screenshot({ path: path.join(SHOTS, 'my-04-vae-prose.png') });
      await page.locator('.output_text pre', { hasText: 'epoch' }).first().screenshot({ path: path.join(SHOTS, 'my-04-vae-summary.png') });
      await page.locator('.output_svg svg').first().screenshot({ path: path.join(SHOTS, 'my-04-vae-plot.png') });
      await page.locator('.grade-table').first().screenshot({ path: path.join(SHOTS, 'my-04-vae-grading.png') });

      expectMyanmarDrawn(await lookAtParts(page, IN_NOTEBOOK), 'Notebook');
      const html = await exportAsHtml(server!, await page.evaluate(() => (window as any).Jupyter.notebook.toJSON()));
      exported = path.join(scratch, '04-vae.html');
      fs.writeFileSync(exported, html);
    } finally {
      await page.close();
    }
  });

  it(`${NOTEBOOK} exported to HTML: the same four parts are in Myanmar script, drawn by a Myanmar font`, async () => {
    if (!exported) throw new Error(`no exported HTML: ${NOTEBOOK} did not run in Notebook (see the test above)`);
    const page = await openExport(browser, exported);
    try {
      await page.screenshot({ path: path.join(SHOTS, 'my-04-vae-exported.png'), fullPage: true });
      const chartTexts = await page.locator(IN_EXPORT.plot.selector).count();
      expect(chartTexts, "the exported charts keep their SVG text elements (nbconvert's default template strips them; scripts/start-jupyter.sh picks the course's)").to.be.above(0);
      expectMyanmarDrawn(await lookAtParts(page, IN_EXPORT), 'exported HTML');
    } finally {
      await page.close();
    }
  });

  it('the check sees empty boxes in the same page when Chromium has no Myanmar font', async () => {
    if (!exported) throw new Error(`no exported HTML: ${NOTEBOOK} did not run in Notebook (see the tests above)`);
    const withoutMyanmar = await launchChromium({ ...process.env, FONTCONFIG_FILE: fontconfigWithoutMyanmar(scratch) });
    try {
      const page = await openExport(withoutMyanmar, exported);
      await page.screenshot({ path: path.join(SHOTS, 'my-04-vae-exported-without-myanmar-font.png'), fullPage: true });
      const looks = await lookAtParts(page, IN_EXPORT);
      for (const part of Object.keys(looks) as Part[]) {
        expect(looks[part].text, `${PART_NAMES[part]}: its Myanmar text is still in the page`).to.be.a('string');
        const signs = signsOfBoxes(looks[part]);
        expect(signs.length, `${PART_NAMES[part]} without a Myanmar font must be judged boxes by both width tests; signs found: ${JSON.stringify(signs)}`).to.be.at.least(2);
      }
      console.log(`      without a Myanmar font: all four parts judged empty boxes (drawn by ${looks.prose.ownFonts!.join(', ')})`);
    } finally {
      await withoutMyanmar.close();
    }
  });
});
