/**
 * How a notebook talks to the course runner (`npm run course`):
 *
 * - Quick mode. `npm run course -- --quick` (and `npm test`) sets COURSE_QUICK=1. Notebooks read
 *   it through `quickMode()` / `byMode(full, quick)` to train on a tiny subset for one short epoch,
 *   so CI can check that every cell runs without waiting for real training.
 * - Metrics. `publishMetrics({ heldOutBCE: 0.1 })` shows the numbers in the notebook and, when the
 *   runner set COURSE_METRICS_FILE, merges them into that JSON file; the runner copies them into
 *   out/course.json.
 */
import * as fs from 'fs';
import * as tf from '@tensorflow/tfjs';
import { currentBackend } from '../engine/backend';
import { nativeKernelsActive } from '../engine/native';
import { defaultSeed } from '../train/seeds';
import { showMarkdown } from '../engine/display';
import { writeFileAtomic } from '../util/atomicWrite';
import { formatNumber } from '../util/format';
import { env } from '../util/env';
import { localize, t } from '../util/i18n';

/** True when the course runs in quick mode (COURSE_QUICK=1): tiny data, one short epoch. */
export function quickMode(): boolean {
  return env.quick();
}

/** Pick the full-mode or the quick-mode value of a setting. */
export function byMode<T>(full: T, quick: T): T {
  return quickMode() ? quick : full;
}

/**
 * True when training runs on fast kernels: the native oneDNN kernels on wasm, or tfjs-node.
 * (Before `ready()` has chosen a backend: false.)
 */
export function fastKernels(): boolean {
  const backend = currentBackend()?.name;
  return backend === 'tensorflow' || (backend === 'wasm' && nativeKernelsActive());
}

/**
 * Pick a recipe's setting by the kernels that run: the recipes spend fast kernels' speed on
 * more epochs, and keep the plain wasm backend within the same minutes.
 */
export function byKernels<T>(fast: T, portable: T): T {
  return fastKernels() ? fast : portable;
}

/** Named numbers a notebook reports, e.g. `{ heldOutBCE: 0.098, trainSeconds: 85 }`. */
export type Metrics = Record<string, number>;

/**
 * Report key numbers of a notebook. Each value must be a finite number (or Infinity for an
 * exact PSNR); they are shown as a table and saved for the course runner.
 */
export function publishMetrics(metrics: Metrics): void {
  for (const [name, value] of Object.entries(metrics)) {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new Error(t('metrics.notANumber', { name, value: String(value) }));
    }
  }
  const file = env.metricsFile();
  if (file) {
    const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Metrics) : {};
    writeFileAtomic(file, JSON.stringify({ ...previous, ...metrics }, null, 2));
    writeFileAtomic(runInfoFile(file), JSON.stringify(runInfo(), null, 2));
  }
  const rows = Object.entries(metrics).map(([name, value]) => `| ${name} | ${formatNumber(value)} |`);
  showMarkdown([`| ${t('metrics.heading.name')} | ${t('metrics.heading.value')} |`, '|---|---|', ...rows].join('\n'));
}

/** The file beside the metrics where the runner finds how they were produced. */
export function runInfoFile(metricsFile: string): string {
  return metricsFile.replace(/\.json$/, '') + '.run.json';
}

/** How this notebook's numbers were produced: the seed, the backend and its threads. */
export function runInfo(): { seed: number; backend: string; threads: number } {
  const backend = currentBackend();
  return { seed: defaultSeed(), backend: backend?.name ?? tf.getBackend(), threads: backend?.threads ?? 1 };
}

/** Show which TensorFlow.js backend runs, why, and the versions in play. */
export function showBackend(info: { name: string; reason: string; kernels?: string; tfjsVersion: string }): void {
  showMarkdown(
    [
      t('backend.sentence', { name: info.name, reason: localize(info.reason) }),
      ...(info.kernels ? ['', t('backend.kernels', { kernels: localize(info.kernels) })] : []),
      '',
      t('backend.versions', { tfjs: info.tfjsVersion, node: process.version, mode: t(quickMode() ? 'mode.quick' : 'mode.full') }),
    ].join('\n'),
  );
}
