/**
 * Descriptions of loss functions and batch preparers that another thread can rebuild.
 *
 * A function cannot be sent to a worker thread, but a description of it can: which library
 * function made it, from which models, with which settings. Library helpers attach such a
 * description (`withSpec`); a learner's own loss function has none and so trains on one thread.
 */
import * as tf from '@tensorflow/tfjs';

/** How a library function was called: its `kind`, the models it was given by role, plain-JSON settings. */
export interface FunctionSpec {
  kind: string;
  /** The models the function computes with, by role, e.g. `{ encoder, decoder }`. */
  models: Record<string, tf.LayersModel>;
  /** Everything else the function was given; must survive JSON. */
  settings: Record<string, string | number | boolean>;
}

/** A FunctionSpec ready to send: every model is replaced by its position in the trainer's `models`. */
export interface WireSpec {
  kind: string;
  models: Record<string, number>;
  settings: Record<string, string | number | boolean>;
}

const SPEC = Symbol.for('autoencoders-course.spec');

/** Attach a description to a function made by a library helper, and return the function. */
export function withSpec<F extends object>(fn: F, spec: FunctionSpec): F {
  return Object.assign(fn, { [SPEC]: spec });
}

/** The description attached to `fn`, or undefined for a function written by hand. */
export function specOf(fn: unknown): FunctionSpec | undefined {
  return typeof fn === 'function' ? (fn as unknown as Record<symbol, FunctionSpec | undefined>)[SPEC] : undefined;
}

/**
 * The models that the described functions compute with, each once, in order of appearance;
 * or a reason why some function cannot be rebuilt (it was written by hand).
 */
export function modelsOfSpecs(functions: [fn: unknown, what: string][]): tf.LayersModel[] | string {
  const models: tf.LayersModel[] = [];
  for (const [fn, what] of functions) {
    if (fn === undefined) continue;
    const spec = specOf(fn);
    if (!spec) return `the ${what} function is not a library helper, so other threads cannot rebuild it`;
    for (const model of Object.values(spec.models)) if (!models.includes(model)) models.push(model);
  }
  return models;
}

/** The sendable form of `fn`'s description: every model replaced by its position in `models`. */
export function wireSpec(fn: unknown, models: tf.LayersModel[]): WireSpec {
  const spec = specOf(fn);
  // internal: the trainer calls this only after whyNotParallel accepted every function and model
  if (!spec) throw new Error('wireSpec needs a function made by a library helper');
  const positions: Record<string, number> = {};
  for (const [role, model] of Object.entries(spec.models)) {
    positions[role] = models.indexOf(model);
    if (positions[role] < 0) throw new Error(`wireSpec: model "${model.name}" is not in the list`); // internal
  }
  return { kind: spec.kind, models: positions, settings: spec.settings };
}
