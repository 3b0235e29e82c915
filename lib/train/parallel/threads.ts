/**
 * Data-parallel training steps: the batch is cut into equal parts, the main thread computes the
 * gradients of the first part while worker threads compute the others, and the gradients are
 * averaged, each part weighted by its size. Losses here are means over the examples, so this
 * average is exactly the gradient of the whole batch (up to rounding and the random numbers,
 * which each part draws from its own seed).
 *
 * The main thread keeps the only master copy of the weights and the optimizer: every request
 * carries the current weights, and the workers send back gradients only.
 */
import * as tf from '@tensorflow/tfjs';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { CheckedSplit } from '../data';
import { LossFn, PrepareBatch, Step } from '../types';
import { orderedTrainables, partGradients, partSeed } from './partGradients';
import { StepRequest, TensorData, WorkerReply, WorkerSetup } from './protocol';
import { modelsOfSpecs, wireSpec } from '../lossSpecs';
import { trainableVariables } from '../weights';
import { t } from '../../util/i18n';

/** What the threads need to know about a run. */
export interface ParallelRun {
  name: string;
  backend: string;
  models: tf.LayersModel[];
  loss: LossFn;
  prepareBatch?: PrepareBatch;
  trainSet: CheckedSplit;
}

/** The summed-up result of one step over all parts. */
export interface ParallelStep {
  names: string[];
  /** Each term's mean over the whole batch. */
  values: number[];
  /** Mean gradient of the whole batch, keyed by variable name (for optimizer.applyGradients). The caller disposes it. */
  grads: tf.NamedTensorMap;
}

const WORKER_FILE = path.join(__dirname, 'worker.js');

/**
 * Why `run` cannot be trained on several threads, or undefined when it can. The loss and batch
 * preparation must be library helpers (so a worker can rebuild them), the models they use must
 * hold exactly the trained weights, without sharing any, and be describable as JSON; and the
 * compiled worker file must be there.
 */
export function whyNotParallel(run: Pick<ParallelRun, 'models' | 'loss' | 'prepareBatch'>): string | undefined {
  const used = modelsOfSpecs([[run.loss, 'loss'], [run.prepareBatch, 'prepareBatch']]);
  if (typeof used === 'string') return used;
  const variables = orderedTrainables(used);
  const names = new Set(variables.map((v) => v.name));
  if (names.size !== variables.length) return 'the models the loss uses share weights';
  const trained = trainableVariables(run.models).map((v) => v.name);
  if (trained.length !== names.size || !trained.every((name) => names.has(name))) {
    return 'the models the loss uses do not hold exactly the trained weights';
  }
  for (const model of used) {
    try {
      model.toJSON(null, false);
    } catch (error) {
      return `model "${model.name}" cannot be described as JSON (${(error as Error).message})`;
    }
  }
  if (!fs.existsSync(WORKER_FILE)) return `the compiled worker file ${WORKER_FILE} is missing (compile the library with tsc)`;
  return undefined;
}

/** One worker thread and the reply it owes. */
class TrainingWorker {
  private waiting?: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };
  private gone?: Error;

  constructor(private readonly worker: Worker, private readonly label: string) {
    worker.on('message', (reply: WorkerReply) => this.settle((w) => w.resolve(reply)));
    worker.on('error', (error) => this.fail(`${label} crashed: ${error.message}`));
    worker.on('exit', (code) => this.fail(`${label} stopped unexpectedly (exit code ${code})`));
  }

  /** Send a message (or nothing) and wait for the next reply. */
  next(request?: StepRequest): Promise<WorkerReply> {
    if (this.gone) return Promise.reject(this.gone);
    const reply = new Promise<WorkerReply>((resolve, reject) => (this.waiting = { resolve, reject }));
    if (request) this.worker.postMessage(request);
    return reply;
  }

  terminate(): Promise<number> {
    this.gone ??= new Error(`${this.label} was stopped`); // internal: read only after the run has ended
    return this.worker.terminate();
  }

  private fail(message: string): void {
    this.gone ??= new Error(message);
    this.settle((w) => w.reject(this.gone as Error));
  }

  private settle(action: (w: NonNullable<TrainingWorker['waiting']>) => void): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) action(waiting);
  }
}

function tensorData(tensor: tf.Tensor): TensorData {
  // A copy: the worker gets its own, and the main thread's tensor stays untouched.
  return { values: Float32Array.from(tensor.dataSync() as Float32Array), shape: tensor.shape };
}

/** Cut `indices` into `parts` consecutive pieces whose sizes differ by at most one. */
export function splitIndices(indices: number[], parts: number): number[][] {
  return Array.from({ length: parts }, (_, k) =>
    indices.slice(Math.round((k * indices.length) / parts), Math.round(((k + 1) * indices.length) / parts)),
  );
}

/** The main thread plus `threads - 1` worker threads, ready to take data-parallel steps. */
export class TrainingThreads {
  private constructor(
    private readonly run: ParallelRun,
    private readonly workers: TrainingWorker[],
    private readonly variables: tf.Variable[],
  ) {}

