/**
 * Progress in a Jupyter notebook: one output updated in place with the numbers, and a second
 * one with the loss chart, redrawn after every epoch.
 */
import { Figure, OutputArea } from '../../engine/display';
import { LossPoint } from '../types';
import { formatDuration, formatLosses, formatRate, planLine } from './format';
import { t } from '../../util/i18n';
import { BatchProgress, EpochProgress, ProgressReporter, redrawDue, RunStart } from './reporter';

/** Draws the loss curves from the history so far (e.g. the course's loss-curve chart); may be async. */
export type LossChart = (history: LossPoint[]) => Figure | Promise<Figure>;

/** Creates an output area that can be replaced in place (newLiveOutput in lib/engine/display.ts). */
export type LiveOutputFactory = () => OutputArea | undefined;

/** Progress in two live notebook outputs: the numbers, and (with a chart function) the loss curves. */
export class NotebookReporter implements ProgressReporter {
  private run?: RunStart;
  private lastRedraw = 0;
  private chartOutput?: OutputArea;
  private chartFailed = false;
  /** The lines about the last finished epoch, kept on screen while the next one runs. */
  private lastEpoch: string[] = [];

  constructor(
    private readonly numbers: OutputArea,
    private readonly newOutput: LiveOutputFactory,
    private readonly chart?: LossChart,
  ) {}

  start(run: RunStart): void {
    this.run = run;
    this.lastEpoch = [planLine(run)];
    this.show([t('progress.starting', { name: run.name })]);
    // Created now so the chart sits below the numbers.
    if (this.chart) this.chartOutput = this.newOutput();
  }

  batch(p: BatchProgress): void {
    if (!this.run || !redrawDue(this.lastRedraw)) return;
    this.lastRedraw = Date.now();
    this.show([
      t('progress.batchLine', {
        name: this.run.name, epoch: p.epoch, epochs: this.run.epochs, batch: p.batch, batches: this.run.batchesPerEpoch,
        rate: formatRate(p.imagesPerSecond), eta: formatDuration(p.etaSeconds),
      }),
      t('progress.soFar', { losses: formatLosses(p.soFar) }),
    ]);
  }

  async epoch(p: EpochProgress): Promise<void> {
    this.lastEpoch = [t('progress.epochTrain', { epoch: p.epoch, losses: formatLosses(p.train) })];
    if (p.heldOut) {
      const best = p.best ? t('progress.bestSoFar') : '';
      this.lastEpoch.push(t('progress.epochHeldOut', { losses: formatLosses(p.heldOut), best }));
    }
    this.show([
      t('progress.epochDone', {
        name: String(this.run?.name), epoch: p.epoch, epochs: Number(this.run?.epochs),
        rate: formatRate(p.imagesPerSecond), eta: formatDuration(p.etaSeconds),
      }),
    ]);
    await this.drawChart(p.history);
  }

  finish(summary: string): void {
    // The summary repeats the final numbers, so the last epoch's lines are not needed under it.
    this.numbers.text(summary);
  }

  private show(lines: string[]): void {
    this.numbers.text([...lines, ...this.lastEpoch].join('\n'));
  }

  private async drawChart(history: LossPoint[]): Promise<void> {
    if (!this.chart || !this.chartOutput || this.chartFailed) return;
    try {
      const figure = await this.chart(history);
      if (figure.kind === 'png') this.chartOutput.png(figure.png);
      else this.chartOutput.svg(figure.svg);
    } catch (error) {
      // A broken chart should not throw away the training run: say so once, keep training.
      this.chartFailed = true;
      this.chartOutput.text(t('progress.chartFailed', { message: (error as Error).message }));
    }
  }
}
