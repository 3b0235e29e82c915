/**
 * Myanmar script must be drawn as letters, not as empty boxes ("tofu"). A font that lacks a
 * character draws a box of its own width for every code point, in the order they are stored;
 * a real Myanmar font shapes them: a vowel sign above a consonant takes no width of its own,
 * and the vowel sign ေ, stored after its consonant, is drawn in front of it.
 */
import { expect } from 'chai';
import { createCanvas } from 'canvas';
import { canvasFont, CHART_CONFIG } from '../lib/plot/theme';
import { registerMyanmarFonts, FONT_STACK } from '../lib/plot/fonts';
import { renderVegaLite } from '../lib/plot/render';
import { textWidth } from '../lib/plot/canvasDrawing';

const KA = '\u1000'; // က
const VOWEL_I = '\u102D'; // ိ, drawn above its consonant
const VOWEL_E = '\u1031'; // ေ, stored after its consonant, drawn before it
const PRIVATE = ['\uE000', '\uE001']; // private-use code points: no font draws them, so they show as boxes
const SIZE = 32;

/** Draw text in black on white with the charts' font; return the grey value of every pixel (0 = ink). */
function draw(text: string, x = 8, width = 200, height = 80): { width: number; height: number; grey: Float32Array } {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, width, height);
  ctx.font = canvasFont(SIZE);
  ctx.fillStyle = 'black';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, x, 55);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const grey = Float32Array.from({ length: width * height }, (_, i) => rgba[i * 4] / 255);
  return { width, height, grey };
}

/** The rows that hold any ink, as [top, bottom]. */
function inkRows(image: ReturnType<typeof draw>): [number, number] {
  const rows: number[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) if (image.grey[y * image.width + x] < 0.5) { rows.push(y); break; }
  }
  return [Math.min(...rows), Math.max(...rows)];
}

/** Mean absolute difference of two same-size drawings (0 = identical). */
function difference(a: ReturnType<typeof draw>, b: ReturnType<typeof draw>): number {
  let sum = 0;
  for (let i = 0; i < a.grey.length; i++) sum += Math.abs(a.grey[i] - b.grey[i]);
  return sum / a.grey.length;
}

describe('Myanmar text in plots', () => {
  it('finds a Myanmar font installed by set-up and registers it with node-canvas', () => {
    const files = registerMyanmarFonts();
    expect(files.length, 'no Myanmar font file: run npm run setup (it installs fonts-noto-core)').to.be.greaterThan(0);
  });

  it('gives node-canvas a font string it accepts', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = canvasFont(SIZE, 'bold');
    expect(ctx.font, 'node-canvas ignored the font stack').to.include(`${SIZE}px`);
  });

  it('draws boxes for characters no font has: each takes its own width (the failure this file looks for)', () => {
    const font = canvasFont(SIZE);
    const one = textWidth(PRIVATE[0], font);
    expect(one).to.be.greaterThan(SIZE / 4);
    expect(textWidth(PRIVATE.join(''), font)).to.be.closeTo(2 * one, 1);
  });

  it('puts a vowel sign above its consonant, taking no width, as a Myanmar font does', () => {
    const font = canvasFont(SIZE);
    expect(textWidth(KA + VOWEL_I, font)).to.be.closeTo(textWidth(KA, font), 0.5);
    // ...and the vowel really is drawn: there is ink above the consonant's top.
    const [kaTop] = inkRows(draw(KA));
    const [withVowelTop] = inkRows(draw(KA + VOWEL_I));
    expect(withVowelTop).to.be.lessThan(kaTop - 2);
  });

  it('draws ေ in front of the consonant it is stored after', () => {
    const font = canvasFont(SIZE);
    const shift = textWidth(KA + VOWEL_E, font) - textWidth(KA, font);
    expect(shift, 'ေ adds width of its own').to.be.greaterThan(SIZE / 8);
    const shaped = draw(KA + VOWEL_E);
    // The consonant alone, moved right by the vowel's width, must coincide with the consonant in
    // the shaped word; drawn at its stored place (no shaping) it would not.
    const kaMoved = draw(KA, 8 + shift);
    const kaUnmoved = draw(KA, 8);
    const inkOf = (image: ReturnType<typeof draw>) => image.grey.reduce((sum, g) => sum + (1 - g), 0) / image.grey.length;
    const moved = difference(shaped, kaMoved);
    const unmoved = difference(shaped, kaUnmoved);
    expect(moved, 'the consonant is not where a shaped ေ would put it').to.be.lessThan(unmoved / 2);
    expect(moved).to.be.lessThan(inkOf(shaped)); // what differs is about the vowel's own ink, not more
  });

  it('names the Myanmar fonts in the SVG charts, for browsers and VS Code', async () => {
    const figure = await renderVegaLite(
      { data: { values: [{ x: 1, y: 2 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative', title: 'ကွယ်ဝှက်တန်ဖိုး' } }, title: 'မြန်မာ', config: CHART_CONFIG },
      { name: 'myanmar', format: 'svg' },
    );
    if (figure.kind !== 'svg') throw new Error('expected SVG');
    expect(figure.svg).to.include('မြန်မာ').and.to.include('ကွယ်ဝှက်တန်ဖိုး');
    const families = [...figure.svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
    expect(families.length).to.be.greaterThan(0);
    for (const family of families) expect(family.replace(/&#39;|&apos;/g, "'")).to.include("'Noto Sans Myanmar'");
    expect(FONT_STACK.startsWith('sans-serif')).to.equal(true);
  });
});
