/**
 * `npm run grade` — grade the exercises and say, per exercise, which checks pass and what to fix.
 *
 *   npm run grade                        all exercises in exercises/
 *   npm run grade -- 06                  one exercise, by number or name
 *   npm run grade -- --against solutions grade the reference solutions
 *   npm run --silent grade -- --json     machine-readable report: stdout is JSON and nothing else
 *                                        (set-up writes to stderr; --silent drops npm's own banner)
 *
 * Each exercise runs in its own child process (scripts/gradeWorker.ts) with a watchdog, so one
 * that throws, returns NaN, or never returns becomes a readable failure and the others are
 * still graded. The graders are the mocha specs in test/graders/; they check behaviour (values,
 * shapes, properties), never the source text.
 */
import { fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckResult, ExerciseResult, GradeReport } from '../lib/exercises';
import { reportToClassroom } from '../lib/exercises/submitToClassroom';
import type { WorkerEvent } from './gradeWorker';
import { env } from '../lib/util/env';
import { graderTitle, isNotImplementedMessage, t } from '../lib/util/i18n';
import { padColumns } from '../lib/util/columns';

const ROOT = path.resolve(__dirname, '..', '..');
const GRADERS = path.join(ROOT, 'build', 'test', 'graders');
/** Extra time the watchdog allows beyond a check's own timeout (process start, tfjs load). */
const WATCHDOG_GRACE_MS = env.gradeGraceMs();

interface Options {
  against: string;
  json: boolean;
  names: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { against: 'exercises', json: false, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--against') {
      const folder = argv[++i];
      if (!folder) throw new Error(t('grade.againstNeedsFolder'));
      options.against = folder;
    } else if (arg === '--help' || arg === '-h') {
      console.log(t('grade.usage'));
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(t('grade.unknownOption', { option: arg }));
    else options.names.push(arg);
  }
  return options;
}

/** Exercise names, from the graders that exist: test/graders/NAME.grader.ts. */
function exerciseNames(): string[] {
  if (!fs.existsSync(GRADERS)) throw new Error(t('grade.noGraders'));
  return fs
    .readdirSync(GRADERS)
    .filter((f) => f.endsWith('.grader.js'))
    .map((f) => f.replace(/\.grader\.js$/, ''))
    .sort();
}

function select(all: string[], wanted: string[]): string[] {
  if (wanted.length === 0) return all;
  return wanted.map((w) => {
    const match = all.filter((name) => name === w || name.startsWith(w));
    if (match.length !== 1) {
      throw new Error(t(match.length ? 'grade.matchesSeveral' : 'grade.matchesNone', { name: w, names: all.join(', ') }));
    }
    return match[0];
  });
}

/** Type errors tsc reported for a file (written by scripts/setup.sh to build/type-errors.txt). */
function typeErrorsOf(file: string): string[] {
  const report = path.join(ROOT, 'build', 'type-errors.txt');
  if (!fs.existsSync(report)) return [];
  return fs
    .readFileSync(report, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${file}(`));
}

/** Run one exercise's checks in a child process and collect the results. */
function gradeOne(name: string, against: string): Promise<ExerciseResult> {
  const file = `${against}/${name}.ts`;
  return new Promise((resolve) => {
    const checks = new Map<string, CheckResult>();
    let titles: string[] = [];
    let running: { title: string; seconds: number; deadline: number } | undefined;
    let finished = false;
    const child = fork(path.join(__dirname, 'gradeWorker.js'), [path.join(GRADERS, `${name}.grader.js`)], {
      env: { ...process.env, COURSE_GRADE_TARGET: against, COURSE_SILENT: '1' },
      execArgv: ['--enable-source-maps'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'], // the learner's console output is not part of the report
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));

    const finish = (problem?: string) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      if (child.exitCode === null) child.kill('SIGKILL');
      const list: CheckResult[] = (titles.length ? titles : ['loads']).map(
        (title) => checks.get(title) ?? { title, ok: false, message: problem ?? t('grade.notRun') },
      );
      const typeErrors = typeErrorsOf(file);
      if (typeErrors.length) list.unshift({ title: t('grade.typeErrorsTitle'), ok: false, message: typeErrors.join('\n') });
      resolve({ name, file, passed: list.filter((c) => c.ok).length, total: list.length, checks: list });
    };

    const watchdog = setInterval(() => {
      if (running && Date.now() > running.deadline) {
        checks.set(running.title, {
          title: running.title,
          ok: false,
          message: t('grade.timedOut', { seconds: running.seconds }),
        });
        finish(t('grade.notRunAfterTimeout'));
      }
    }, 250);

    child.on('message', (event: WorkerEvent) => {
      if (event.type === 'checks') titles = event.titles;
      else if (event.type === 'start') {
        const seconds = Math.round((event.timeoutMs + WATCHDOG_GRACE_MS) / 1000);
        running = { title: event.title, seconds, deadline: Date.now() + seconds * 1000 };
      }
      else if (event.type === 'pass') checks.set(event.title, { title: event.title, ok: true });
      else if (event.type === 'fail') checks.set(event.title, { title: event.title, ok: false, message: event.message });
      else if (event.type === 'end') finish();
    });
    child.on('exit', (code, signal) => {
      const why = signal ? t('grade.stoppedBy', { signal }) : t('grade.exitedWith', { code: String(code) });
      const lastLine = stderr.trim().split('\n').filter(Boolean).slice(-1)[0];
      finish(t('grade.processEnded', { why, detail: lastLine ? ` (${lastLine})` : '' }));
    });
  });
}

function printReport(report: GradeReport): void {
  const count = report.exercises.length;
  console.log(`${count === 1 ? t('grade.headerOne', { folder: report.against }) : t('grade.header', { folder: report.against, count })}\n`);
  for (const ex of report.exercises) {
    const done = ex.passed === ex.total;
    console.log(`${done ? '✔' : '✘'} ${padColumns(ex.name, 28)} ${t('grade.line', { passed: ex.passed, total: ex.total })}`);
    const failing = ex.checks.filter((c) => !c.ok);
    const notStarted = failing.length === ex.total && failing.every((c) => isNotImplementedMessage(c.message ?? ''));
    if (notStarted) {
      console.log(`    ${t('grade.notStarted', { file: ex.file })}`);
      continue;
    }
    for (const check of failing) {
      console.log(`    ✘ ${graderTitle(check.title)}`);
      for (const line of (check.message ?? '').split('\n')) console.log(`        ${line}`);
    }
  }
  const complete = report.exercises.filter((e) => e.passed === e.total).length;
  const checks = report.exercises.reduce((n, e) => n + e.total, 0);
  const passed = report.exercises.reduce((n, e) => n + e.passed, 0);
  console.log(`\n${t('grade.total', { complete, count: report.exercises.length, passed, checks })}`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const names = select(exerciseNames(), options.names);
  const exercises: ExerciseResult[] = [];
  for (const name of names) {
    const live = !options.json && process.stdout.isTTY;
    if (live) process.stdout.write(t('grade.grading', { name }));
    exercises.push(await gradeOne(name, options.against));
    if (live) process.stdout.write('\r\x1b[2K'); // clear the "grading ..." line
  }
  const report: GradeReport = { against: options.against, exercises };
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  if (options.against === 'exercises') await reportToClassroom(report); // only on a class's hub
  return exercises.every((e) => e.passed === e.total) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(t('grade.failed', { message: err.message }));
    process.exit(2);
  },
);
