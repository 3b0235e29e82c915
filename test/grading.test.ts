/**
 * The graders are themselves tested: every check passes on solutions/, every check fails on the
 * untouched stubs in exercises/, and broken code (crash, NaN, endless loop) is reported in words.
 */
import { expect } from 'chai';
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { GradeReport } from '../lib/exercises';

const ROOT = path.resolve(__dirname, '..', '..');

function grade(args: string[], env: Record<string, string> = {}): { status: number | null; report: GradeReport } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'build', 'scripts', 'grade.js'), '--json', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: GradeReport;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`grade.js printed no JSON report (exit ${run.status}): ${run.stderr}`);
  }
  return { status: run.status, report };
}

describe('graders', function () {
  this.timeout(15 * 60_000);

  it('pass every check on the reference solutions', () => {
    const { status, report } = grade(['--against', 'solutions']);
    const failing = report.exercises.flatMap((e) => e.checks.filter((c) => !c.ok).map((c) => `${e.name}: ${c.title}: ${c.message}`));
    expect(failing, failing.join('\n')).to.deep.equal([]);
    expect(report.exercises.length).to.be.greaterThan(0);
    expect(status).to.equal(0);
  });

  it('fail every check on the untouched exercise stubs, saying they are not implemented yet', () => {
    const { status, report } = grade(['--against', 'exercises']);
    expect(status).to.equal(1);
    for (const exercise of report.exercises) {
      const passing = exercise.checks.filter((c) => c.ok).map((c) => c.title);
      expect(passing, `${exercise.name} passes on its stub`).to.deep.equal([]);
      expect(exercise.checks[0].message).to.match(/not implemented yet/);
      // The stubs hold `return notImplemented(...)`, so that is the line the message points at.
      expect(exercise.checks[0].message).to.match(/replace the `return notImplemented\(\.\.\.\)` line/);
    }
  });

  it('turn a crash, a NaN and an endless loop into readable failures', () => {
    const { report } = grade(['--against', 'test/fixtures/broken-exercises', '06-kl-divergence'], {
      COURSE_GRADE_TIMEOUT_MS: '2000',
      COURSE_GRADE_GRACE_MS: '4000',
    });
    const [crash, nan, loop, afterLoop] = report.exercises[0].checks;
    expect(crash.ok).to.equal(false);
    expect(crash.message).to.match(/threw TypeError/).and.to.match(/06-kl-divergence\.ts:\d+/);
    expect(crash.message).not.to.match(/node_modules/);
    expect(nan.message).to.match(/NaN/);
    expect(loop.message).to.match(/did not finish within \d+ s/);
    expect(afterLoop.message).to.match(/not run/);
  });

  it('speaks Myanmar with COURSE_LANG=my: a promise that never settles, a wrong number, its check and its hint', () => {
    const { report } = grade(['--against', 'test/fixtures/slow-exercises', '06-kl-divergence'], {
      COURSE_LANG: 'my',
      COURSE_GRADE_TIMEOUT_MS: '2000',
      COURSE_GRADE_GRACE_MS: '4000',
    });
    const [pending, offByOne] = report.exercises[0].checks;
    const myanmar = /[\u1000-\u109F]/;
    expect(pending.ok).to.equal(false);
    expect(pending.message).to.match(/^2 စက္ကန့်အတွင်း မပြီးပါ/).and.not.to.match(/done\(\)/);
    expect(offByOne.ok).to.equal(false);
    // "KL of image 0 should be 0.000 (± 1e-5), got 1.000." with its hint, every word in Myanmar.
    expect(offByOne.message).to.include('ပုံ 0 ၏ KL').and.to.include('1.000').and.to.include('အကြံပြုချက်-').and.to.match(myanmar);
    expect(offByOne.message).not.to.match(/should|got|image|Hint|check the/);
  });
});
