/**
 * From songs to training examples: 2-bar windows of one track's top line, de-duplicated, and
 * split into training and held-out sets BY SONG.
 *
 * Why by song: windows step by one bar, so neighbouring windows share a bar, and songs repeat
 * their phrases. Split window by window, the held-out set would hold copies of half-seen
 * training material and the held-out accuracy would flatter the model.
 */
import { seededRandom, shuffleInPlace } from '../../lib/util/random';
import { GridNote, notesToTokens, REST, STEPS_PER_BAR } from './grid';
import { t as message } from '../../lib/util/i18n'; // `t` names tokens in this folder

/** A song: a name, where it came from, and each (non-drum) track's notes on the grid. */
export interface Song {
  name: string;
  source: string;
  tracks: GridNote[][];
}

export interface WindowOptions {
  /** Bars per window (default 2). */
  bars?: number;
  /** Bars between the starts of neighbouring windows (default 1). */
  hopBars?: number;
  /** A window needs at least this many notes to be kept (default 4). */
  minNotes?: number;
  /** ... and at most this share of rest steps (default 0.5). */
  maxRestShare?: number;
}

/** Token windows of every track of a song that pass the filters (not yet de-duplicated). */
export function songWindows(song: Song, options: WindowOptions = {}): number[][] {
  const bars = options.bars ?? 2;
  const hop = options.hopBars ?? 1;
  const minNotes = options.minNotes ?? 4;
  const maxRestShare = options.maxRestShare ?? 0.5;
  const length = bars * STEPS_PER_BAR;
  const windows: number[][] = [];
  for (const notes of song.tracks) {
    if (notes.length === 0) continue;
    const end = Math.max(...notes.map((n) => n.start + n.steps));
    const tokens = notesToTokens(notes, end);
    for (let start = 0; start + length <= tokens.length; start += hop * STEPS_PER_BAR) {
      const window = tokens.slice(start, start + length);
      // A window that starts in the middle of a note begins with a HOLD; start that note here.
      if (window[0] === 1) window[0] = pitchAtOrBefore(tokens, start);
      const notesIn = window.filter((t) => t >= 2).length;
      const rests = window.filter((t) => t === REST).length;
      if (notesIn >= minNotes && rests / length <= maxRestShare) windows.push(window);
    }
  }
  return windows;
}

/** The pitch class of the note sounding at `step` (the last pitch token at or before it). */
function pitchAtOrBefore(tokens: number[], step: number): number {
  for (let s = step; s >= 0; s--) if (tokens[s] >= 2) return tokens[s];
  return REST;
}

/** Training and held-out windows, and which songs went where. */
export interface MelodySplit {
  train: number[][];
  heldOut: number[][];
  trainSongs: string[];
  heldOutSongs: string[];
  /** Windows before de-duplication, and the unique ones kept (train + held-out). */
  windowsFound: number;
  windowsKept: number;
}

/**
 * Split songs into training and held-out sets (a seeded shuffle of the songs, so the same
 * every run), cut them into windows, and de-duplicate: every window is kept once, and a
 * held-out window that also occurs in a training song is dropped, so the held-out set holds
 * only material the model never saw.
 */
export function splitBySong(songs: Song[], heldOutShare = 0.2, seed = 17, options: WindowOptions = {}): MelodySplit {
  if (songs.length < 2) throw new Error(message('melody.songs', { got: songs.length }));
  if (!(heldOutShare > 0 && heldOutShare < 1)) throw new Error(message('melody.share', { got: heldOutShare }));
  const order = songs.map((_, i) => i);
  shuffleInPlace(order, seededRandom(seed));
  const heldOutCount = Math.min(songs.length - 1, Math.max(1, Math.round(songs.length * heldOutShare)));
  const heldOutSet = new Set(order.slice(0, heldOutCount));
  const seen = new Set<string>();
  const split: MelodySplit = { train: [], heldOut: [], trainSongs: [], heldOutSongs: [], windowsFound: 0, windowsKept: 0 };
  // Training songs first, so that a window shared with a held-out song stays in training.
  const ordered = [...songs.keys()].sort((a, b) => Number(heldOutSet.has(a)) - Number(heldOutSet.has(b)));
  for (const i of ordered) {
    const isHeldOut = heldOutSet.has(i);
    (isHeldOut ? split.heldOutSongs : split.trainSongs).push(songs[i].name);
    for (const window of songWindows(songs[i], options)) {
      split.windowsFound++;
      const key = window.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      (isHeldOut ? split.heldOut : split.train).push(window);
    }
  }
  split.windowsKept = split.train.length + split.heldOut.length;
  return split;
}
