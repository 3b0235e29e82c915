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

/** Notebooks by name; a name may start with a language folder, as in 'my/c-myanmar'. */
function runCourse(notebooks: Record<string, string[]>, extraEnv: Record<string, string> = {}, args: string[] = []) {
  // Inside the project, so that the notebooks resolve 'autoencoders-course' like the real ones.
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, 'out', 'runner-test-'));
  const nbDir = path.join(dir, 'notebooks');
  fs.mkdirSync(nbDir);
  for (const [name, cells] of Object.entries(notebooks)) {
    fs.mkdirSync(path.dirname(path.join(nbDir, name)), { recursive: true });
    fs.writeFileSync(path.join(nbDir, `${name}.ipynb`), notebook(cells));
  }
  const result = spawnSync('/usr/bin/python3', [path.join(ROOT, 'scripts', 'run_course.py'), '--quick', '--timeout', '120', ...args], {
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

  it('runs the Myanmar notebooks with --lang my, and both languages with --lang both', () => {
    const cells = [
      "import * as ae from 'autoencoders-course';",
      "ae.setLanguage('my');",
      "await ae.useBackend('cpu');",
      "ae.show(await ae.comparisonBars([{ name: 'bicubic', value: 1 }], { title: 'With and without the bottleneck' }));",
      'ae.publishMetrics({ answer: 42 });',
    ];
    const run = runCourse({ 'c-lang': cells.filter((c) => !c.includes('setLanguage')), 'my/c-lang': cells }, {}, ['--lang', 'both']);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.summary.notebooks.map((n: { name: string; language: string }) => `${n.language} ${n.name}`)).to.deep.equal(['en c-lang', 'my c-lang']);
    expect(run.summary.notebooks.map((n: { metrics: object }) => n.metrics)).to.deep.equal([{ answer: 42 }, { answer: 42 }]);
    const outputs = (file: string) => {
      const executed = JSON.parse(fs.readFileSync(path.join(run.dir, 'out', 'notebooks', file), 'utf8'));
      return JSON.stringify(executed.cells[executed.cells.length - 1].outputs); // the metrics table
    };
    expect(outputs('c-lang.ipynb')).to.contain('| metric | value |');
    expect(outputs('my/c-lang.ipynb')).to.contain('တိုင်းတာချက်');
    // The exported pages keep the charts' SVG elements (nbconvert's lab template used to strip them
    // and leave bare text), and the Myanmar page draws its chart title in Myanmar.
    const page = (file: string) => fs.readFileSync(path.join(run.dir, 'out', 'html', file), 'utf8');
    expect(page('c-lang.html')).to.match(/<text[^>]*>With and without the bottleneck<\/text>/);
    expect(page('my/c-lang.html')).to.match(/<text[^>]*>ကျဉ်းမြောင်းချက် \(bottleneck\) ပါခြင်းနှင့် မပါခြင်း<\/text>/);

    const onlyMyanmar = runCourse({ 'my/d-only': cells, 'd-only': ['this would fail'] }, {}, ['--lang', 'my']);
    expect(onlyMyanmar.status, onlyMyanmar.stderr).to.equal(0);
    expect(onlyMyanmar.summary.notebooks).to.have.length(1);
  });
});
