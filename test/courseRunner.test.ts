/**
 * The course runner (scripts/run_course.py) on throw-away notebooks: it must report success,
 * metrics, and the exact failing cell, and exit non-zero on failure.
 */
import { expect } from 'chai';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function notebook(cells: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells: cells.map((source, i) => ({ id: `c${i}`, cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })),
  });
}

const made: string[] = [];

function runCourse(notebooks: Record<string, string[]>, extraEnv: Record<string, string> = {}) {
  // Inside the project, so that the notebooks resolve 'autoencoders-course' like the real ones.
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, 'out', 'runner-test-'));
  const nbDir = path.join(dir, 'notebooks');
  fs.mkdirSync(nbDir);
  for (const [name, cells] of Object.entries(notebooks)) fs.writeFileSync(path.join(nbDir, `${name}.ipynb`), notebook(cells));
  const result = spawnSync('/usr/bin/python3', [path.join(ROOT, 'scripts', 'run_course.py'), '--quick', '--timeout', '120'], {
    env: { ...process.env, ...extraEnv, COURSE_NOTEBOOKS_DIR: nbDir, COURSE_OUT_DIR: path.join(dir, 'out') },
    encoding: 'utf8',
  });
  const summaryFile = path.join(dir, 'out', 'course.json');
  const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : undefined;
  made.push(dir);
  return { ...result, dir, summary };
}

describe('course runner (scripts/run_course.py)', function () {
  this.timeout(180_000);
  after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('runs a notebook, records its metrics and writes the executed notebook and HTML', () => {
    const run = runCourse({
      'a-metrics': [
        "import { publishMetrics, quickMode, useBackend } from 'autoencoders-course';",
        "await useBackend('cpu');",
        'publishMetrics({ answer: 42, quick: quickMode() ? 1 : 0 });',
      ],
    }, { COURSE_SEED: '7' });
    expect(run.status, run.stderr).to.equal(0);
    const entry = run.summary.notebooks[0];
    expect(entry).to.include({ name: 'a-metrics', ok: true });
    expect(entry.metrics).to.deep.equal({ answer: 42, quick: 1 });
    expect(entry.run).to.deep.equal({ seed: 7, backend: 'cpu', threads: 1 });
    const executed = JSON.parse(fs.readFileSync(path.join(run.dir, 'out', 'notebooks', 'a-metrics.ipynb'), 'utf8'));
    expect(JSON.stringify(executed.cells[2].outputs)).to.contain('answer');
    expect(fs.existsSync(path.join(run.dir, 'out', 'html', 'a-metrics.html'))).to.equal(true);
  });

  it('names the notebook and the cell that failed, and exits non-zero', () => {
    const run = runCourse({
      'b-fails': ['const ok = 1;', "throw new Error('deliberate failure in cell 1');", 'const never = 2;'],
    });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain('b-fails').and.to.contain('cell 1');
    const entry = run.summary.notebooks[0];
    expect(entry.ok).to.equal(false);
    expect(entry.failingCell.index).to.equal(1);
    expect(entry.error).to.contain('deliberate failure');
  });
});
