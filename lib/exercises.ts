/**
 * Exercises from the notebook's side: grade one inline, and get an implementation to carry on
 * with (yours once it passes, the reference until then).
 *
 * The grading itself runs in a separate process (scripts/grade.ts), so an exercise that loops
 * forever or crashes cannot hang or kill the notebook's kernel.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { showMarkdown } from './display';

/** The project's root folder (this file is compiled to build/lib/exercises.js). */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Every exercise by name, with the type of what its file exports, so a notebook gets full types
 * and completion for `useExercise('...')`. (Type-only imports: nothing is loaded here.)
 */
export interface ExerciseModules {
  '01-gaussian-noise': typeof import('../exercises/01-gaussian-noise');
  '02-downsample': typeof import('../exercises/02-downsample');
  '03-conv-autoencoder': typeof import('../exercises/03-conv-autoencoder');
  '04-bottleneck-2d': typeof import('../exercises/04-bottleneck-2d');
  '05-latent-noise': typeof import('../exercises/05-latent-noise');
  '06-kl-divergence': typeof import('../exercises/06-kl-divergence');
  '07-reparameterize': typeof import('../exercises/07-reparameterize');
  '08-vae-loss': typeof import('../exercises/08-vae-loss');
  '09-cnn-vae': typeof import('../exercises/09-cnn-vae');
  '10-other-datasets': typeof import('../exercises/10-other-datasets');
  '11-aae-discriminator': typeof import('../exercises/11-aae-discriminator');
}

/** The name of an exercise, e.g. '06-kl-divergence'. */
export type ExerciseName = keyof ExerciseModules;

/** Thrown by every untouched exercise stub. */
export class NotImplementedYet extends Error {
  constructor(exercise: string, what: string) {
    super(`${what} is not implemented yet: open exercises/${exercise}.ts and replace the \`throw\` with your code.`);
    this.name = 'NotImplementedYet';
  }
}

/** Used by exercise stubs: `return notImplemented('01-gaussian-noise', 'addGaussianNoise');` */
export function notImplemented(exercise: string, what: string): never {
  throw new NotImplementedYet(exercise, what);
}

/** One check of one exercise, as the grader reports it. */
export interface CheckResult {
  title: string;
  ok: boolean;
  /** What went wrong, in words a learner understands (expected vs got), and a hint. */
  message?: string;
}

export interface ExerciseResult {
  name: string;
  file: string;
  passed: number;
  total: number;
  checks: CheckResult[];
}

export interface GradeReport {
  against: string;
  exercises: ExerciseResult[];
}

/**
 * Compile the exercises and grade them in a separate process. `names` picks exercises by name
 * or number prefix ('01', '06-kl-divergence'); all when empty.
 */
export function runGrader(names: string[] = [], against = 'exercises'): GradeReport {
  const setup = spawnSync('bash', [path.join(PROJECT_ROOT, 'scripts', 'setup.sh')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, COURSE_ALLOW_TYPE_ERRORS: '1' },
    encoding: 'utf8',
  });
  if (setup.status !== 0) {
    throw new Error(`Could not build the exercises before grading:\n${setup.stderr || setup.stdout}`);
  }
  const run = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'build', 'scripts', 'grade.js'), '--json', '--against', against, ...names],
    { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  try {
    return JSON.parse(run.stdout) as GradeReport;
  } catch {
    throw new Error(`The grader did not produce a report (exit ${run.status}):\n${run.stderr}`);
  }
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
}

/** The report of one or more exercises as a Markdown table. */
export function gradeTable(report: GradeReport): string {
  const lines: string[] = [];
  for (const ex of report.exercises) {
    const done = ex.passed === ex.total;
    lines.push(`**${done ? '✅' : '❌'} ${ex.name}: ${ex.passed} of ${ex.total} checks pass** (\`${ex.file}\`)`, '');
    lines.push('| | check | what the grader saw |', '|---|---|---|');
    for (const check of ex.checks) {
      lines.push(`| ${check.ok ? '✅' : '❌'} | ${escapeCell(check.title)} | ${check.ok ? '' : escapeCell(check.message ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Grade exercises and show the result as a table in the notebook (or as text in a terminal). */
export function grade(...names: ExerciseName[]): void {
  showMarkdown(gradeTable(runGrader(names)));
}

/**
 * Grade one exercise, show the result, and return the module to use in the cells that follow:
 * yours when every check passes, otherwise the reference solution, with a notice saying so.
 */
export function useExercise<K extends ExerciseName>(name: K): ExerciseModules[K] {
  const report = runGrader([name]);
  showMarkdown(gradeTable(report));
  const result = report.exercises[0];
  if (!result) throw new Error(`No exercise is named "${name}". Exercises are the files in exercises/.`);
  const passes = result.passed === result.total;
  const folder = passes ? 'exercises' : 'solutions';
  if (!passes) {
    showMarkdown(
      `> ℹ️ Your \`${result.file}\` does not pass yet, so the cells below use the reference solution ` +
        `(\`solutions/${result.name}.ts\`). Fix the checks marked ❌ and run this cell again to use yours.`,
    );
  }
  const file = require.resolve(path.join(PROJECT_ROOT, 'build', folder, result.name));
  delete require.cache[file]; // the learner may have edited and rebuilt it since the last load
  return require(file) as ExerciseModules[K];
}
