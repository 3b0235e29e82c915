/**
 * Choosing the TensorFlow.js backend.
 *
 * Preference order: `tensorflow` (the native tfjs-node binding, when it is installed), then
 * `wasm` (portable and fast for inference; the course registers the training kernels it lacks),
 * then `cpu` (pure JavaScript, slow but the numerical reference).
 * Override with the COURSE_BACKEND environment variable or `useBackend(name)`.
 */
import * as tf from '@tensorflow/tfjs';
import { registerCpuKernelFixes, registerWasmTrainingKernels } from './kernels';
import { nativeKernelsActive, nativeStatus, nativeThreads, registerNativeKernels } from './native';
import { env } from '../util/env';
import { t } from '../util/i18n';

export const BACKEND_NAMES = ['tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface BackendInfo {
  name: BackendName;
  /** Why this backend was chosen, in one sentence a learner can read. */
  reason: string;
  /** Which kernels compute, in one sentence (for wasm: whether the native oneDNN kernels run, and why not). */
  kernels: string;
  tfjsVersion: string;
  /** Threads the backend's kernels run on: the native kernels' count, else 1. */
  threads: number;
}

let current: BackendInfo | undefined;
let pending: Promise<BackendInfo> | undefined;

/** Hooks run just before a backend becomes active (the wasm training kernels register here). */
const beforeActivate: Partial<Record<BackendName, Array<() => void>>> = {};
export function onBackendActivate(name: BackendName, hook: () => void): void {
  (beforeActivate[name] ??= []).push(hook);
}

// The course's kernels go in before a backend runs its first kernel: the cpu backend gets a
// fix for a wrong gradient now, the wasm backend its training kernels as soon as it loads
// (see lib/engine/kernels).
registerCpuKernelFixes();

function tryLoadNative(): boolean {
  try {
    require('@tensorflow/tfjs-node');
    return tf.findBackend('tensorflow') != null || tf.engine().registryFactory['tensorflow'] != null;
  } catch {
    return false;
  }
}

function loadWasm(): boolean {
  try {
    require('@tensorflow/tfjs-backend-wasm');
  } catch {
    return false;
  }
  // Registered here, not on activation, so that code calling tf.setBackend('wasm') itself gets them too.
  registerWasmTrainingKernels();
  // The native kernels (when they built) replace some of those; the replaced ones stay as fallbacks.
  registerNativeKernels({ enabled: env.nativeKernels(), threads: env.threads() });
  return true;
}

/** Which backends could be used on this machine right now. */
export function availableBackends(): BackendName[] {
  const names: BackendName[] = [];
  if (tryLoadNative()) names.push('tensorflow');
  if (loadWasm()) names.push('wasm');
  names.push('cpu');
  return names;
}

function checkName(name: string): BackendName {
  // Forgive case and stray spaces ("WASM ", from an environment variable); nothing else.
  const normalised = String(name).trim().toLowerCase();
  if (!(BACKEND_NAMES as readonly string[]).includes(normalised)) {
    throw new Error(t('backend.unknown', { name, names: BACKEND_NAMES.join(', '), available: availableBackends().join(', ') }));
  }
  return normalised as BackendName;
}

/** Switch to a named backend; throws a clear error when it is unknown or cannot start. */
export async function useBackend(name: string, reason?: string): Promise<BackendInfo> {
  const wanted = checkName(name);
  const available = availableBackends();
  if (!available.includes(wanted)) {
    const hint = wanted === 'tensorflow' ? t('backend.installNode') : '';
    throw new Error(t('backend.unavailable', { name: wanted, available: available.join(', '), hint }));
  }
  for (const hook of beforeActivate[wanted] ?? []) hook();
  const ok = await tf.setBackend(wanted);
  await tf.ready();
  if (!ok || tf.getBackend() !== wanted) {
    throw new Error(t('backend.failed', { name: wanted, current: tf.getBackend() }));
  }
  const threads = wanted === 'wasm' && nativeKernelsActive() ? nativeThreads() : 1;
  current = { name: wanted, reason: reason ?? `chosen with useBackend('${wanted}')`, kernels: kernelsSentence(wanted), threads, tfjsVersion: tf.version.tfjs };
  return current;
}

function kernelsSentence(name: BackendName): string {
  if (name === 'wasm') return nativeStatus();
  return name === 'tensorflow' ? "TensorFlow's own native kernels" : 'pure-JavaScript kernels';
}

async function chooseBackend(): Promise<BackendInfo> {
  const fromEnv = env.backend();
  if (fromEnv) return useBackend(fromEnv, `set by COURSE_BACKEND=${fromEnv}`);
  const available = availableBackends();
  const best = available[0];
  const reason =
    best === 'tensorflow'
      ? 'tfjs-node is installed: native TensorFlow is the fastest backend'
      : best === 'wasm'
        ? 'tfjs-node is not installed, so the portable WebAssembly backend runs (with the course\'s training kernels)'
        : 'neither tfjs-node nor the WebAssembly backend could load: falling back to the pure-JavaScript cpu backend';
  return useBackend(best, reason);
}

/**
 * Make sure a backend is chosen and initialised. Safe to call many times; every library
 * function that computes calls it, so notebooks only need `await ready()` once to see the choice.
 */
export function ready(): Promise<BackendInfo> {
  if (current && tf.getBackend() === current.name) return Promise.resolve(current);
  pending ??= chooseBackend().finally(() => (pending = undefined));
  return pending;
}

/** The backend in use, or undefined before `ready()` resolved. */
export function currentBackend(): BackendInfo | undefined {
  return current;
}
