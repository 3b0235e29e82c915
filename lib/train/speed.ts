/**
 * Timing a run: images per second of training steps, and the estimated time left.
 */
/** Counts images and time of the training steps of one run. */
export class Speed {
  private readonly startedAt = Date.now();
  private stepSeconds = 0;
  private steps = 0;
  private images = 0;

  constructor(private readonly totalSteps: number) {}

  /** Start timing a step; call the returned function when it is done. */
  startStep(images: number): () => void {
    const start = process.hrtime.bigint();
    return () => {
      this.stepSeconds += Number(process.hrtime.bigint() - start) / 1e9;
      this.steps += 1;
      this.images += images;
    };
  }

  /** Training images per second, counting only the time spent in steps (not held-out evaluation). */
  get imagesPerSecond(): number {
    return this.stepSeconds > 0 ? this.images / this.stepSeconds : 0;
  }

  /** Seconds since the run started. */
  get elapsedSeconds(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  /** Estimated seconds left for all epochs, from the average wall-clock time per step so far. */
  get etaSeconds(): number {
    if (this.steps === 0) return NaN;
    return (this.elapsedSeconds / this.steps) * (this.totalSteps - this.steps);
  }
}
