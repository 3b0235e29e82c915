/**
 * Running the grader in its own process (scripts/grade.ts), so that an exercise that loops
 * forever or crashes cannot hang or kill the notebook's kernel.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { GradeReport } from './report';
import { currentLanguage, t } from '../util/i18n';

/** The project's root folder (this file is compiled to build/lib/exercises/runGrader.js). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

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
    throw new Error(t('grade.buildFailed', { output: setup.stderr || setup.stdout }));
  }
  const run = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'build', 'scripts', 'grade.js'), '--json', '--against', against, ...names],
    // The grader's sentences come in the notebook's language (setLanguage is not seen by a child process).
    { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, COURSE_LANG: currentLanguage() } },
  );
  try {
    return JSON.parse(run.stdout) as GradeReport;
  } catch {
    throw new Error(t('grade.noReport', { code: String(run.status), output: run.stderr }));
  }
}
