/**
 * Training speed of the lesson's two reference models on every engine here, next to PyTorch.
 *
 *   node build/scripts/bench.js [--steps N] [--rounds N] [--no-torch] [--profile] [--parallel]
 *
 * Models: the conv autoencoder (binary cross-entropy) and the dense VAE 784-512-2 (MSE x 784
 * + KL), both with Adam, batch 128, random images (only speed is measured). Variants:
 *
 * - tfjs wasm with the native oneDNN kernels, with the default threads (every core; only large kernels use more than one) and with one thread;
 * - tfjs wasm only (COURSE_NATIVE=0); tfjs cpu (pure JavaScript, a few steps only: it is slow);
 * - PyTorch (Debian's python3-torch) with its default threads, and with OPENBLAS_NUM_THREADS=1
 *   and torch.set_num_threads(1).
 *
 * Each variant runs in a child process of its own, so every one starts from the same state and
 * its thread settings (read once, at start-up) apply. The variants take turns, `--rounds` times
 * (default 2), and each row keeps its fastest round: on a shared machine another process slows
 * whichever run it happens to overlap. Every row reports images per second and the threads the
 * run really used: the process's CPU time divided by the wall time, and the images per CPU-second
 * (images per second divided by those threads), which depends less on what else is running.
 * `--parallel` adds the library's data-parallel training (lib/train/parallel, 2 workers)
 * against one thread, on the native kernels.
 *
 * Writes out/bench.json: {"runs": [...], "ratios": {"native": {"convAE", "denseVAE"},
 * "nativeOneThread": {...}, "wasm": {...}}, ...}; each ratio is training images per second
 * divided by PyTorch's at its default threads, measured in the same run. Wall-clock timings
 * depend on what else the machine is doing.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { ready } from '../lib/engine/backend';
import { writeFileAtomic } from '../lib/util/atomicWrite';
import { convAutoencoder, denseVae } from '../lib/models';
import { reparameterize, vaeLossTerms } from '../lib/models/vaeMath';
import { makeOptimizer } from '../lib/train/optimizer';
import { reconstructionLoss, train } from '../lib/train';

const BATCH = 128;
const MODELS = ['convAE', 'denseVAE'] as const;
type ModelName = (typeof MODELS)[number];
const PYTHON = '/usr/bin/python3';

/** One measured combination. */
interface Run {
  model: ModelName;
  variant: string;
  trainImagesPerSec: number;
  predictImagesPerSec?: number;
  /** CPU time / wall time while training. */
  threads: number;
  /** What computed, in one sentence (tfjs) or the framework version (PyTorch). */
  engine: string;
  steps: number;
}

interface Options {
  steps: number;
  rounds: number;
  profile: boolean;
  torch: boolean;
  parallel: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { steps: 40, rounds: 2, profile: false, torch: true, parallel: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--profile') options.profile = true;
    else if (arg === '--no-torch') options.torch = false;
    else if (arg === '--parallel') options.parallel = true;
    else if (arg === '--steps' || arg === '--rounds') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} must be a positive integer, got ${argv[i]}`);
      options[arg === '--steps' ? 'steps' : 'rounds'] = value;
    } else {
      throw new Error(`unknown argument "${arg}" (expected --steps N, --rounds N, --profile, --no-torch, --parallel)`);
    }
  }
  return options;
}

// ---- one variant, in a child process ---------------------------------------------------------

interface Workload {
  train(): tf.Scalar;
  predict(): tf.Tensor;
  dispose(): void;
}

function workload(model: ModelName, x: tf.Tensor4D): Workload {
  const { optimizer } = makeOptimizer('adam', 1e-3); // the trainer's Adam (fused when native)
  if (model === 'convAE') {
    const { autoencoder } = convAutoencoder();
    const loss = () => tf.metrics.binaryCrossentropy(x, autoencoder.apply(x) as tf.Tensor).mean() as tf.Scalar;
    return {
      train: () => optimizer.minimize(loss, true) as tf.Scalar,
      predict: () => autoencoder.predict(x, { batchSize: BATCH }) as tf.Tensor,
      dispose: () => {
        optimizer.dispose();
        autoencoder.dispose();
      },
    };
  }
  const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 512 });
  const loss = () => {
    const [zMean, zLogVar] = encoder.apply(x) as tf.Tensor2D[];
    const reconstructions = decoder.apply(reparameterize(zMean, zLogVar)) as tf.Tensor;
    return vaeLossTerms({ images: x, reconstructions, zMean, zLogVar }).total;
  };
  return {
    train: () => optimizer.minimize(loss, true) as tf.Scalar,
    // Prediction = decode the mean code, as the notebooks do for reconstructions.
    predict: () => tf.tidy(() => decoder.predict((encoder.predict(x, { batchSize: BATCH }) as tf.Tensor[])[0], { batchSize: BATCH }) as tf.Tensor),
    dispose: () => {
      optimizer.dispose();
      encoder.dispose();
      decoder.dispose();
    },
  };
}

/** Images per second of `step` and the threads used, after `warmup` untimed calls. */
async function measure(step: () => tf.Tensor, calls: number, warmup: number): Promise<{ imagesPerSec: number; threads: number }> {
  const once = async () => {
    const result = step();
    await result.data();
    result.dispose();
  };
  for (let i = 0; i < warmup; i++) await once();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { imagesPerSec: (calls * BATCH) / seconds, threads: (cpu.user + cpu.system) / 1e6 / seconds };
}

/** The ten kernels that take longest in one training step. */
async function topKernels(work: Workload): Promise<string> {
  const profile = await tf.profile(() => work.train());
  const totals = new Map<string, number>();
  for (const k of profile.kernels) totals.set(k.name, (totals.get(k.name) ?? 0) + (k.kernelTimeMs as number));
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / all).toFixed(0).padStart(3)}%  ${name}`)
    .join('\n');
}

