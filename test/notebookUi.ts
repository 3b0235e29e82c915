/**
 * What the browser tests share: Debian's Chromium, a Jupyter Notebook server started the way
 * `npm start` starts it, and running a whole notebook in the Notebook page as a learner would.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { expect } from 'chai';
import { chromium, Browser, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots for a person to look at after a run. */
export const SHOTS = path.join(ROOT, 'out', 'ui');
/** Debian's chromium, which scripts/setup.sh installs (playwright's own browser download is not used). */
export const CHROMIUM = '/usr/bin/chromium';

/** Start Chromium; `env` replaces its environment (e.g. to give it other fonts). */
export async function launchChromium(env?: Record<string, string | undefined>): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; scripts/setup.sh installs Debian's chromium (npm run setup).`);
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], env });
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The HTTP status of a GET, or 0 when nothing answers. */
export function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', () => resolve(0));
  });
}

/** A running Jupyter Notebook server on loopback, with its token. */
export interface NotebookServer {
  base: string;
  token: string;
  stop(): Promise<void>;
}

/**
 * The environment without any COURSE_* setting: other test files set some for their own
 * process (COURSE_SILENT, COURSE_RETRAIN, ...), and notebooks must not inherit them. The
 * settings a browser test wants, it passes itself.
 */
export function withoutCourseSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('COURSE_')));
}

/**
 * Start Jupyter Notebook with scripts/start-jupyter.sh on a free port. `env` is added to this
 * process's environment without its COURSE_* settings; the kernels inherit it (COURSE_QUICK,
 * COURSE_CACHE_DIR...).
 */
export async function startNotebookServer(env: Record<string, string>): Promise<NotebookServer> {
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('bash', [path.join(ROOT, 'scripts', 'start-jupyter.sh')], {
    cwd: ROOT,
    env: { ...withoutCourseSettings(process.env), ...env, PORT: String(port), JUPYTER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the server and its kernels stop together
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const stop = async () => {
    if (!server.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
    if (!stopped) process.kill(-server.pid, 'SIGKILL');
  };
  const deadline = Date.now() + 60_000;
  while ((await get(`${base}/api/status?token=${token}`)) !== 200) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Jupyter did not start on ${base}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, token, stop };
}

/** One code cell after a run: its place in the notebook, its source and its outputs (nbformat JSON). */
export interface RanCell {
  index: number;
  source: string;
  outputs: Array<Record<string, any>>;
}

/** A screenshot's file name for a notebook path: 'my/04-vae' gives 'my-04-vae'. */
export function shotName(notebook: string): string {
  return notebook.replace(/[\\/]/g, '-');
}

/**
 * Open a notebook (its path under notebooks/, without .ipynb), run every cell, wait for the last
 * one, screenshot the whole page, and return every code cell's outputs. `beforeRun` runs once
 * the kernel is ready, just before the cells start.
 */
export async function runNotebook(
  page: Page,
  server: NotebookServer,
  name: string,
  beforeRun?: (page: Page) => Promise<void>,
): Promise<RanCell[]> {
  await page.goto(`${server.base}/notebooks/${name}.ipynb?token=${server.token}`);
  await page.waitForFunction(() => {
    const nb = (window as any).Jupyter?.notebook;
    return nb?.kernel?.is_connected?.() && nb.kernel_busy === false;
  }, undefined, { timeout: 60_000, polling: 250 });
  // Never save: the committed notebooks stay without outputs (Notebook autosaves every 2 minutes).
  await page.evaluate(() => (window as any).Jupyter.notebook.set_autosave_interval(0));
  if (beforeRun) await beforeRun(page);
  await page.evaluate(() => (window as any).Jupyter.notebook.execute_all_cells());
  try {
    await page.waitForFunction(() => {
      const cells = (window as any).Jupyter.notebook.get_cells().filter((c: any) => c.cell_type === 'code');
      return cells.every((c: any) => typeof c.input_prompt_number === 'number');
    }, undefined, { timeout: 240_000, polling: 500 });
  } finally {
    // Notebook scrolls inside #site, not the page: let the page grow to show every cell.
    await page.addStyleTag({ content: '#site { height: auto !important; overflow: visible !important; } body { overflow: visible !important; }' });
    await page.screenshot({ path: path.join(SHOTS, `${shotName(name)}.png`), fullPage: true });
  }
  return page.evaluate(() =>
    (window as any).Jupyter.notebook
      .get_cells()
      .map((c: any, index: number) => ({ index, type: c.cell_type, source: c.get_text(), outputs: c.output_area?.outputs ?? [] }))
      .filter((c: any) => c.type === 'code'),
  );
}

/**
 * A notebook (nbformat JSON, outputs included) exported to HTML by the server's own exporter:
 * what File > Download as > HTML gives, without saving the notebook first.
 */
export function exportAsHtml(server: NotebookServer, notebook: object): Promise<string> {
  const body = JSON.stringify({ content: notebook });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.base}/nbconvert/html?token=${server.token}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let html = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (html += d));
        res.on('end', () => (res.statusCode === 200 ? resolve(html) : reject(new Error(`Notebook's HTML export answered ${res.statusCode}: ${html.slice(0, 500)}`))));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Fail, naming the cell, when a cell raised an error or printed one. */
export function expectNoErrors(cells: RanCell[]): void {
  for (const cell of cells) {
    for (const output of cell.outputs) {
      const failed = output.output_type === 'error' || (output.name === 'stderr' && /Error|Traceback|    at /.test(String(output.text)));
      expect(failed, `cell ${cell.index} (${cell.source.split('\n')[0]}) failed: ${output.ename ?? ''} ${output.evalue ?? output.text}`).to.equal(false);
    }
  }
}
