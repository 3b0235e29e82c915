/**
 * Progress in a terminal: one line redrawn in place (with \r) when the output is an
 * interactive terminal, otherwise (a log file, CI) one line per epoch.
 */
import { formatDuration, formatLosses, formatRate, planLine } from './format';
import { t } from '../../util/i18n';
import { cutColumns, padColumns } from '../../util/columns';
import { BatchProgress, EpochProgress, ProgressReporter, redrawDue, RunStart } from './reporter';

/** The part of a Node stream the terminal display writes to (process.stdout by default). */
export interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Progress as terminal text; see the top of this file. */
export class TerminalReporter implements ProgressReporter {
  private run?: RunStart;
  private lastRedraw = 0;
  private lineOpen = false;

  constructor(private readonly out: TextStream = process.stdout) {}

  start(run: RunStart): void {
    this.run = run;
    this.out.write(`${run.name}: ${planLine(run)}\n`);
  }

  batch(p: BatchProgress): void {
    // Redrawing a line only makes sense on a real terminal; logs get one line per epoch.
    if (!this.out.isTTY || !this.run || !redrawDue(this.lastRedraw)) return;
    this.lastRedraw = Date.now();
    const bar = progressBar(p.batch / this.run.batchesPerEpoch, 20);
    // Speed and ETA first: on a narrow terminal the end of the line is cut off.
    this.redraw(
      t('progress.terminalBatch', {
        prefix: this.prefix(p.epoch), bar, batch: p.batch, batches: this.run.batchesPerEpoch,
        rate: formatRate(p.imagesPerSecond), eta: formatDuration(p.etaSeconds), losses: formatLosses(p.soFar),
      }),
    );
  }

  epoch(p: EpochProgress): void {
    const best = p.best ? t('progress.terminalBest') : '';
    const heldOut = p.heldOut ? t('progress.terminalHeldOut', { losses: formatLosses(p.heldOut), best }) : '';
    this.clearLine();
    const line = t('progress.terminalEpochLine', {
      prefix: this.prefix(p.epoch), losses: formatLosses(p.train), heldOut,
      rate: formatRate(p.imagesPerSecond), eta: formatDuration(p.etaSeconds),
    });
    this.out.write(`${line}\n`);
  }

  finish(summary: string): void {
    this.clearLine();
    this.out.write(`${summary}\n`);
  }

  private prefix(epoch: number): string {
    const total = this.run?.epochs ?? 0;
    return t('progress.terminalEpoch', { epoch: String(epoch).padStart(String(total).length), epochs: total });
  }

  /** Replace the current line, cut to the terminal width so it never wraps (wrapped lines cannot be redrawn). */
  private redraw(line: string): void {
    const width = this.lineWidth();
    this.out.write(`\r${padColumns(cutColumns(line, width), width)}`);
    this.lineOpen = true;
  }

  /** One less than the terminal width (a pseudo-terminal may report 0 columns: assume 100). */
  private lineWidth(): number {
    return Math.max((this.out.columns || 100) - 1, 20);
  }

  private clearLine(): void {
    if (!this.lineOpen) return;
    this.out.write(`\r${' '.repeat(this.lineWidth())}\r`);
    this.lineOpen = false;
  }
}

/** "[=======>            ]" for a fraction in [0, 1]. */
export function progressBar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  const head = filled > 0 && filled < width ? '>' : '';
  return `[${'='.repeat(Math.max(0, filled - head.length))}${head}${' '.repeat(width - filled)}]`;
}
