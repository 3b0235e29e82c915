/**
 * Melodies for the "beyond images" notebook: MIDI songs installed by Debian, cut into 2-bar
 * windows of tokens on a 16th-note grid (see grid.ts), split by song, plus a few hand-typed
 * tunes to listen to.
 */
import * as tf from '@tensorflow/tfjs';
import { MELODY_CLASSES, STEPS_PER_BAR, transposeTokens } from './grid';
import { OPENMSX_DIR, readMidiFolder } from './midi';
import { MelodySplit, splitBySong } from './windows';
import { t as message } from '../../lib/util/i18n'; // `t` names tokens in this folder

export * from './grid';
export { Song, WindowOptions, MelodySplit, songWindows, splitBySong } from './windows';
export { OPENMSX_DIR, songFromMidi, readMidiFolder } from './midi';
export { TUNES, TuneName, tuneTokens, parseNotes, midiPitch } from './tunes';

/** Steps in one example: two 4/4 bars of 16th notes. */
export const MELODY_STEPS = 2 * STEPS_PER_BAR;

/** One split of melody windows: the tokens and the same as one-hot tensors [N, 32, 39]. */
export interface MelodySet {
  tokens: number[][];
  oneHot: tf.Tensor3D;
}

export interface MelodyDataset {
  /** Names the data (and its size) for the model cache, e.g. 'openmsx-melodies 31 songs'. */
  name: string;
  train: MelodySet;
  heldOut: MelodySet;
  split: MelodySplit;
}

export interface LoadMelodiesOptions {
  /** Folder of .mid files (default: Debian's openttd-openmsx songs). */
  dir?: string;
  /** Use only the first this many songs (by name), e.g. for a quick run. */
  limitSongs?: number;
  /** Share of the songs held out (default 0.2). */
  heldOutShare?: number;
  /** Seed of the song split (default 17). */
  seed?: number;
  /**
   * Add copies of every training window moved by each of these numbers of semitones (e.g.
   * [-3, -2, -1, 1, 2, 3]); held-out windows are never transposed. Default: none.
   */
  transpose?: number[];
}

/** Load the MIDI songs, window, de-duplicate and split them by song; the caller disposes the tensors. */
export function loadMelodies(options: LoadMelodiesOptions = {}): MelodyDataset {
  let songs = readMidiFolder(options.dir ?? OPENMSX_DIR);
  if (options.limitSongs !== undefined) {
    if (!Number.isInteger(options.limitSongs) || options.limitSongs < 2) {
      throw new Error(message('melody.limitSongs', { got: options.limitSongs }));
    }
    songs = songs.slice(0, options.limitSongs);
  }
  const split = splitBySong(songs, options.heldOutShare ?? 0.2, options.seed ?? 17);
  const train = withTranspositions(split.train, options.transpose ?? []);
  const moved = options.transpose?.length ? ` transposed ${options.transpose.join(',')}` : '';
  return {
    name: `melodies ${songs.length} songs ${train.length}/${split.heldOut.length}${moved}`,
    train: { tokens: train, oneHot: tokensToOneHot(train) },
    heldOut: { tokens: split.heldOut, oneHot: tokensToOneHot(split.heldOut) },
    split,
  };
}

/** The windows plus their transposed copies (those that stay in range), without duplicates. */
export function withTranspositions(windows: readonly number[][], semitones: readonly number[]): number[][] {
  const seen = new Set(windows.map((w) => w.join(',')));
  const result = windows.map((w) => [...w]);
  for (const shift of semitones) {
    for (const window of windows) {
      const moved = transposeTokens(window, shift);
      if (moved === undefined || seen.has(moved.join(','))) continue;
      seen.add(moved.join(','));
      result.push(moved);
    }
  }
  return result;
}

/** Token windows (all of one length) as one-hot vectors: [N, steps, 39]. */
export function tokensToOneHot(windows: readonly number[][]): tf.Tensor3D {
  if (windows.length === 0) throw new Error(message('melody.noWindows'));
  const steps = windows[0].length;
  for (const [i, w] of windows.entries()) {
    if (w.length !== steps) throw new Error(message('melody.windowSteps', { index: i, steps: w.length, first: steps }));
    for (const t of w) {
      if (!Number.isInteger(t) || t < 0 || t >= MELODY_CLASSES) {
        throw new Error(message('melody.windowToken', { index: i, token: t, last: MELODY_CLASSES - 1 }));
      }
    }
  }
  return tf.tidy(() => tf.oneHot(tf.tensor1d(windows.flat(), 'int32'), MELODY_CLASSES).toFloat().reshape([windows.length, steps, MELODY_CLASSES]));
}

/** The most likely class at every step: [N, steps, classes] scores -> token windows. */
export function tokensFromScores(scores: tf.Tensor): number[][] {
  if (scores.rank !== 3) throw new Error(message('melody.scores', { shape: String(scores.shape) }));
  const [n, steps] = scores.shape;
  const flat = tf.tidy(() => scores.argMax(-1).dataSync());
  return Array.from({ length: n }, (_, i) => Array.from(flat.subarray(i * steps, (i + 1) * steps)));
}
