/**
 * A recurrent VAE for 2-bar melodies: the kind of model MusicVAE is, much smaller.
 *
 *   encoder: [N,32,39] -> a GRU reads the steps one by one -> its last state -> (zMean, zLogVar)
 *   decoder: (code, the tokens before each step) -> a GRU writes the steps one by one -> [N,32,39] scores
 *
 * The decoder is autoregressive: the scores of step t see the code and the tokens before t.
 * Its second input holds, at step t, the one-hot token of step t - 1 (zeros at step 0; see
 * `previousSteps`). While training, those are the true tokens ("teacher forcing"); when it
 * writes a melody of its own, they are its own choices (`writeMelodies`). The code joins every
 * step's input, so the decoder cannot lose it along the way.
 */
import * as tf from '@tensorflow/tfjs';
import { WeightSeeds } from './layers';
import { positiveInteger, rejectUnknownOptions, seedOption } from './options';
import { gaussianEncoder, Vae } from './vaeParts';
import { t } from '../util/i18n';

export interface MelodyGruVaeOptions {
  /** Steps per melody (default 32: two 4/4 bars of 16th notes). */
  steps?: number;
  /** Classes per step (default 39: rest, hold and 37 pitches). */
  classes?: number;
  /** Length of the latent code (default 64). */
  latentDim?: number;
  /** Units of the encoder's and the decoder's GRU (default 128). */
  hidden?: number;
  /** Seeds the initial weights: the same seed builds the same model. Default: random weights. */
  seed?: number;
}

const BUILDER = 'melodyGruVae';
/** The name of the decoder's GRU, by which `isRecurrentDecoder` knows it. */
const WRITER = 'melody_gru_writer';
/** The name of the layer that scores every step's classes. */
const SCORES = 'melody_gru_scores';

/** Build the recurrent melody VAE. The decoder returns logits: train with `melodyGruVaeLossFn` (lib/lesson). */
export function melodyGruVae(options: MelodyGruVaeOptions = {}): Vae {
  rejectUnknownOptions(BUILDER, options, ['steps', 'classes', 'latentDim', 'hidden', 'seed']);
  const seeds = new WeightSeeds(seedOption(BUILDER, options.seed));
  const steps = positiveInteger(BUILDER, 'steps', options.steps ?? 32);
  const classes = positiveInteger(BUILDER, 'classes', options.classes ?? 39);
  const latentDim = positiveInteger(BUILDER, 'latentDim', options.latentDim ?? 64);
  const hidden = positiveInteger(BUILDER, 'hidden', options.hidden ?? 128);

  const melody = tf.input({ shape: [steps, classes], name: 'melody_input' });
  const read = gru(hidden, seeds, 'melody_gru_reader', false).apply(melody) as tf.SymbolicTensor;
  const encoder = gaussianEncoder(melody, read, latentDim, seeds);

  const code = tf.input({ shape: [latentDim], name: 'melody_code' });
  const before = tf.input({ shape: [steps, classes], name: 'melody_steps_before' });
  const codeAtEveryStep = tf.layers.repeatVector({ n: steps }).apply(code) as tf.SymbolicTensor;
  const stepInputs = tf.layers.concatenate().apply([before, codeAtEveryStep]) as tf.SymbolicTensor;
  const written = gru(hidden, seeds, WRITER, true).apply(stepInputs) as tf.SymbolicTensor;
  // A dense layer on [N, steps, hidden] scores every step with the same weights.
  const scores = tf.layers.dense({ units: classes, name: SCORES, kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }) }).apply(written);
  const decoder = tf.model({ name: 'melody_decoder', inputs: [code, before], outputs: scores as tf.SymbolicTensor });
  return { encoder, decoder, latentDim };
}

/**
 * A GRU with seeded initial weights. Glorot for the recurrent weights too: tfjs' default
 * (orthogonal) prints a warning about its speed for every layer this size.
 */
function gru(units: number, seeds: WeightSeeds, name: string, returnSequences: boolean): tf.layers.Layer {
  return tf.layers.gru({
    units,
    name,
    returnSequences,
    kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }),
    recurrentInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }),
  });
}

/**
 * The decoder's input "tokens before each step" for whole melodies: the one-hot melodies moved
 * one step later, with zeros at step 0. [N, steps, classes] in and out.
 */
export function previousSteps(oneHot: tf.Tensor): tf.Tensor3D {
  if (oneHot.rank !== 3) throw new Error(t('melodyGru.previousSteps', { shape: oneHot.shape.join(',') }));
  const [n, steps, classes] = oneHot.shape;
  return tf.tidy(() => tf.concat([tf.zeros([n, 1, classes]), oneHot.slice([0, 0, 0], [n, steps - 1, classes])], 1) as tf.Tensor3D);
}

/** True for a decoder built by `melodyGruVae` (it takes the code and the tokens before each step). */
export function isRecurrentDecoder(decoder: tf.LayersModel): boolean {
  return decoder.inputs.length === 2 && decoder.layers.some((layer) => layer.name === WRITER);
}

/** The part of a GRU layer that takes one step: [input [N, features], state [N, units]] -> [output, next state]. */
type GruCell = { call(inputs: tf.Tensor[], kwargs: { training: boolean }): tf.Tensor[] };

/**
 * Melodies the decoder writes for codes [N, latentDim], one step at a time: at every step it
 * takes the most likely class, which becomes the token before the next step. It runs the
 * decoder's own GRU cell and scoring layer step by step (the same weights, no copy), carrying
 * the GRU's state from step to step. Tokens out, one window per code; every tensor made here
 * is disposed.
 */
export function writeMelodies(decoder: tf.LayersModel, codes: tf.Tensor2D): number[][] {
  if (!isRecurrentDecoder(decoder)) throw new Error(t('melodyGru.notRecurrent'));
  if (codes.rank !== 2) throw new Error(t('melodyGru.codes', { shape: codes.shape.join(',') }));
  const [, steps, classes] = decoder.inputs[1].shape as number[];
  const cell = (decoder.getLayer(WRITER) as unknown as { cell: GruCell }).cell;
  const score = decoder.getLayer(SCORES);
  const n = codes.shape[0];
  const melodies: number[][] = Array.from({ length: n }, () => []);
  let state: tf.Tensor = tf.zeros([n, (decoder.getLayer(WRITER).getConfig() as { units: number }).units]);
  let before: tf.Tensor = tf.zeros([n, classes]);
  try {
    for (let step = 0; step < steps; step++) {
      const [next, chosen] = tf.tidy(() => {
        // The same order as the decoder's inputs: the token before, then the code.
        const [, nextState] = cell.call([tf.concat([before, codes], 1), state], { training: false });
        const tokens = (score.apply(nextState) as tf.Tensor).argMax(-1);
        return [nextState, tokens];
      });
      const tokens = chosen.dataSync();
      tokens.forEach((token, i) => melodies[i].push(token));
      tf.dispose([state, before]);
      state = next;
      before = tf.tidy(() => tf.oneHot(chosen as tf.Tensor1D, classes).toFloat());
      chosen.dispose();
    }
  } finally {
    tf.dispose([state, before]);
  }
  return melodies;
}
