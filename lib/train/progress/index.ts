/**
 * Picking the progress display for a training run.
 */
import { newLiveOutput } from '../../engine/display';
import { LossChart, NotebookReporter } from './notebook';
import { ProgressReporter, silentReporter } from './reporter';
import { TerminalReporter } from './terminal';
import { env } from '../../util/env';
import { t } from '../../util/i18n';

export { formatDuration, formatLosses, formatNumber, formatRate } from './format';
export { LossChart, NotebookReporter } from './notebook';
export { BatchProgress, EpochProgress, ProgressReporter, RunStart, silentReporter } from './reporter';
export { progressBar, TerminalReporter, TextStream } from './terminal';

/** Where progress goes: 'auto' = the notebook when running in one, else the terminal. */
export type ProgressMode = 'auto' | 'notebook' | 'terminal' | 'silent';

/**
 * The display for a run. COURSE_SILENT=1 silences every mode (the tests set it); 'notebook'
 * outside a notebook falls back to the terminal, since there is no notebook to draw in.
 */
export function chooseReporter(mode: ProgressMode = 'auto', chart?: LossChart): ProgressReporter {
  if (!['auto', 'notebook', 'terminal', 'silent'].includes(mode)) {
    throw new Error(t('progress.mode', { got: String(mode) }));
  }
  if (mode === 'silent' || env.silent()) return silentReporter;
  if (mode !== 'terminal') {
    const output = newLiveOutput();
    if (output) return new NotebookReporter(output, newLiveOutput, chart);
  }
  return new TerminalReporter();
}
