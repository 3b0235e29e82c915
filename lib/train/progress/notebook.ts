/**
 * Progress in a Jupyter notebook: one output updated in place with the numbers, and a second
 * one with the loss chart, redrawn after every epoch.
 */
import { Figure, OutputArea } from '../../engine/display';
import { LossPoint } from '../types';
import { formatDuration, formatLosses, formatRate } from './format';
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
    const heldOut = run.heldOutSize ? `, ${run.heldOutSize} held-out` : '';
    this.lastEpoch = [`${run.epochs} epochs of ${run.trainSize} images${heldOut}, batch ${run.batchSize}, backend ${run.backend}`];
    this.show([`${run.name}: starting`]);
    // Created now so the chart sits below the numbers.
    if (this.chart) this.chartOutput = this.newOutput();
  }

  batch(p: BatchProgress): void {
    if (!this.run || !redrawDue(this.lastRedraw)) return;
    this.lastRedraw = Date.now();
    this.show([
      `${this.run.name} · epoch ${p.epoch}/${this.run.epochs} · batch ${p.batch}/${this.run.batchesPerEpoch} · ` +
        `${formatRate(p.imagesPerSecond)} · ETA ${formatDuration(p.etaSeconds)}`,
      `  this epoch so far: ${formatLosses(p.soFar)}`,
    ]);
  }

  async epoch(p: EpochProgress): Promise<void> {
    this.lastEpoch = [`epoch ${p.epoch}: train ${formatLosses(p.train)}`];
    if (p.heldOut) this.lastEpoch.push(`         held-out ${formatLosses(p.heldOut)}${p.best ? '  (best so far)' : ''}`);
    this.show([
      `${this.run?.name} · epoch ${p.epoch}/${this.run?.epochs} done · ${formatRate(p.imagesPerSecond)} · ETA ${formatDuration(p.etaSeconds)}`,
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
      this.chartOutput.text(`The loss chart could not be drawn: ${(error as Error).message}`);
    }
  }
}
