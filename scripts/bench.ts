/**
 * Training and prediction speed of the lesson's two reference models on every backend here,
 * next to PyTorch when it is installed.
 *
 *   node build/scripts/bench.js [--steps N] [--profile] [--no-torch]
 *
 * Models: the conv autoencoder (binary cross-entropy, adam) and the dense VAE 784-512-2
 * (MSE x 784 + KL, rmsprop), batch 128, random images (only speed is measured). Each backend
 * trains a fixed number of steps (the pure-JavaScript cpu backend only a few: it is slow).
 * Prints a table and writes out/bench.json:
 *   {"runs": [{"model", "framework", "backend", "trainImagesPerSec", "predictImagesPerSec", ...}],
 *    "ratios": {"convAE": best tfjs / PyTorch training speed, "denseVAE": ...},
 *    "matmulGflops": {"tfjs wasm": ..., "pytorch": ...}}  (the VAE's largest matrix product)
 * Timings are wall-clock and depend on what else the machine is doing.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { availableBackends, BackendName, useBackend } from '../lib/engine/backend';
import { writeFileAtomic } from '../lib/util/atomicWrite';
import { convAutoencoder, denseVae } from '../lib/models';
import { reparameterize, vaeLossTerms } from '../lib/models/vaeMath';

const BATCH = 128;
const MODELS = ['convAE', 'denseVAE'] as const;
type ModelName = (typeof MODELS)[number];

/** One measured combination; the first five fields are the ones out/bench.json promises. */
interface Run {
  model: ModelName;
  framework: 'tfjs' | 'pytorch';
  backend: string;
  trainImagesPerSec: number;
  predictImagesPerSec: number;
  trainSteps?: number;
  threads?: number;
}

interface Options {
  steps: number;
  profile: boolean;
  torch: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { steps: 40, profile: false, torch: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--profile') options.profile = true;
    else if (arg === '--no-torch') options.torch = false;
    else if (arg === '--steps') {
      const steps = Number(argv[++i]);
      if (!Number.isInteger(steps) || steps < 1) throw new Error(`--steps must be a positive integer, got ${argv[i]}`);
      options.steps = steps;
    } else {
      throw new Error(`unknown argument "${arg}" (expected --steps N, --profile, --no-torch)`);
    }
  }
  return options;
}

/** A training step and a prediction for one model, on the current backend. */
interface Workload {
  train(): tf.Scalar;
  predict(): tf.Tensor;
  dispose(): void;
}