  /**
   * Start `threads - 1` workers (the main thread is the first of the `threads`) and wait until
   * each has loaded its backend, models and data. Check `whyNotParallel` first.
   */
  static async start(run: ParallelRun, threads: number): Promise<TrainingThreads> {
    // The workers rebuild the models the loss uses (an autoencoder, not also its encoder inside).
    const models = modelsOfSpecs([[run.loss, 'loss'], [run.prepareBatch, 'prepareBatch']]);
    // internal: the trainer starts threads only when whyNotParallel found no reason against them
    if (typeof models === 'string') throw new Error(`${run.name}: cannot train on several threads: ${models}`);
    const setup: WorkerSetup = {
      backend: run.backend,
      topologies: models.map((model) => model.toJSON(null, false) as object),
      loss: wireSpec(run.loss, models),
      prepareBatch: run.prepareBatch && wireSpec(run.prepareBatch, models),
      inputs: tensorData(run.trainSet.inputs),
      targets: run.trainSet.targets === run.trainSet.inputs ? undefined : tensorData(run.trainSet.targets),
    };
    const workers: TrainingWorker[] = [];
    try {
      for (let k = 1; k < threads; k++) {
        const label = `${run.name}: training thread ${k + 1} of ${threads}`;
        workers.push(new TrainingWorker(new Worker(WORKER_FILE, { workerData: setup }), label));
      }
      const replies = await Promise.all(workers.map((worker) => worker.next()));
      replies.forEach((reply, i) => {
        if (reply.type !== 'ready') {
          const why = reply.type === 'failed' ? reply.message : `it answered "${reply.type}"`;
          throw new Error(t('threads.couldNotStart', { name: run.name, thread: i + 2, threads, why }));
        }
      });
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return new TrainingThreads(run, workers, orderedTrainables(models));
  }

  /** How many threads share each batch. */
  get count(): number {
    return this.workers.length + 1;
  }

  /**
   * Loss terms and mean gradient of the examples `indices` of the training set, computed in
   * parallel with the models' current weights. `expectedNames` as in `checkLossTerms`.
   */
  async step(indices: number[], step: Step, expectedNames?: string[]): Promise<ParallelStep> {
    const parts = splitIndices(indices, this.count);
    // postMessage copies these for each worker; nothing is transferred, so the backend keeps its memory.
    const weights = this.variables.map((variable) => variable.dataSync() as Float32Array);
    const place = t('threads.place', { epoch: step.epoch, batch: step.batch + 1 });
    const pending = this.workers.map((worker, i) => {
      const part = parts[i + 1];
      if (part.length === 0) return Promise.resolve(undefined);
      const request: StepRequest = {
        type: 'step', weights, indices: part, epoch: step.epoch, batch: step.batch, batches: step.batches, seed: partSeed(step.seed, i + 1), expectedNames,
      };
      return worker.next(request);
    });
    // Settle every promise before anything can throw, so no rejection is left unhandled.
    const settled = Promise.allSettled(pending);
    // The main thread works on its own part meanwhile.
    const own =
      parts[0].length === 0
        ? undefined
        : partGradients(this.run.loss, this.run.prepareBatch, this.run.trainSet, parts[0], { ...step, seed: partSeed(step.seed, 0) }, this.variables, expectedNames);
    const results: { size: number; names: string[]; values: number[]; grads: tf.Tensor[] }[] = [];
    try {
      if (own) results.push({ size: parts[0].length, ...own });
      (await settled).forEach((outcome, i) => {
        if (outcome.status === 'rejected') throw new Error(t('threads.lost', { message: (outcome.reason as Error).message, place }));
        const reply = outcome.value;
        if (reply === undefined) return;
        if (reply.type === 'failed') throw new Error(t('threads.failed', { name: this.run.name, thread: i + 2, threads: this.count, place, message: reply.message }));
        // internal: the worker answers a step with gradients or a failure, nothing else
        if (reply.type !== 'gradients') throw new Error(`${this.run.name}: training thread ${i + 2} answered "${reply.type}" at ${place}`);
        const grads = reply.grads.map((values, v) => tf.tensor(values, this.variables[v].shape, 'float32'));
        results.push({ size: parts[i + 1].length, names: reply.names, values: reply.values, grads });
      });
      return this.average(results, indices.length);
    } finally {
      results.forEach((result) => tf.dispose(result.grads));
    }
  }

  /** Size-weighted means of the parts' terms and gradients. */
  private average(results: { size: number; names: string[]; values: number[]; grads: tf.Tensor[] }[], total: number): ParallelStep {
    const names = results[0].names;
    const values = names.map((_, t) => results.reduce((sum, r) => sum + (r.values[t] * r.size) / total, 0));
    const grads: tf.NamedTensorMap = {};
    this.variables.forEach((variable, v) => {
      grads[variable.name] = tf.tidy(() => tf.addN(results.map((r) => tf.mul(r.grads[v], r.size / total))));
    });
    return { names, values, grads };
  }

  /** Stop every worker thread. Safe to call more than once. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
