/**
 * Showing results: inline when running inside the tslab Jupyter kernel, as files otherwise.
 *
 * Plot helpers never talk to Jupyter themselves. They return a `Figure` (bytes or SVG text),
 * which keeps them testable without a kernel; `show` is the one thin layer that displays it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../util/atomicWrite';
import { queueKernelSends } from './kernelSends';
import { env } from '../util/env';
import { localize, t } from '../util/i18n';

/** A picture ready to show: PNG bytes or SVG text, plus a short file-friendly name. */
export type Figure =
  | { kind: 'png'; name: string; png: Buffer; width: number; height: number }
  | { kind: 'svg'; name: string; svg: string; width: number; height: number };

/**
 * An interactive picture: an HTML fragment with a script, and the still PNG that stands in for
 * it where scripts cannot run (the fragment contains it too).
 */
export interface HtmlFigure {
  kind: 'html';
  name: string;
  html: string;
  still: Figure & { kind: 'png' };
  width: number;
  height: number;
}

/** The subset of tslab's Display that this course uses. */
export interface OutputArea {
  png(b: Uint8Array): void;
  svg(s: string): void;
  html(s: string): void;
  markdown(s: string): void;
  text(s: string): void;
}

type TslabModule = { display: OutputArea; newDisplay(): OutputArea };

/** One output with several representations; the viewer shows the richest it can. */
type MimeBundle = Record<string, string>;
type WriteDisplayData = (message: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

/** tslab's own writer of display messages: the only way to send several MIME types in one output. */
function displayDataWriter(): WriteDisplayData | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require('tslab/dist/jupyter').lastWriteDisplayData ?? undefined;
  } catch {
    return undefined;
  }
}

function loadTslab(): TslabModule | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const jupyter = require('tslab/dist/jupyter');
    // tslab's display functions throw "Not ready" outside a running kernel; this hook is only
    // set while the kernel is executing a cell.
    if (jupyter.lastWriteDisplayData == null) return undefined;
    queueKernelSends();
    return require('tslab') as TslabModule;
  } catch {
    return undefined;
  }
}

/** True when this code runs inside a notebook cell on the tslab kernel. */
export function inNotebook(): boolean {
  return loadTslab() !== undefined;
}

/** Where `show` writes figures when no notebook is running (override with COURSE_FIGURES_DIR). */
export function figuresDir(): string {
  return env.figuresDir() ?? path.resolve('out', 'figures');
}

/**
 * Display a figure inline in the notebook, or (outside a kernel) save it under `figuresDir()`
 * and print where. Returns the file path when one was written.
 */
export function show(figure: Figure | HtmlFigure): string | undefined {
  if (figure.kind === 'html') return showHtmlFigure(figure);
  const tslab = loadTslab();
  if (tslab) {
    if (figure.kind === 'png') tslab.display.png(figure.png);
    else tslab.display.svg(figure.svg);
    return undefined;
  }
  const file = path.join(figuresDir(), `${figure.name}.${figure.kind}`);
  writeFileAtomic(file, figure.kind === 'png' ? figure.png : figure.svg);
  if (!env.silent()) console.log(t('display.figureSaved', { file }));
  return file;
}

/**
 * An interactive figure: in a notebook one output holding the HTML, the still PNG and a line
 * of text (each viewer picks what it can show); elsewhere a self-contained .html page.
 */
function showHtmlFigure(figure: HtmlFigure): string | undefined {
  const write = loadTslab() ? displayDataWriter() : undefined;
  if (write) {
    const data: MimeBundle = {
      'text/html': figure.html,
      'image/png': figure.still.png.toString('base64'),
      'text/plain': `${figure.name}: an interactive figure (it needs a viewer that runs scripts)`,
    };
    write({ data, metadata: { 'image/png': { width: figure.still.width, height: figure.still.height } }, transient: {} }, false);
    return undefined;
  }
  const file = path.join(figuresDir(), `${figure.name}.html`);
  const page = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${figure.name}</title></head>\n<body>\n${figure.html}\n</body></html>\n`;
  writeFileAtomic(file, page);
  if (!env.silent()) console.log(t('display.figureSaved', { file }));
  return file;
}

/** Show an HTML fragment inline, or print `plainText` outside a notebook. */
export function showHtml(html: string, plainText: string): void {
  const tslab = loadTslab();
  if (tslab) tslab.display.html(html);
  else if (!env.silent()) console.log(plainText);
}

/**
 * Show Markdown text inline, or print it as plain text outside a notebook. A sentence a notebook
 * writes in English is shown in the course's language when the catalogue knows it.
 */
export function showMarkdown(markdown: string): void {
  markdown = localize(markdown);
  const tslab = loadTslab();
  if (tslab) tslab.display.markdown(markdown);
  else if (!env.silent()) console.log(markdown);
}

/**
 * An output that can be replaced in place (live training progress). Outside a notebook it
 * returns undefined, and callers fall back to terminal output.
 */
export function newLiveOutput(): OutputArea | undefined {
  return loadTslab()?.newDisplay();
}
