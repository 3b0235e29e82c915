/**
 * Loading the native kernel pack (native/, a Node-API addon over oneDNN), or saying in one
 * sentence why it is not there.
 *
 * OpenMP reads its settings once, when the addon's OpenMP library loads, so the thread count
 * and the wait policy go into the environment before the first `require`. Passive waiting
 * matters on a shared machine: spinning threads took a core from whatever else was running
 * and doubled a training step's time.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { t } from '../../util/i18n';

/** What the addon exports (see native/addon.cc). Arrays are Float32Array views of the wasm heap. */
export interface NativeAddon {
  matMul(a: Float32Array, b: Float32Array, out: Float32Array, bias: Float32Array | null, dims: number[], alpha: number): void;
  conv2d(x: Float32Array, filter: Float32Array, out: Float32Array, bias: Float32Array | null, dims: number[], activation: number, alpha: number): void;
  conv2dBackpropInput(dy: Float32Array, filter: Float32Array, out: Float32Array, dims: number[]): void;
  conv2dBackpropFilter(x: Float32Array, dy: Float32Array, out: Float32Array, dims: number[]): void;
  adam(...args: [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, ...number[]]): void;
  rmsprop(...args: [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, ...number[]]): void;
  sumRows(x: Float32Array, out: Float32Array, rows: number, cols: number): void;
  denseGrad(dy: Float32Array, y: Float32Array, dyAct: Float32Array, biasGrad: Float32Array, rows: number, cols: number, activation: number): void;
  maxPoolGrad(dy: Float32Array, x: Float32Array, out: Float32Array, dims: number[]): void;
  resizeNearest(images: Float32Array, out: Float32Array, dims: number[]): void;
  resizeNearestGrad(dy: Float32Array, out: Float32Array, dims: number[]): void;
  setThreads(threads: number): void;
  threads(): number;
  oneDnnVersion(): string;
}

/** The addon, or why it could not be used. */
export type AddonLoad = { addon: NativeAddon; threads: number } | { addon: undefined; reason: string };

/** Where setup builds the addon and writes the reason when the build fails. */
export const NATIVE_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'native');
export const ADDON_FILE = path.join(NATIVE_DIR, 'build', 'Release', 'course_native.node');
export const BUILD_ERROR_FILE = path.join(NATIVE_DIR, 'build', 'build-error.txt');

/**
 * The most threads a kernel may use: COURSE_THREADS when set (a positive integer), else every
 * core. Only large kernels (big matrix products and convolutions, long passes over memory) use
 * more than one (native/common.cc, `threadsFor`): waking a sleeping thread costs more than a
 * small kernel takes, and a training step runs a hundred or more of them.
 */
export function threadsWanted(fromEnv: string | undefined): number {
  if (fromEnv === undefined || fromEnv.trim() === '') return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const threads = Number(fromEnv);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(t('env.threads', { got: fromEnv }));
  }
  return threads;
}

let loaded: AddonLoad | undefined;

/**
 * Load the addon once. `enabled` false (COURSE_NATIVE=0) or any failure gives the reason
 * instead; nothing here throws for a missing or broken build.
 */
export function loadAddon(enabled: boolean, threadsSetting: string | undefined): AddonLoad {
  if (loaded) return loaded;
  loaded = tryLoad(enabled, threadsSetting);
  return loaded;
}

function tryLoad(enabled: boolean, threadsSetting: string | undefined): AddonLoad {
  if (!enabled) return { addon: undefined, reason: 'COURSE_NATIVE=0 turns the native kernels off' };
  if (process.platform !== 'linux') return { addon: undefined, reason: `the native kernels are built for Linux only, this is ${process.platform}` };
  if (!fs.existsSync(ADDON_FILE)) {
    const why = fs.existsSync(BUILD_ERROR_FILE) ? lastLine(fs.readFileSync(BUILD_ERROR_FILE, 'utf8')) : 'not built yet: run npm run setup';
    return { addon: undefined, reason: `the native kernels did not build (${why})` };
  }
  const threads = threadsWanted(threadsSetting);
  process.env.OMP_WAIT_POLICY ??= 'passive';
  process.env.OMP_NUM_THREADS = String(threads);
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const addon = require(ADDON_FILE) as NativeAddon;
    addon.setThreads(threads);
    return { addon, threads };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { addon: undefined, reason: `the native kernels could not load (${message})` };
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((line) => line.trim() !== '');
  return lines.length ? lines[lines.length - 1].trim().slice(0, 200) : 'no error message';
}
