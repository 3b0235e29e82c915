/**
 * Training steps in phases, for models whose parts pull in different directions, such as an
 * adversarial autoencoder: in every batch a reconstruction phase, then a discriminator phase,
 * then an encoder phase. Each phase has its own loss, its own optimizer, and its own list of
 * the weights it may change.
 *
 * TensorFlow.js has no "stop gradient": a loss that runs the encoder to get codes for the
 * discriminator would move the encoder too, if the encoder's weights were differentiated. The
 * explicit list of variables per phase is what keeps every other model still.
 */
import * as tf from '@tensorflow/tfjs';
import { checkLossTerms, TOTAL } from './lossTerms';
import { makeOptimizer, OptimizerName } from './optimizer';
import { LossFn, LossTerms } from './types';
import { checkModels, trainableVariables } from './weights';
import { t } from '../util/i18n';

/** One phase of a training step. */
export interface StepPhase {
  /** A short name for messages, e.g. 'discriminator'. */
  name: string;
  /** This phase's named loss terms; no two phases may use the same term name. */
  loss: LossFn;
  /** The models whose weights this phase changes. Other models its loss runs stay unchanged. */
  models: tf.LayersModel[];
  /** 'adam' (default), 'rmsprop' or a ready-made tf.Optimizer: every phase has its own. */
  optimizer?: OptimizerName | tf.Optimizer;
  /** Default: 0.001. */
  learningRate?: number;
}

/** A checked phase, ready to train: its variables and its optimizer. */
export interface PreparedPhase {
  name: string;
  loss: LossFn;
  models: tf.LayersModel[];
  variables: tf.Variable[];
  optimizer: tf.Optimizer;
  /** True when the trainer made the optimizer (and so disposes it). */
  owned: boolean;
}

/** Check the `phases` option and make each phase's optimizer. */
export function preparePhases(phases: unknown): PreparedPhase[] {
  if (!Array.isArray(phases) || phases.length === 0) {
    throw new Error(t('phases.none'));
  }
  const names = new Set<string>();
  return phases.map((phase: StepPhase, i) => {
    if (phase == null || typeof phase !== 'object') throw new Error(t('phases.notObject', { index: i }));
    if (typeof phase.name !== 'string' || phase.name.trim() === '') throw new Error(t('phases.name', { index: i }));
    if (names.has(phase.name)) throw new Error(t('phases.sameName', { name: phase.name }));
    names.add(phase.name);
    if (typeof phase.loss !== 'function') throw new Error(t('phases.loss', { phase: phase.name }));
    let models: tf.LayersModel[];
    try {
      models = checkModels(phase.models);
    } catch (error) {
      throw new Error(t('phases.inPhase', { phase: phase.name, message: (error as Error).message }));
    }
    const { optimizer, owned } = makeOptimizer(phase.optimizer, phase.learningRate);
    return { name: phase.name, loss: phase.loss, models, variables: trainableVariables(models), optimizer, owned };
  });
}

/** Every model of some phases, each once (their weights are what the best epoch keeps). */
export function modelsOfPhases(phases: PreparedPhase[]): tf.LayersModel[] {
  return [...new Set(phases.flatMap((p) => p.models))];
}

/**
 * All phases' terms in one loss function, for measuring (held-out evaluation): the terms are
 * computed with the same weights, phase after phase, and returned together.
 */
export function combinedLoss(phases: PreparedPhase[]): LossFn {
  return (batch, mode, step) => {
    const all: LossTerms = {};
    for (const phase of phases) Object.assign(all, checkedTerms(phase, phase.loss(batch, mode, step), new Set(Object.keys(all))));
    return all;
  };
}

/** A phase's terms after checking them, and that none of their names was used by an earlier phase. */
export function checkedTerms(phase: PreparedPhase, terms: unknown, earlier: ReadonlySet<string>): LossTerms {
  let names: string[];
  try {
    names = checkLossTerms(terms);
  } catch (error) {
    throw new Error(t('phases.inPhase', { phase: phase.name, message: (error as Error).message }));
  }
  for (const name of names) {
    if (earlier.has(name)) throw new Error(t('phases.termTwice', { phase: phase.name, term: name }));
    if (name === TOTAL) throw new Error(t('phases.total', { phase: phase.name, total: TOTAL }));
  }
  return terms as LossTerms;
}

/** Free the optimizers the trainer made for the phases. */
export function disposePhases(phases: PreparedPhase[]): void {
  for (const phase of phases) if (phase.owned) phase.optimizer.dispose();
}
