/**
 * The melody VAE of notebook 06: its loss, its recipe, and the numbers that say how good it is
 * (held-out token accuracy next to two baselines that need no model at all).
 */
import * as tf from '@tensorflow/tfjs';
import { byKernels, byMode } from './course';
import { melodyVae } from '../models';
import { isRecurrentDecoder, writeMelodies } from '../models/melodyGruVae';
import { LossFn } from '../train';
import { klWeight } from '../train/vaeLoss';
import { klDivergence, reparameterize } from '../models/vaeMath';
import { FitData, FitOptions } from './fit';
import { GridNote, HOLD, MelodyDataset, REST, tokensFromScores, tokensToNotes } from '../../datasets/melodies';
import { show, showHtml } from '../engine/display';
import { AudioClip, audioHtml, melodyClip, pianoRoll, PianoRollPanel, SynthOptions } from '../plot';
import { localize, t as message } from '../util/i18n'; // `t` names tokens in this file

type EncoderDecoder = { encoder: tf.LayersModel; decoder: tf.LayersModel };

/**
 * The melody VAE's loss, per melody: cross-entropy of the decoded scores against the one-hot
 * targets, summed over the 32 steps, plus `beta` times the KL divergence; both averaged over
 * the batch. Reported as the terms `reconstruction` and `kl`. With `klWarmupEpochs` the KL weight
 * climbs to `beta` over the first epochs of training, as in `vaeLoss` (lib/train/vaeLoss.ts).
 */
export function melodyVaeLossFn(vae: EncoderDecoder, beta = 1, klWarmupEpochs = 0): LossFn {
  if (!(beta >= 0)) throw new Error(message('melodies.beta', { got: beta }));
  checkKlWarmup('melodyVaeLossFn', klWarmupEpochs);
  return ({ inputs, targets }, mode, step) => {
    const training = mode === 'train';
    const [zMean, zLogVar] = vae.encoder.apply(inputs, { training }) as tf.Tensor2D[];
    const z = reparameterize(zMean, zLogVar, step.seed);
    const scores = vae.decoder.apply(z, { training }) as tf.Tensor3D;
    const reconstruction = stepCrossEntropy(targets, scores);
    const kl = klDivergence(zMean, zLogVar).mean().mul(beta * (training ? klWeight(step, klWarmupEpochs) : 1)) as tf.Scalar;
    return { reconstruction, kl };
  };
}

/** Check a KL warm-up's number of epochs; `fn` names the loss in the error. */
export function checkKlWarmup(fn: string, epochs: number): void {
  if (!(Number.isFinite(epochs) && epochs >= 0)) throw new Error(message('melodies.klWarmup', { fn, got: String(epochs) }));
}

/** Cross-entropy of every step's scores against its one-hot class, summed over the steps, averaged over the melodies. */
export function stepCrossEntropy(targets: tf.Tensor, scores: tf.Tensor): tf.Scalar {
  const perStep = tf.losses.softmaxCrossEntropy(targets, scores, undefined, undefined, tf.Reduction.NONE);
  return perStep.sum(-1).mean() as tf.Scalar;
}

/** Melody windows as fit data: each one-hot window is both the input and the target. */
export function melodyFitData(data: MelodyDataset): FitData {
  return { train: { inputs: data.train.oneHot }, heldOut: { inputs: data.heldOut.oneHot }, id: data.name };
}

