/**
 * Exercises from the notebook's side: grade one inline, and get an implementation to carry on
 * with (yours once it passes, the reference until then).
 *
 * The grading itself runs in a separate process (scripts/grade.ts), so an exercise that loops
 * forever or crashes cannot hang or kill the notebook's kernel.
 */
import * as path from 'path';
import { showHtml } from '../engine/display';
import { FAIL_MARK, gradeTable, gradeTableHtml, GradeReport } from './report';
import { PROJECT_ROOT, runGrader } from './runGrader';
import { t } from '../util/i18n';

export { CheckResult, ExerciseResult, GradeReport, gradeTable, gradeTableHtml, PASS_MARK, FAIL_MARK } from './report';
export { runGrader } from './runGrader';
export { classGrades } from './classGrades';
export type { ClassGrades, ClassGradeEntry } from './classGrades';

/**
 * Every exercise by name, with the type of what its file exports, so a notebook gets full types
 * and completion for `useExercise('...')`. (Type-only imports: nothing is loaded here.)
 */
export interface ExerciseModules {
  '01-gaussian-noise': typeof import('../../exercises/01-gaussian-noise');
  '02-downsample': typeof import('../../exercises/02-downsample');
  '03-conv-autoencoder': typeof import('../../exercises/03-conv-autoencoder');
  '04-bottleneck-2d': typeof import('../../exercises/04-bottleneck-2d');
  '05-latent-noise': typeof import('../../exercises/05-latent-noise');
  '06-kl-divergence': typeof import('../../exercises/06-kl-divergence');
  '07-reparameterize': typeof import('../../exercises/07-reparameterize');
  '08-vae-loss': typeof import('../../exercises/08-vae-loss');
  '09-cnn-vae': typeof import('../../exercises/09-cnn-vae');
  '10-other-datasets': typeof import('../../exercises/10-other-datasets');
  '11-aae-discriminator': typeof import('../../exercises/11-aae-discriminator');
}

/** The name of an exercise, e.g. '06-kl-divergence'. */
export type ExerciseName = keyof ExerciseModules;

/** Grade exercises and show the result as a table in the notebook (or as text in a terminal). */
export function grade(...names: ExerciseName[]): void {
  showReport(runGrader(names));
}

/** A report as an HTML table in a notebook, as Markdown text in a terminal. */
function showReport(report: GradeReport): void {
  showHtml(gradeTableHtml(report), gradeTable(report));
}

/**
 * Grade one exercise, show the result, and return the module to use in the cells that follow:
 * yours when every check passes, otherwise the reference solution, with a notice saying so.
 */
export function useExercise<K extends ExerciseName>(name: K): ExerciseModules[K] {
  const report = runGrader([name]);
  showReport(report);
  const result = report.exercises[0];
  if (!result) throw new Error(t('grade.unknownExercise', { name }));
  const passes = result.passed === result.total;
  const folder = passes ? 'exercises' : 'solutions';
  if (!passes) {
    const notice = t('grade.usingReference', { file: result.file, solution: `solutions/${result.name}.ts`, mark: FAIL_MARK });
    showHtml(`<p style="text-align:left"><b>${t('grade.note')}</b> ${notice.replace(/</g, '&lt;')}</p>`, `${t('grade.note')} ${notice}`);
  }
  const file = require.resolve(path.join(PROJECT_ROOT, 'build', folder, result.name));
  delete require.cache[file]; // the learner may have edited and rebuilt it since the last load
  return require(file) as ExerciseModules[K];
}
