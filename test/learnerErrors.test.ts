/**
 * Errors reach a learner in the course's language: every error the library throws with a text
 * written in the code must either take its words from the catalogue (`new Error(t(...))`),
 * carry both languages, or be marked `// internal` (on its line or the line above) as one only
 * a bug in the library can cause. The scan covers lib/, datasets/ and `npm run grade`.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { setLanguage } from '../lib/util/i18n';
import * as os from 'os';
import { checkBarItems, checkLossRecords, imageGrid } from '../lib/plot';
import { train } from '../lib/train/trainer';
import { loadModel } from '../lib/checkpoint';
import { main as dataCommand } from '../datasets/cli';
import { verifyDataFile } from '../datasets/verify';

const ROOT = path.resolve(__dirname, '..', '..');
const MYANMAR = /[\u1000-\u109F]/;
const SCANNED = ['lib', 'datasets', 'scripts/grade.ts', 'scripts/gradeWorker.ts'];
/** The catalogue's own texts (a hint may quote `throw new Error(...)`), not code that throws. */
const TEXTS = /lib\/util\/i18n\/catalogue\/(?!index\.ts)/;

/** The lines of the statement that starts on line `first`: up to the line that ends with ';'. */
function statement(lines: string[], first: number): string {
  let last = first;
  while (last < lines.length - 1 && !lines[last].replace(/\/\/.*$/, '').trim().endsWith(';')) last++;
  return lines.slice(first, last + 1).join('\n');
}

/** Errors built from a text literal that is neither marked internal nor written in both languages. */
export function untranslatedErrors(source: string): { line: number; text: string }[] {
  const lines = source.split('\n');
  const found: { line: number; text: string }[] = [];
  for (const match of source.matchAll(/new\s+\w*Error\(\s*(['"`])/g)) {
    const line = source.slice(0, match.index).split('\n').length - 1;
    const marked = [lines[line], lines[line - 1] ?? ''].some((l) => /\/\/ internal\b/.test(l));
    if (!marked && !MYANMAR.test(statement(lines, line))) found.push({ line: line + 1, text: lines[line].trim() });
  }
  return found;
}

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(entry, e.name)) : e.name.endsWith('.ts') ? [path.join(full, e.name)] : [],
  );
}

describe("errors for a learner's mistakes come from the catalogue", () => {
  afterEach(() => setLanguage());

  it('finds an English error text in code, and accepts marked, catalogue and two-language ones', () => {
    const source = [
      "throw new Error('shape must be [N,2]');", // found
      "throw new Error(t('plotImages.none', { what }));",
      '// internal: a bug in the library',
      'throw new Error(`no rule for ${kind}`);',
      "reject(new RangeError(`too big: ${n}`)); // internal",
      "throw new Error(\n  `unknown language; ဘာသာစကားကို မသိပါ`,\n);",
      'throw new DatasetUnavailableError(\n  `missing ${file}`,', // found
    ].join('\n');
    expect(untranslatedErrors(source).map((f) => f.line)).to.deep.equal([1, 9]);
  });

  it('has no English-only error text in lib/, datasets/ or the grading command', () => {
    const files = SCANNED.flatMap(sourceFiles).filter((file) => !TEXTS.test(file));
    expect(files.length, 'the scan found no files').to.be.greaterThan(100);
    const found = files.flatMap((file) => untranslatedErrors(fs.readFileSync(file, 'utf8')).map((f) => `${path.relative(ROOT, file)}:${f.line}: ${f.text}`));
    expect(found, 'use t(...) from lib/util/i18n, or mark a bug-only check `// internal`').to.deep.equal([]);
  });

  it('explains bad plot inputs in Myanmar and, after setLanguage("en"), in the same English as before', () => {
    const image = tf.zeros([28, 28, 1]);
    try {
      setLanguage('my');
      expect(() => imageGrid([{ label: 'x', images: image }])).to.throw(MYANMAR).with.property('message').that.includes('[28,28,1]');
      expect(() => checkBarItems([])).to.throw(MYANMAR);
      expect(() => checkLossRecords([{ epoch: 1, split: 'train', term: 'loss', value: NaN }])).to.throw(MYANMAR);
      setLanguage('en');
      expect(() => imageGrid([{ label: 'x', images: image }])).to.throw(
        'imageGrid row 0 "x": a tensor [28,28,1] looks like a single image; pass a batch [1,28,28,1] (x.expandDims(0)) or [N,H,W] for grey images.',
      );
      expect(() => checkLossRecords([{ epoch: 1, split: 'train', term: 'loss', value: NaN }])).to.throw(
        'lossCurves: record 0 (train loss, epoch 1): value is NaN; did training diverge?',
      );
    } finally {
      image.dispose();
    }
  });

  it('explains bad training options in Myanmar, and in the same English as before', async () => {
    const inputs = tf.zeros([4, 2]);
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [2] })] });
    const options = { name: 'run', models: [model], loss: () => ({}), train: { inputs }, epochs: 1, batchSize: 2, progress: 'silent' as const };
    try {
      setLanguage('my');
      const myanmar = await train({ ...options, patience: 2 }).catch((e: Error) => e.message);
      expect(myanmar).to.match(MYANMAR).and.to.include('patience').and.to.include('heldOut');
      const empty = await train(options).catch((e: Error) => e.message);
      expect(empty, 'a loss that returns no terms').to.match(MYANMAR);
      setLanguage('en');
      expect(await train({ ...options, patience: 2 }).catch((e: Error) => e.message)).to.equal('patience needs heldOut data: early stopping watches the held-out loss');
      expect(await train(options).catch((e: Error) => e.message)).to.equal('the loss function returned no loss terms (an empty object)');
    } finally {
      inputs.dispose();
      model.dispose();
    }
  });

  it('explains a damaged checkpoint and a file that is not data in Myanmar', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'learner-errors-'));
    try {
      fs.writeFileSync(path.join(dir, 'manifest.json'), '{"format": "autoencoders-course-chec');
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a dataset');
      setLanguage('my');
      const checkpoint = await loadModel(dir).catch((e: Error) => e.message);
      expect(checkpoint).to.match(MYANMAR).and.to.include(path.join(dir, 'manifest.json')).and.to.include('JSON');
      expect(() => verifyDataFile(path.join(dir, 'notes.txt'))).to.throw(MYANMAR).with.property('message').that.includes('notes.txt');
      setLanguage('en');
      expect(() => verifyDataFile(path.join(dir, 'notes.txt'))).to.throw(/notes\.txt: unrecognised format: expected an IDX file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes npm run data in Myanmar: its table, its usage and a mistake of use', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => errors.push(line) };
    setLanguage('my');
    expect(await dataCommand(['list'], output)).to.equal(0);
    expect(lines[0]).to.match(/^dataset\s+အင်တာနက်မပါဘဲ\s+အခြေအနေ/);
    expect(lines.find((l) => l.startsWith('cifar10'))).to.include('မရပါ').and.to.match(MYANMAR).and.not.to.include('not downloaded');
    expect(await dataCommand(['fetch', 'svhn'], output)).to.equal(2);
    expect(errors.join('\n')).to.include('"svhn"').and.to.include('အသုံးပြုပုံ- npm run data -- <command>').and.not.to.include('unknown dataset');
  });
});