/**
 * The melody VAE of notebook 06: 256 hidden units, 64-number codes, a KL weight of 1/4 reached
 * by a warm-up over the first half of the epochs, batches of 128, Adam at 0.003 with the cosine
 * schedule, 12 epochs (8 on the plain wasm backend, to stay within the 2-minute cap; the best
 * epoch is kept). Notebook 06 gives it training windows with copies moved by 1 to 6 semitones
 * up and down; held-out windows are never moved.
 *
 * Measured on this course's by-song split with seed 42 on the native kernels, changing one
 * thing at a time from the former recipe (32-number codes, no warm-up, copies moved by up to 3
 * semitones: 70.5% held-out token accuracy, 85.6% on training windows; it learned the training
 * windows rather than melodies):
 * - codes of 16 numbers: 61.8%; 64: 75.2% (74.7% and 75.3% with seeds 1 and 2); 128: 73.1%;
 * - KL weight 1/10: 71.2%; free bits (0.1 nats per code number): 70.9%; warm-up: 71.1%;
 *   input dropout 0.1: 70.9%; 512 hidden units: 72.1%; 36 epochs: 69.8%;
 * - no transposed copies: 57.3%; copies moved by up to 6 semitones: 71.7%;
 * - 2,197 more windows from Debian's mma package: 73.6% (not used: it would add a package).
 * Codes of 64 numbers let the others pay: with them, KL weight 1/10 gave 79.5%, free bits 76.9%,
 * a warm-up over the first 30% of the steps 79.1%, over the first half 79.9% (80.2%, 80.0%
 * with seeds 1 and 2). Adding copies moved by up to 6 semitones gives this recipe: 84.3%
 * (84.2%, 84.1% with seeds 1 and 2), against 80.7% without the warm-up. A KL weight of 1/10
 * would reconstruct about as well but leave the codes further from N(0, 1), and the notebook
 * walks through them.
 *
 * These settings were chosen by the held-out accuracy. So that the choice does not merely suit
 * the six held-out songs, the former and this recipe were also compared on two splits of the
 * training songs alone (5 of them set aside each time, held-out songs untouched): 74.3% ->
 * 83.3% and 60.0% -> 70.9%. The held-out set and its songs never changed. `fit` keeps the
 * epoch with the lowest held-out loss, as for every model of the course; here that is epoch
 * 11 of 12, and the last epoch's weights score about the same (84.4%).
 *
 * Those runs ramped the KL weight from 0 at the first batch; the recipe now uses `klWeight` of
 * lib/train/vaeLoss.ts (the weight counts the batch it is in) and, in the full course run of
 * notebook 06 on native kernels with their default threads, reached 84.2% in 43 s.
 */
export function melodyVaeRecipe(data: MelodyDataset): FitOptions<EncoderDecoder> {
  const beta = 0.25;
  const hidden = 256;
  const latentDim = 64;
  const batchSize = 128;
  const epochs = byMode(byKernels(12, 8), 1);
  const klWarmupEpochs = epochs / 2;
  return {
    name: 'melody-vae',
    build: (seed) => {
      const { encoder, decoder } = melodyVae({ latentDim, hidden, seed });
      return { encoder, decoder };
    },
    loss: (m) => melodyVaeLossFn(m, beta, klWarmupEpochs),
    settings: { beta, latentDim, hidden, klWarmupEpochs },
    data: melodyFitData(data),
    epochs,
    batchSize,
    learningRate: 0.003,
    learningRateSchedule: 'cosine',
    maxSeconds: byMode(115, 30),
  };
}

/**
 * Reconstruct melodies through the codes' means (no sampling): one-hot [N,32,39] in, tokens
 * out. A recurrent decoder (`melodyGruVae`) writes them one step at a time, reading its own
 * choices, never the true tokens (see `decodeMelodies`).
 */
export function reconstructMelodies(vae: EncoderDecoder, oneHot: tf.Tensor3D): number[][] {
  const codes = encodeMelodies(vae.encoder, oneHot);
  try {
    return decodeMelodies(vae.decoder, codes);
  } finally {
    codes.dispose();
  }
}

/**
 * Decode codes [N, latentDim] into token windows: the most likely class at every step. A
 * recurrent decoder writes step after step, each choice becoming the input of the next step.
 */
export function decodeMelodies(decoder: tf.LayersModel, codes: tf.Tensor2D): number[][] {
  if (isRecurrentDecoder(decoder)) return writeMelodies(decoder, codes);
  const scores = tf.tidy(() => decoder.predict(codes, { batchSize: 256 }) as tf.Tensor3D);
  const tokens = tokensFromScores(scores);
  scores.dispose();
  return tokens;
}