/** Child mode: train one model on the backend the environment selects; print one JSON line. */
async function child(model: ModelName, steps: number, profile: boolean): Promise<void> {
  const info = await ready();
  const x = tf.randomUniform([BATCH, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
  const work = workload(model, x);
  try {
    const slow = info.name === 'cpu';
    const calls = slow ? (model === 'convAE' ? 1 : 3) : model === 'convAE' ? steps : 3 * steps;
    const trained = await measure(() => work.train(), calls, slow ? (model === 'convAE' ? 0 : 1) : 3);
    const predicted = await measure(() => work.predict(), slow ? 2 : calls, 1);
    if (profile && !slow) console.error(`  ${model}, ${info.kernels}, one training step:\n${await topKernels(work)}`);
    const run = { trainImagesPerSec: trained.imagesPerSec, predictImagesPerSec: predicted.imagesPerSec, threads: trained.threads, engine: info.kernels, steps: calls };
    console.log(JSON.stringify(run));
  } finally {
    work.dispose();
    x.dispose();
  }
}

/** Child mode for --parallel: the library's `train` on the conv autoencoder with `workers` threads. */
async function childParallel(workers: number, batchSize: number, steps: number): Promise<void> {
  const info = await ready();
  const inputs = tf.randomUniform([batchSize * steps, 28, 28, 1], 0, 1, 'float32', 2);
  const { autoencoder } = convAutoencoder();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await train({ name: 'bench', models: [autoencoder], loss: reconstructionLoss(autoencoder), train: { inputs }, epochs: 2, batchSize, workers, progress: 'silent' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ trainImagesPerSec: result.imagesPerSecond, threads: (cpu.user + cpu.system) / 1e6 / seconds, engine: `${info.kernels}, ${workers} worker${workers === 1 ? '' : 's'}`, steps: 2 * steps }));
  autoencoder.dispose();
  inputs.dispose();
}

// ---- the parent: every variant, then the table --------------------------------------------

/** Environment changes of each tfjs variant. */
const TFJS_VARIANTS: Array<{ name: string; env: Record<string, string> }> = [
  { name: 'tfjs wasm + native', env: { COURSE_BACKEND: 'wasm' } },
  { name: 'tfjs wasm + native, 1 thread', env: { COURSE_BACKEND: 'wasm', COURSE_THREADS: '1' } },
  { name: 'tfjs wasm only', env: { COURSE_BACKEND: 'wasm', COURSE_NATIVE: '0' } },
  { name: 'tfjs cpu', env: { COURSE_BACKEND: 'cpu' } },
];

function runChild(args: string[], env: Record<string, string>): Record<string, unknown> {
  const result = spawnSync(process.execPath, [__filename, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`benchmark child ${args.join(' ')} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

/** PyTorch's runs with the given thread settings, or undefined when PyTorch is not installed. */
function benchTorch(options: Options, label: string, env: Record<string, string>, extra: string[]): Run[] | undefined {
  if (spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status !== 0) return undefined;
  // Set on some course machines; they slow down OpenBLAS. Removed for this child only.
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.OPENBLAS_CORETYPE;
  delete childEnv.OPENBLAS_L2_SIZE;
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'bench_torch.py');
  const result = spawnSync(PYTHON, [script, '--steps', String(options.steps), '--predict-batches', String(options.steps), ...extra], { env: childEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .filter((r) => 'model' in r)
    .map((r) => ({
      model: r.model,
      variant: label,
      trainImagesPerSec: r.trainImagesPerSec,
      predictImagesPerSec: r.predictImagesPerSec,
      threads: r.threads,
      engine: `torch ${r.version}`,
      steps: options.steps,
    }));
}

function printTable(runs: Run[]): void {
  const rows = runs.map((r) => [
    r.model,
    r.variant,
    r.trainImagesPerSec.toFixed(0),
    r.threads.toFixed(2),
    (r.trainImagesPerSec / r.threads).toFixed(0),
    r.predictImagesPerSec?.toFixed(0) ?? '',
    r.engine,
  ]);
  // img per CPU-second: what a run gets out of the processor time it had, whatever else ran.
  const header = ['model', 'variant', 'train img/s', 'threads', 'img/CPU-s', 'predict img/s', 'what computed'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (cells: string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Training speed of `variant` divided by PyTorch's at its default threads, per model. */
function ratiosOf(runs: Run[], variant: string): Record<ModelName, number | null> {
  const result = {} as Record<ModelName, number | null>;
  for (const model of MODELS) {
    const ours = runs.find((r) => r.model === model && r.variant === variant);
    const torch = runs.find((r) => r.model === model && r.variant === 'pytorch');
    result[model] = ours && torch ? Number((ours.trainImagesPerSec / torch.trainImagesPerSec).toFixed(3)) : null;
  }
  return result;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1] as ModelName, Number(argv[2]), argv[3] === 'profile');
  if (argv[0] === '--child-parallel') return childParallel(Number(argv[1]), Number(argv[2]), Number(argv[3]));
  const options = parseOptions(argv);
  const runs: Run[] = [];
  /** Keep the faster of two measurements of the same row. */
  const keepBest = (run: Run) => {
    const index = runs.findIndex((r) => r.model === run.model && r.variant === run.variant);
    if (index < 0) runs.push(run);
    else if (run.trainImagesPerSec > runs[index].trainImagesPerSec) runs[index] = run;
  };
  let torchMissing = false;
  for (let round = 1; round <= options.rounds; round++) {
    for (const variant of TFJS_VARIANTS) {
      // The pure-JavaScript backend takes minutes a round and is only a reference: once is enough.
      if (variant.name === 'tfjs cpu' && round > 1) continue;
      for (const model of MODELS) {
        console.log(`round ${round}/${options.rounds}: ${model} on ${variant.name} ...`);
        const run = runChild(['--child', model, String(options.steps), options.profile && round === 1 ? 'profile' : ''], variant.env);
        keepBest({ model, variant: variant.name, ...(run as Omit<Run, 'model' | 'variant'>) });
      }
    }
    if (options.torch && !torchMissing) {
      console.log(`round ${round}/${options.rounds}: PyTorch ...`);
      const byDefault = benchTorch(options, 'pytorch', {}, []);
      if (byDefault) [...byDefault, ...(benchTorch(options, 'pytorch, OPENBLAS_NUM_THREADS=1', { OPENBLAS_NUM_THREADS: '1' }, ['--threads', '1']) ?? [])].forEach(keepBest);
      else {
        torchMissing = true;
        console.log(`PyTorch is not installed for ${PYTHON} (apt-get install python3-torch): comparing tfjs variants only.`);
      }
    }
  }
  const parallel: Run[] = [];
  if (options.parallel) {
    for (const batchSize of [32, 128]) {
      for (const workers of [1, 2]) {
        console.log(`measuring data-parallel training, batch ${batchSize}, ${workers} worker(s) ...`);
        const run = runChild(['--child-parallel', String(workers), String(batchSize), String(Math.max(4, Math.round((options.steps * 128) / batchSize / 2)))], { COURSE_BACKEND: 'wasm' });
        parallel.push({ model: 'convAE', variant: `train(), batch ${batchSize}, workers ${workers}`, ...(run as Omit<Run, 'model' | 'variant'>) });
      }
    }
  }
  console.log('');
  printTable([...runs, ...parallel]);
  const ratios = {
    native: ratiosOf(runs, 'tfjs wasm + native'),
    nativeOneThread: ratiosOf(runs, 'tfjs wasm + native, 1 thread'),
    wasm: ratiosOf(runs, 'tfjs wasm only'),
    nativeOneThreadVsTorchOneThread: {} as Record<ModelName, number | null>,
  };
  for (const model of MODELS) {
    const ours = runs.find((r) => r.model === model && r.variant === 'tfjs wasm + native, 1 thread');
    const torch = runs.find((r) => r.model === model && r.variant === 'pytorch, OPENBLAS_NUM_THREADS=1');
    ratios.nativeOneThreadVsTorchOneThread[model] = ours && torch ? Number((ours.trainImagesPerSec / torch.trainImagesPerSec).toFixed(3)) : null;
  }
  console.log('');
  for (const model of MODELS) {
    const r = (x: number | null) => (x == null ? 'n/a' : `${x.toFixed(2)}x`);
    console.log(
      `${model}: native trains at ${r(ratios.native[model])} PyTorch's speed (default threads both); ` +
        `native on 1 thread: ${r(ratios.nativeOneThread[model])}; 1 thread each: ` +
        `${r(ratios.nativeOneThreadVsTorchOneThread[model])}; wasm only: ${r(ratios.wasm[model])}`,
    );
  }
  const report = { runs, parallel, ratios, batchSize: BATCH, optimizer: 'adam', steps: options.steps, rounds: options.rounds, date: new Date().toISOString() };
  const file = path.resolve('out', 'bench.json');
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
