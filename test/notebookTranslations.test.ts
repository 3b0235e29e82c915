/**
 * The Myanmar notebooks are built from the English ones (npm run notebooks): the same cells with
 * the same ids, the code identical but for the one line that sets the language, every markdown
 * cell translated from the English as it is now, and the committed files up to date.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import {
  buildNotebook, Cell, englishHash, englishNotebooks, languageLine, Notebook, parseTranslation, translateNotebook,
  translatedNotebooksDir, translationSection,
} from '../scripts/notebookTranslations';

const MYANMAR = /[\u1000-\u109F]/;

function tinyNotebook(): Notebook {
  const cell = (cell_type: Cell['cell_type'], id: string, text: string): Cell => ({ cell_type, id, metadata: {}, source: [text] });
  return {
    cells: [
      cell('markdown', 'intro', '# Title'),
      { ...cell('code', 'setup', ''), source: ["import * as ae from 'autoencoders-course';\n", 'await ae.ready();'], outputs: [], execution_count: null },
      cell('markdown', 'end', 'The end.'),
    ],
    metadata: {},
  };
}

describe('Myanmar notebooks', () => {
  const names = englishNotebooks();

  it('exist for every English notebook, and are what npm run notebooks builds now', () => {
    expect(names.length).to.be.greaterThan(5);
    const stale = names.filter((name) => {
      const built = buildNotebook(name, 'my');
      return !fs.existsSync(built.target) || fs.readFileSync(built.target, 'utf8') !== built.text;
    });
    expect(stale, 'out of date: run npm run notebooks').to.deep.equal([]);
    const extra = fs.readdirSync(translatedNotebooksDir('my')).filter((f) => f.endsWith('.ipynb') && !names.includes(f.replace('.ipynb', '')));
    expect(extra, 'Myanmar notebooks without an English source').to.deep.equal([]);
  });

  it('translate every markdown cell, from the English as it is now', () => {
    const problems = names.flatMap((name) => buildNotebook(name, 'my').problems);
    expect(problems, 'translate these cells in notebooks/translations/my/ (npm run notebooks -- --add-missing adds them)').to.deep.equal([]);
    for (const name of names) {
      for (const cell of buildNotebook(name, 'my').notebook.cells.filter((c) => c.cell_type === 'markdown')) {
        expect(cell.source.join(''), `${name} cell ${cell.id} has no Myanmar text`).to.match(MYANMAR);
      }
    }
  });

  it('have the same cells, and the same code but for the line that sets the language', () => {
    for (const name of names) {
      const english = JSON.parse(fs.readFileSync(`${__dirname}/../../notebooks/${name}.ipynb`, 'utf8')) as Notebook;
      const myanmar = JSON.parse(fs.readFileSync(`${translatedNotebooksDir('my')}/${name}.ipynb`, 'utf8')) as Notebook;
      expect(myanmar.cells.map((c) => `${c.cell_type} ${c.id}`), name).to.deep.equal(english.cells.map((c) => `${c.cell_type} ${c.id}`));
      expect(myanmar.metadata, `${name}: notebook metadata`).to.deep.equal(english.metadata);
      const englishCode = english.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
      const myanmarCode = myanmar.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
      const [first, ...rest] = myanmarCode;
      const withoutLanguage = first.split('\n').filter((line) => line !== languageLine('my')).join('\n');
      expect(first.split('\n').filter((line) => line === languageLine('my')), `${name}: the first code cell sets the language once`).to.have.length(1);
      expect(withoutLanguage, `${name}: first code cell`).to.equal(englishCode[0]);
      expect(rest, `${name}: code cells`).to.deep.equal(englishCode.slice(1));
      for (const cell of myanmar.cells.filter((c) => c.cell_type === 'code')) {
        expect(cell.outputs, `${name} cell ${cell.id} is committed with outputs`).to.deep.equal([]);
      }
    }
  });

  it('name a missing, an out-of-date and a stray translation', () => {
    const english = tinyNotebook();
    const file = [translationSection('intro', englishHash('# Title'), '# ခေါင်းစဉ်'), translationSection('gone', '12345678', 'စာ')].join('\n');
    const { notebook, problems } = translateNotebook(english, parseTranslation(file, 'tiny.md'), 'my', 'tiny');
    expect(notebook.cells[0].source.join('')).to.equal('# ခေါင်းစဉ်');
    expect(notebook.cells[1].source).to.deep.equal(["import * as ae from 'autoencoders-course';\n", "ae.setLanguage('my');\n", 'await ae.ready();']);
    expect(notebook.cells[2].source.join(''), 'an untranslated cell stays English').to.equal('The end.');
    expect(problems.join('\n')).to.match(/cell end has no my translation/).and.to.match(/cell gone, which the notebook does not have/);

    english.cells[0].source = ['# A new title'];
    const stale = translateNotebook(english, parseTranslation(file, 'tiny.md'), 'my', 'tiny').problems;
    expect(stale.join('\n')).to.match(/English of cell intro changed since it was translated/);
  });

  it('refuse a translation file that translates a cell twice', () => {
    const twice = translationSection('intro', 'aaaaaaaa', 'က') + translationSection('intro', 'aaaaaaaa', 'ခ');
    expect(() => parseTranslation(twice, 'twice.md')).to.throw(/twice.md: cell intro is translated twice/);
  });
});
