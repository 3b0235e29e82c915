/**
 * `npm run notebooks` — build the Myanmar notebooks from the English ones.
 *
 *   npm run notebooks                   write notebooks/my/*.ipynb
 *   npm run notebooks -- --check        change nothing; exit 1 if a notebook is stale or a
 *                                       translation is missing or out of date
 *   npm run notebooks -- --add-missing  append every untranslated cell to its translation file,
 *                                       in English, marked TODO, for a translator to replace
 *
 * notebooks/*.ipynb are the English source. The Myanmar prose lives in
 * notebooks/translations/my/NAME.md: one section per markdown cell, headed by the cell's id and a
 * short hash of the English text it was translated from, so a change to the English shows up as
 * an out-of-date translation. Code cells are copied unchanged; the first one also sets the
 * language, right after it imports the library.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../lib/util/atomicWrite';

const ROOT = path.resolve(__dirname, '..', '..');
export const NOTEBOOKS_DIR = path.join(ROOT, 'notebooks');

/** The languages notebooks are translated into, and where their files go. */
export const TRANSLATED_LANGUAGES = ['my'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export const translationsDir = (language: TranslatedLanguage) => path.join(NOTEBOOKS_DIR, 'translations', language);
export const translatedNotebooksDir = (language: TranslatedLanguage) => path.join(NOTEBOOKS_DIR, language);

/** The line the first code cell of a translated notebook gains. */
export const languageLine = (language: TranslatedLanguage) => `ae.setLanguage('${language}');`;
const IMPORT_LINE = /^import \* as ae from 'autoencoders-course';\n?$/;

export interface Cell {
  cell_type: 'markdown' | 'code' | 'raw';
  id: string;
  source: string[];
  [key: string]: unknown;
}
export interface Notebook {
  cells: Cell[];
  [key: string]: unknown;
}

/** A notebook file's text the way Jupyter writes it (one-space indent, UTF-8, final newline). */
export function notebookText(notebook: Notebook): string {
  return JSON.stringify(notebook, null, 1) + '\n';
}

/** Split text into Jupyter's list of lines, each but the last keeping its "\n". */
export function sourceLines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line) => line !== '');
}

/** Eight hex digits that change whenever the English text of a cell changes. */
export function englishHash(source: string): string {
  return crypto.createHash('sha256').update(source.trim()).digest('hex').slice(0, 8);
}

/** One translated cell: the hash of the English it was made from ('TODO' while untranslated). */
export interface CellTranslation {
  englishHash: string;
  text: string;
}

const SECTION = /^<!-- cell (\S+) · English (\S+) -->$/gm;

/** Read a translation file into its sections, keyed by cell id. */
export function parseTranslation(text: string, file: string): Map<string, CellTranslation> {
  const sections = new Map<string, CellTranslation>();
  const heads = [...text.matchAll(SECTION)];
  heads.forEach((head, i) => {
    const [, id, hash] = head;
    if (sections.has(id)) throw new Error(`${file}: cell ${id} is translated twice`);
    const start = head.index! + head[0].length;
    const end = i + 1 < heads.length ? heads[i + 1].index! : text.length;
    sections.set(id, { englishHash: hash, text: text.slice(start, end).trim() });
  });
  return sections;
}

/** A section of a translation file, as `--add-missing` writes it and a translator keeps it. */
export function translationSection(id: string, hash: string, text: string): string {
  return `<!-- cell ${id} · English ${hash} -->\n\n${text.trim()}\n`;
}

/** The translated notebook, and what is wrong with the translation it was built from. */
export interface Translated {
  notebook: Notebook;
  problems: string[];
}

/**
 * Build the notebook in `language` from the English one. A markdown cell without a usable
 * translation keeps its English text (so the notebook still runs) and is listed in `problems`.
 */
