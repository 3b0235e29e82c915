/**
 * The message catalogue: English and Myanmar side by side, English whenever a Myanmar text is
 * missing, the language chosen by setLanguage or COURSE_LANG, and notebook texts translated.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { graderTexts, holesOf } from './graderHints';
import { messageCalls } from './messageParams';
import { currentLanguage, GRADER_HINTS, GRADER_SENTENCES, GRADER_TITLES, graderText, localize, MESSAGES, MessageKey, missingTranslations, NOTEBOOK_TEXTS, setLanguage, t } from '../lib/util/i18n';
import { placeholders } from '../lib/util/i18n/message';

const ROOT = path.resolve(__dirname, '..', '..');

/** Run with COURSE_LANG set (or unset), putting the previous value back afterwards. */
function withCourseLang<T>(value: string | undefined, run: () => T): T {
  const previous = process.env.COURSE_LANG;
  if (value === undefined) delete process.env.COURSE_LANG;
  else process.env.COURSE_LANG = value;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.COURSE_LANG;
    else process.env.COURSE_LANG = previous;
  }
}

/** Literal texts the notebooks' code cells pass to plots: labels, titles, bar names, groups. */
function notebookLiterals(): { notebook: string; text: string }[] {
  const found: { notebook: string; text: string }[] = [];
  const dir = path.join(ROOT, 'notebooks');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ipynb'))) {
    const notebook = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const cell of notebook.cells.filter((c: { cell_type: string }) => c.cell_type === 'code')) {
      const source: string = cell.source.join('');
      for (const m of source.matchAll(/\b(label|title|name|group|valueTitle):\s*(['"`])((?:(?!\2).)*)\2/g)) {
        const [, field, , text] = m;
        if (field === 'name' && /^[a-z0-9-]+$/.test(text) && text.includes('-')) continue; // a model's cache name
        found.push({ notebook: file, text: text.replace(/\$\{(\w+)\}/g, '{$1}') });
      }
    }
  }
  return found;
}

describe('i18n: the message catalogue', () => {
  afterEach(() => setLanguage());

  it('speaks English by default and Myanmar after setLanguage("my")', () => {
    withCourseLang(undefined, () => {
      expect(currentLanguage()).to.equal('en');
      expect(t('mode.full')).to.equal('full mode');
      setLanguage('my');
      expect(t('mode.full')).to.equal(MESSAGES['mode.full'].my).and.to.match(/[\u1000-\u109F]/);
    });
  });

  it('reads COURSE_LANG, and setLanguage wins over it until setLanguage() hands back', () => {
    withCourseLang('my', () => {
      expect(currentLanguage()).to.equal('my');
      setLanguage('en');
      expect(currentLanguage()).to.equal('en');
      setLanguage();
      expect(currentLanguage()).to.equal('my');
    });
  });

  it('rejects an unknown language, naming the ones it knows', () => {
    expect(() => setLanguage('fr' as 'en')).to.throw(/'my' \(Myanmar\) or 'en' \(English\)/);
    expect(() => withCourseLang('burmese', () => currentLanguage())).to.throw(/COURSE_LANG must be 'my'.*"burmese"/);
  });

  it('fills in {placeholders} and says which one a caller forgot', () => {
    const params = { name: 'wasm', reason: 'the fastest here' };
    expect(t('backend.sentence', params, 'en')).to.equal('**Backend:** `wasm` — the fastest here.');
    expect(t('backend.sentence', params, 'my')).to.include('`wasm`').and.to.include('the fastest here');
    expect(() => t('backend.sentence', { name: 'wasm' })).to.throw(/backend.sentence.*\{reason\}/);
  });

  it('falls back to English for a message with no Myanmar text, and lists it as missing', () => {
    const key: MessageKey = 'mode.full';
    const entry = MESSAGES[key] as { en: string; my?: string };
    const saved = entry.my;
    delete entry.my;
    try {
      expect(t(key, {}, 'my')).to.equal(entry.en);
      expect(missingTranslations()).to.include(key);
    } finally {
      entry.my = saved;
    }
  });

  it('has a Myanmar text for every message', () => {
    const missing = missingTranslations();
    expect(missing, `messages without a Myanmar text:\n  ${missing.join('\n  ')}`).to.deep.equal([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.entries(MESSAGES)
      .filter(([, m]) => (m as { my?: string }).my !== undefined)
      .filter(([, m]) => placeholders(m.en).sort().join() !== placeholders((m as { my: string }).my).sort().join())
      .map(([key]) => key);
    expect(mismatched, 'messages whose Myanmar text names other {values} than the English').to.deep.equal([]);
    for (const table of [NOTEBOOK_TEXTS, GRADER_SENTENCES, GRADER_HINTS]) {
      const texts = Object.entries(table).filter(([en, my]) => placeholders(en).sort().join() !== placeholders(my).sort().join());
      expect(texts.map(([en]) => en)).to.deep.equal([]);
    }
  });
});

describe('i18n: the code that reads the catalogue', () => {
  it('passes every value a message needs, and only those, at every call of t(...)', function () {
    this.timeout(60_000); // the TypeScript compiler reads the code
    const calls = messageCalls(ROOT, ['lib', 'datasets', 'scripts', 'exercises', 'test/graders']);
    expect(calls.length, 'found no calls of t(...)').to.be.greaterThan(300);
    const wrong = calls.flatMap(({ where, keys, names }) =>
      keys.flatMap((key) => {
        const message = (MESSAGES as Record<string, { en: string }>)[key];
        if (!message) return [`${where}: no message "${key}"`];
        if (names === undefined) return [];
        const wanted = placeholders(message.en);
        const missing = wanted.filter((name) => !names.includes(name));
        const extra = names.filter((name) => !wanted.includes(name));
        return missing.length || extra.length ? [`${where}: ${key} needs {${missing.join('}, {')}}; passes unused ${extra.join(', ')}`] : [];
      }),
    );
    expect(wrong).to.deep.equal([]);
  });
});

describe('i18n: texts the notebooks pass to the library', () => {
  it('has a Myanmar text for every label, title and bar name in the notebooks', () => {
    const literals = notebookLiterals();
    expect(literals.length, 'found no labels: the pattern no longer matches the notebooks').to.be.greaterThan(30);
    // Listed (some, like 'PCA', read the same in Myanmar) or matched by a pattern with {holes}.
    const missing = literals.filter(({ text }) => !(text in NOTEBOOK_TEXTS) && localize(text, 'my') === text);
    expect(missing.map((m) => `${m.notebook}: ${m.text}`), 'add these to lib/util/i18n/catalogue/notebookTexts.ts').to.deep.equal([]);
  });

  it('translates texts with numbers in them through patterns, and leaves unknown text alone', () => {
    expect(localize('noise std 0.5', 'my')).to.equal(NOTEBOOK_TEXTS['noise std {std}'].replace('{std}', '0.5'));
    expect(localize("The autoencoder's error is 12% lower than PCA's with the same 32 numbers.", 'my')).to.include('12%').and.to.match(/[\u1000-\u109F]/);
    expect(localize('a title nobody translated', 'my')).to.equal('a title nobody translated');
    expect(localize('original', 'en')).to.equal('original');
    expect(localize('original', 'my')).to.equal(NOTEBOOK_TEXTS.original);
  });
});

/** The titles of the graders' checks, as mocha reports them. */
function graderTitles(): string[] {
  const dir = path.join(ROOT, 'test', 'graders');
  const titles: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.grader.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/\bit\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) titles.push(m[2].replace(/\\(.)/g, '$1'));
  }
  return titles;
}

describe('i18n: grader checks', () => {
  it('has a Myanmar title for every check of every grader', () => {
    const titles = graderTitles();
    expect(titles.length, 'found no grader titles: the pattern no longer matches').to.be.greaterThan(40);
    const missing = titles.filter((title) => !(title in GRADER_TITLES));
    expect(missing, 'add these to lib/util/i18n/catalogue/graderTexts.ts').to.deep.equal([]);
  });

  // The TypeScript compiler reads the graders once for both tests.
  let texts: ReturnType<typeof graderTexts>;
  before(function () {
    this.timeout(60_000);
    texts = graderTexts(path.join(ROOT, 'test', 'graders'));
  });

  /** The texts that no key of `table` covers (a key's `{name}` holes stand for any value). */
  const uncovered = (found: string[], table: Record<string, string>) => {
    const keys = new Set(Object.keys(table).map(holesOf));
    return found.filter((text) => !keys.has(text));
  };

  it('has a Myanmar text for every hint a grader can give, those with numbers in them too', () => {
    expect(texts.hints.length, 'found no hints: the graders no longer pass a `hint` parameter').to.be.greaterThan(50);
    expect(uncovered(texts.hints, GRADER_HINTS), 'add these to GRADER_HINTS in lib/util/i18n/catalogue/graderTexts.ts').to.deep.equal([]);
  });

  it('has a Myanmar text for every failure sentence and every name of a checked value', () => {
    expect(texts.sentences.length, 'found no sentences: the graders no longer pass `what` or `description`').to.be.greaterThan(100);
    const words = texts.sentences.filter((text) => !isCode(text));
    expect(uncovered(words, GRADER_SENTENCES), 'add these to GRADER_SENTENCES in lib/util/i18n/catalogue/graderTexts.ts').to.deep.equal([]);
    expect(texts.computed, 'a grader passes a value computed at run time as a whole sentence or hint (it cannot be translated)').to.equal(0);
  });

  it('fills numbers into a translated sentence, and translates a known text inside one', () => {
    const sentence = 'with std 0 the codes changed by up to 0.00123.';
    expect(graderText(sentence, 'en')).to.equal(sentence);
    expect(graderText(sentence, 'my')).to.include('0.00123').and.to.match(/[\u1000-\u109F]/).and.not.to.include('changed');
    // 'the denoiser' inside "the denoiser's output" is itself in the catalogue.
    expect(graderText("the denoiser's output", 'my')).to.include(GRADER_SENTENCES['the denoiser']);
    expect(graderText('encoder.predict(images [3,28,28,1])', 'my')).to.equal('encoder.predict(images [3,28,28,1])');
  });
});

/** Code that reads the same in Myanmar: a call such as `downsample2x(...)`, a camelCase name, or no words at all. */
function isCode(text: string): boolean {
  const named = text.replace(/\{\}/g, 'x'); // a value filled in, such as a model's name
  return /^[\w.]+\(.*\)$/.test(named) || /^[\w.]*([a-z][A-Z]|\d|\.)[\w.]*$/.test(named) || named === 'undefined' || !/[a-z]{2}/i.test(named);
}
