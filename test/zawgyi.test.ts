/**
 * All Myanmar text in the project is standard Unicode, not Zawgyi (the older encoding that
 * reuses the same code points for other shapes and shows as garbage under a Unicode font).
 * myanmar-tools' detector judges each line; short fragments can look like Zawgyi by chance, so a
 * line counts as Zawgyi only if the detector says so and converting it from Zawgyi changes it:
 * a line that reads the same in both encodings is harmless either way.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ZawgyiDetector, ZawgyiConverter } = require('myanmar-tools');
import { MESSAGES, NOTEBOOK_TEXTS } from '../lib/util/i18n';

const ROOT = path.resolve(__dirname, '..', '..');
const MYANMAR = /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]/;
const detector = new ZawgyiDetector();
const converter = new ZawgyiConverter();

function looksLikeZawgyi(line: string): boolean {
  return detector.getZawgyiProbability(line) > 0.95 && converter.zawgyiToUnicode(line) !== line;
}

/** Every line holding Myanmar script in the project's own text files, with where it is. */
function myanmarLines(): { where: string; line: string }[] {
  const lines: { where: string; line: string }[] = [];
  const visit = (file: string) => {
    const rel = path.relative(ROOT, file);
    const text = fs.readFileSync(file, 'utf8');
    const content = file.endsWith('.ipynb')
      ? JSON.parse(text).cells.map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n')
      : text;
    content.split('\n').forEach((line: string, i: number) => {
      if (MYANMAR.test(line)) lines.push({ where: `${rel}:${i + 1}`, line });
    });
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|md|ipynb|py|sh|json)$/.test(entry.name)) visit(full);
    }
  };
  for (const dir of ['lib', 'notebooks', 'docs', 'scripts', 'datasets', 'exercises', 'solutions']) walk(path.join(ROOT, dir));
  for (const file of fs.readdirSync(ROOT).filter((f) => f.endsWith('.md'))) visit(path.join(ROOT, file));
  return lines;
}

describe('Myanmar text is Unicode, not Zawgyi', () => {
  it('finds the Myanmar text it is meant to check', () => {
    const where = new Set(myanmarLines().map((l) => l.where.split(':')[0]));
    for (const file of ['README.my.md', 'notebooks/my/01-autoencoders.ipynb', 'lib/util/i18n/catalogue/course.ts']) {
      expect([...where], `no Myanmar text found in ${file}`).to.include(file);
    }
  });

  it('flags a Zawgyi line and passes the same line in Unicode (the detector works as used here)', () => {
    const unicode = (MESSAGES['language.set'] as { my: string }).my;
    expect(looksLikeZawgyi(unicode)).to.equal(false);
    expect(looksLikeZawgyi(converter.unicodeToZawgyi(unicode))).to.equal(true);
  });

  it('has no Zawgyi in the catalogue', () => {
    const texts = [...Object.values(MESSAGES).map((m) => (m as { my?: string }).my ?? ''), ...Object.values(NOTEBOOK_TEXTS)];
    expect(texts.filter((text) => MYANMAR.test(text) && looksLikeZawgyi(text))).to.deep.equal([]);
  });

  it('has no Zawgyi in any file: notebooks, translations, README, code', () => {
    const zawgyi = myanmarLines().filter(({ line }) => looksLikeZawgyi(line));
    expect(zawgyi.map((z) => `${z.where}: ${z.line.slice(0, 60)}`)).to.deep.equal([]);
  });
});