export function translateNotebook(english: Notebook, sections: Map<string, CellTranslation>, language: TranslatedLanguage, name: string): Translated {
  const problems: string[] = [];
  let languageSet = false;
  const ids = new Set<string>();
  const cells = english.cells.map((cell, index) => {
    if (typeof cell.id !== 'string' || cell.id === '') problems.push(`${name}: cell ${index} has no id`);
    ids.add(cell.id);
    const copy: Cell = JSON.parse(JSON.stringify(cell));
    if (cell.cell_type === 'markdown') {
      const english = cell.source.join('');
      const section = sections.get(cell.id);
      if (!section || section.englishHash === 'TODO' || section.text === '') {
        problems.push(`${name}: markdown cell ${cell.id} has no ${language} translation`);
      } else {
        copy.source = sourceLines(section.text);
        if (section.englishHash !== englishHash(english)) {
          problems.push(`${name}: the English of cell ${cell.id} changed since it was translated (translation says ${section.englishHash}, English is now ${englishHash(english)})`);
        }
      }
    } else if (cell.cell_type === 'code' && !languageSet) {
      const lines = cell.source.slice();
      const at = lines.findIndex((line) => IMPORT_LINE.test(line));
      if (at < 0) {
        problems.push(`${name}: the first code cell does not import the library as ae, so the language cannot be set there`);
      } else {
        if (!lines[at].endsWith('\n')) lines[at] += '\n';
        lines.splice(at + 1, 0, languageLine(language) + (at + 1 < lines.length ? '\n' : ''));
        copy.source = lines;
      }
      languageSet = true;
    }
    return copy;
  });
  for (const id of sections.keys()) {
    if (!ids.has(id)) problems.push(`${name}: the translation has a section for cell ${id}, which the notebook does not have`);
  }
  return { notebook: { ...english, cells }, problems };
}

/** The English notebooks, by name (without .ipynb), in order. */
export function englishNotebooks(): string[] {
  return fs.readdirSync(NOTEBOOKS_DIR).filter((f) => f.endsWith('.ipynb')).map((f) => f.replace(/\.ipynb$/, '')).sort();
}

function readJson(file: string): Notebook {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Notebook;
}

function readSections(file: string): Map<string, CellTranslation> {
  return fs.existsSync(file) ? parseTranslation(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file)) : new Map();
}

/** Build one language's notebook from the current files. */
export function buildNotebook(name: string, language: TranslatedLanguage): Translated & { text: string; target: string } {
  const english = readJson(path.join(NOTEBOOKS_DIR, `${name}.ipynb`));
  const sections = readSections(path.join(translationsDir(language), `${name}.md`));
  const built = translateNotebook(english, sections, language, `${language}/${name}`);
  return { ...built, text: notebookText(built.notebook), target: path.join(translatedNotebooksDir(language), `${name}.ipynb`) };
}

/** Append a TODO section, holding the English, for every markdown cell that has none. */
function addMissing(name: string, language: TranslatedLanguage): number {
  const file = path.join(translationsDir(language), `${name}.md`);
  const english = readJson(path.join(NOTEBOOKS_DIR, `${name}.ipynb`));
  const sections = readSections(file);
  const missing = english.cells.filter((c) => c.cell_type === 'markdown' && !sections.has(c.id));
  if (missing.length === 0) return 0;
  const languageName = { my: 'Myanmar' }[language];
  const header = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').trimEnd() + '\n\n'
    : `<!-- The ${languageName} text of notebooks/${name}.ipynb, one section per markdown cell. ` +
      `Run \`npm run notebooks\` after editing. -->\n\n`;
  const added = missing.map((c) => translationSection(c.id, 'TODO', c.source.join(''))).join('\n');
  writeFileAtomic(file, header + added);
  return missing.length;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check' && a !== '--add-missing');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: npm run notebooks [-- --check | --add-missing]`);
    return 2;
  }
  const problems: string[] = [];
  for (const language of TRANSLATED_LANGUAGES) {
    for (const name of englishNotebooks()) {
      if (argv.includes('--add-missing')) {
        const added = addMissing(name, language);
        if (added > 0) console.log(`${language}/${name}: ${added} cell(s) to translate added to ${path.relative(ROOT, translationsDir(language))}/${name}.md`);
      }
      const built = buildNotebook(name, language);
      problems.push(...built.problems);
      const current = fs.existsSync(built.target) ? fs.readFileSync(built.target, 'utf8') : undefined;
      if (current === built.text) continue;
      if (check) problems.push(`${path.relative(ROOT, built.target)} is out of date: run npm run notebooks`);
      else {
        writeFileAtomic(built.target, built.text);
        console.log(`wrote ${path.relative(ROOT, built.target)}`);
      }
    }
  }
  for (const problem of problems) console.error(problem);
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