function convWorkload(x: tf.Tensor4D): Workload {
  const { autoencoder } = convAutoencoder();
  const optimizer = tf.train.adam(1e-3);
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

function vaeWorkload(x: tf.Tensor4D): Workload {
  const { encoder, decoder } = denseVae({ latentDim: 2, hidden: 512 });
  const optimizer = tf.train.rmsprop(1e-3);
  const loss = () => {
    const [zMean, zLogVar] = encoder.apply(x) as tf.Tensor2D[];
    const reconstructions = decoder.apply(reparameterize(zMean, zLogVar)) as tf.Tensor;
    return vaeLossTerms({ images: x, reconstructions, zMean, zLogVar }).total;
  };
  return {
    train: () => optimizer.minimize(loss, true) as tf.Scalar,
    // Prediction = decode the mean code, as the notebooks do for reconstructions.
    predict: () =>
      tf.tidy(() => decoder.predict((encoder.predict(x, { batchSize: BATCH }) as tf.Tensor[])[0], { batchSize: BATCH }) as tf.Tensor),
    dispose: () => {
      optimizer.dispose();
      encoder.dispose();
      decoder.dispose();
    },
  };
}

/** Images per second of `step`, after `warmup` untimed calls; each call's result is read back. */
async function imagesPerSecond(step: () => tf.Tensor, calls: number, warmup: number): Promise<number> {
  const once = async () => {
    const result = step();
    await result.data(); // waits for the work on asynchronous backends
    result.dispose();
  };
  for (let i = 0; i < warmup; i++) await once();
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (calls * BATCH) / seconds;
}

/** The ten kernels that take longest in one training step. */
async function topKernels(workload: Workload): Promise<string> {
  const profile = await tf.profile(() => workload.train());
  const totals = new Map<string, number>();
  for (const k of profile.kernels) totals.set(k.name, (totals.get(k.name) ?? 0) + (k.kernelTimeMs as number));
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / all).toFixed(0).padStart(3)}%  ${name}`)
    .join('\n');
}

async function benchTfjs(backend: BackendName, model: ModelName, options: Options): Promise<Run> {
  await useBackend(backend);
  // The pure-JavaScript cpu backend needs about half a minute per convolutional training step
  // (its filter gradient is a plain loop), so it gets one step, without warm-up; the dense VAE
  // gets one warm-up step (the first runs slow while JavaScript compiles) and three timed.
  const slow = backend === 'cpu';
  const steps = slow ? (model === 'convAE' ? 1 : 3) : model === 'convAE' ? options.steps : 3 * options.steps;
  const x = tf.randomUniform([BATCH, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
  const workload = model === 'convAE' ? convWorkload(x) : vaeWorkload(x);
  try {
    const warmup = slow ? (model === 'convAE' ? 0 : 1) : 3;
    const trainImagesPerSec = await imagesPerSecond(() => workload.train(), steps, warmup);
    const predictImagesPerSec = await imagesPerSecond(() => workload.predict(), slow ? 2 : steps, 1);
    if (options.profile && !slow) console.log(`  ${model} on ${backend}, one training step:\n${await topKernels(workload)}`);
    return { model, framework: 'tfjs', backend, trainImagesPerSec, predictImagesPerSec, trainSteps: steps };
  } finally {
    workload.dispose();
    x.dispose();
  }
}

const PYTHON = '/usr/bin/python3';

/**
 * The dense VAE's largest matrix product, [128 x 784] . [784 x 512], in GFLOP/s: the ceiling
 * for a model that spends most of its step in such products.
 */
async function matmulGflops(backend: BackendName): Promise<number> {
  await useBackend(backend);
  const reps = backend === 'cpu' ? 3 : 100;
  const a = tf.randomUniform([BATCH, 784]);
  const b = tf.randomUniform([784, 512]);
  try {
    // One product per call: the "images" per second divided by the batch are products per second.
    const productsPerSecond = (await imagesPerSecond(() => tf.matMul(a, b), reps, 3)) / BATCH;
    return (productsPerSecond * 2 * BATCH * 784 * 512) / 1e9;
  } finally {
    tf.dispose([a, b]);
  }
}

/** What scripts/bench_torch.py measured. */
interface TorchResults {
  runs: Run[];
  matmulGflops: number;
}

/** PyTorch's numbers from scripts/bench_torch.py, or undefined when PyTorch is not installed. */
function benchTorch(options: Options): TorchResults | undefined {
  if (spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status !== 0) return undefined;
  // These two variables are set on the course machines and slow down PyTorch's BLAS; they are
  // removed for this one child process only.
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'bench_torch.py');
  const result = spawnSync(PYTHON, [script, '--steps', String(options.steps), '--predict-batches', String(options.steps)], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const matmul = lines.find((r) => 'matmulGflops' in r);
  const runs = lines
    .filter((r) => 'model' in r)
    .map((r) => ({
      model: r.model,
      framework: 'pytorch' as const,
      backend: `cpu (${r.threads} thread${r.threads === 1 ? '' : 's'}, torch ${r.version})`,
      trainImagesPerSec: r.trainImagesPerSec,
      predictImagesPerSec: r.predictImagesPerSec,
      trainSteps: options.steps,
      threads: r.threads,
    }));
  return { runs, matmulGflops: matmul?.matmulGflops ?? NaN };
}

function printTable(runs: Run[]): void {
  const rows = runs.map((r) => [
    r.model,
    r.framework,
    r.backend,
    r.trainImagesPerSec.toFixed(0),
    r.predictImagesPerSec.toFixed(0),
  ]);
  const header = ['model', 'framework', 'backend', 'train img/s', 'predict img/s'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Best tfjs training speed divided by PyTorch's, per model (null without PyTorch). */
function ratios(runs: Run[]): Record<ModelName, number | null> {
  const result = {} as Record<ModelName, number | null>;
  for (const model of MODELS) {
    const ours = runs.filter((r) => r.model === model && r.framework === 'tfjs');
    const torch = runs.find((r) => r.model === model && r.framework === 'pytorch');
    const best = Math.max(...ours.map((r) => r.trainImagesPerSec));
    result[model] = torch ? Number((best / torch.trainImagesPerSec).toFixed(3)) : null;
  }
  return result;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const runs: Run[] = [];
  for (const backend of availableBackends()) {
    for (const model of MODELS) {
      console.log(`measuring ${model} on tfjs ${backend} ...`);
      runs.push(await benchTfjs(backend, model, options));
    }
  }
  const matmul: Record<string, number> = {};
  for (const backend of availableBackends()) matmul[`tfjs ${backend}`] = await matmulGflops(backend);
  if (options.torch) {
    console.log('measuring PyTorch ...');
    const torch = benchTorch(options);
    if (torch) {
      runs.push(...torch.runs);
      matmul.pytorch = torch.matmulGflops;
    } else console.log(`PyTorch is not installed for ${PYTHON}: comparing tfjs backends only.`);
  }
  console.log('');
  printTable(runs);
  console.log('\nthe dense VAE\'s largest matrix product, [128 x 784] . [784 x 512]:');
  for (const [who, gflops] of Object.entries(matmul)) console.log(`  ${who.padEnd(12)} ${gflops.toFixed(1).padStart(6)} GFLOP/s`);
  const report = { runs, ratios: ratios(runs), matmulGflops: matmul, batchSize: BATCH, date: new Date().toISOString() };
  for (const model of MODELS) {
    const ratio = report.ratios[model];
    if (ratio != null) console.log(`${model}: best tfjs backend trains at ${ratio.toFixed(2)}x PyTorch's speed`);
  }
  const file = path.resolve('out', 'bench.json');
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