/** Encode token windows (one-hot) into the means of their codes, [N, latentDim]. */
export function encodeMelodies(encoder: tf.LayersModel, oneHot: tf.Tensor3D): tf.Tensor2D {
  return tf.tidy(() => (encoder.predict(oneHot, { batchSize: 256 }) as tf.Tensor[])[0] as tf.Tensor2D);
}

/** Share of steps where `predicted` has the class of `expected` (same number and length of windows). */
export function tokenAccuracy(predicted: readonly number[][], expected: readonly number[][]): number {
  if (predicted.length !== expected.length) throw new Error(message('melodies.windows', { predicted: predicted.length, expected: expected.length }));
  let right = 0;
  let total = 0;
  expected.forEach((window, i) => {
    if (predicted[i].length !== window.length) throw new Error(message('melodies.steps', { index: i, steps: predicted[i].length, expected: window.length }));
    window.forEach((token, s) => {
      right += Number(predicted[i][s] === token);
      total++;
    });
  });
  return total === 0 ? NaN : right / total;
}

/**
 * What a model must beat: the held-out accuracy of always answering "rest", and of always
 * answering the class most frequent in the training windows (found on training data only).
 */
export function melodyBaselines(data: MelodyDataset): { allRest: number; mostFrequent: number; mostFrequentClass: number } {
  const counts = new Map<number, number>();
  for (const window of data.train.tokens) for (const t of window) counts.set(t, (counts.get(t) ?? 0) + 1);
  const mostFrequentClass = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const constant = (token: number) => tokenAccuracy(data.heldOut.tokens.map((w) => w.map(() => token)), data.heldOut.tokens);
  return { allRest: constant(REST), mostFrequent: constant(mostFrequentClass), mostFrequentClass };
}

/** A readable name of a class: 'rest', 'hold' or the pitch number. */
export function className(token: number): string {
  return token === REST ? 'rest' : token === HOLD ? 'hold' : `pitch ${token}`;
}

/** Notes of token windows played one after the other (each window takes its own length). */
function concatenatedNotes(windows: readonly (readonly number[])[]): { notes: GridNote[]; steps: number } {
  const notes: GridNote[] = [];
  let offset = 0;
  for (const tokens of windows) {
    for (const note of tokensToNotes(tokens)) notes.push({ ...note, start: note.start + offset });
    offset += tokens.length;
  }
  return { notes, steps: offset };
}

/** A playable clip of one or more token windows in a row (silence where they rest). */
export function tokensClip(label: string, windows: readonly (readonly number[])[], options: SynthOptions = {}): AudioClip {
  const { notes, steps } = concatenatedNotes(windows);
  return melodyClip(label, notes, { ...options, totalSteps: steps });
}

/**
 * Show melodies the way notebook 06 does: a piano-roll strip, then a player for each melody
 * and (with `together`) one player for all of them in a row.
 */
export function showMelodies(
  panels: readonly PianoRollPanel[],
  givenOptions: { title?: string; together?: string; each?: boolean } = {},
): void {
  // Titles and labels are shown in the course's language; the file name stays the English title's.
  const name = givenOptions.title?.replace(/\W+/g, '-').toLowerCase();
  const options = { ...givenOptions, title: givenOptions.title && localize(givenOptions.title), together: givenOptions.together && localize(givenOptions.together) };
  panels = panels.map((panel) => ({ ...panel, label: localize(panel.label) }));
  show(pianoRoll(panels, { title: options.title, name }));
  const clips: AudioClip[] = [];
  if (options.each ?? true) clips.push(...panels.map((p) => tokensClip(p.label, [p.tokens])));
  if (options.together) clips.push(tokensClip(options.together, panels.map((p) => p.tokens)));
  if (clips.length) showHtml(audioHtml(clips), `audio: ${clips.map((c) => `${c.name} (${c.seconds.toFixed(1)} s)`).join(', ')}`);
}
