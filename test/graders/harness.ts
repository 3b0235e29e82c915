/**
 * What every grader uses: load the implementation being graded, call it so that a crash becomes a
 * sentence, and compare results with messages a learner can act on (expected vs got, and a hint).
 */
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { ready } from '../../lib/engine/backend';
import { env } from '../../lib/util/env';
import { graderText, t } from '../../lib/util/i18n';

/** The folder being graded: exercises (the learner's) or solutions (the reference). */
export function gradedFolder(): string {
  return env.gradeTarget();
}

/** Load `build/<folder>/<exercise>.js`, the compiled exercise being graded. */
export function loadImplementation<T>(exercise: string): T {
  const file = path.resolve(__dirname, '..', '..', gradedFolder(), exercise);
  return require(file) as T;
}

/** A failed check: its message is what the learner reads, so no stack trace is attached. */
export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailure';
    this.stack = message;
  }
}

/** Stop the check with a message already in the course's language, and a hint. */
function failWith(message: string, hint?: string): never {
  throw new CheckFailure(hint ? `${message}\n${t('grader.hint', { hint: graderText(hint) })}` : message);
}

/**
 * Fail with what was expected and what came back, and a hint. Graders write both in English;
 * the learner reads them in the course's language wherever the catalogue has them.
 */
export function fail(what: string, hint?: string): never {
  failWith(graderText(what), hint);
}

/** Where in the learner's file an error came from (source maps point at the .ts line). */
function learnerLocation(err: Error): string {
  const frame = (err.stack ?? '').split('\n').find((line) => /(exercises|solutions)\/[^/]+\.ts:\d+/.test(line));
  const match = frame?.match(/((exercises|solutions)\/[^/]+\.ts:\d+)/);
  return match ? t('grader.at', { place: match[1] }) : '';
}

/**
 * Call learner code. A thrown error becomes a readable failure naming the call; awaits
 * promises; `ready()` is called first so every check runs on the course backend.
 */
export async function call<T>(description: string, fn: () => T | Promise<T>): Promise<T> {
  await ready();
  try {
    return await fn();
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    if (e.name === 'NotImplementedYet') throw new CheckFailure(e.message);
    throw new CheckFailure(t('grader.threw', { call: graderText(description), name: e.name, message: e.message, place: learnerLocation(e) }));
  }
}

/** Check that a value is a tf.Tensor of the given shape (null in `shape` matches any size). */
export function expectTensor(value: unknown, shape: Array<number | null>, what: string, hint?: string): tf.Tensor {
  if (!(value instanceof tf.Tensor)) {
    failWith(t('grader.notTensor', { what: graderText(what), got: value === undefined ? 'undefined' : typeof value }), hint);
  }
  const got = value.shape;
  const matches = got.length === shape.length && shape.every((size, i) => size === null || size === got[i]);
  if (!matches) {
    const want = `[${shape.map((s) => (s === null ? 'any' : s)).join(', ')}]`;
    failWith(t('grader.shape', { what: graderText(what), want, got: `[${got.join(', ')}]` }), hint);
  }
  return value;
}

/** Check that every value is finite (no NaN, no Infinity). */
export function expectFinite(values: ArrayLike<number>, what: string, hint?: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) failWith(t('grader.notFinite', { what: graderText(what), value: values[i], index: i }), hint);
  }
}

/** Check a number against an expected value with an absolute tolerance. */
export function expectClose(got: number, expected: number, tolerance: number, what: string, hint?: string): void {
  if (!Number.isFinite(got) || Math.abs(got - expected) > tolerance) {
    const values = { expected: expected.toPrecision(4), tolerance, got: Number.isFinite(got) ? got.toPrecision(4) : got };
    failWith(t('grader.notClose', { what: graderText(what), ...values }), hint);
  }
}

/** Check that a block of learner code leaves no tensors behind. */
export async function expectNoLeak(what: string, fn: () => unknown | Promise<unknown>): Promise<void> {
  await ready();
  const before = tf.memory().numTensors;
  const result = await fn();
  tf.dispose(result as tf.TensorContainer);
  const leaked = tf.memory().numTensors - before;
  if (leaked > 0) {
    failWith(t('grader.leak', { what: graderText(what), count: leaked }), t('grader.leakHint'));
  }
}
