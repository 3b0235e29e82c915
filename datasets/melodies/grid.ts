/**
 * A melody as a sequence of tokens on a 16th-note grid, the representation the melody models
 * learn. Every step of the grid holds one class:
 *
 * - REST (0): nothing sounds;
 * - HOLD (1): the note of the step before goes on sounding;
 * - a pitch (2 ...): a new note starts, MIDI pitch LOWEST_PITCH + (class - 2).
 *
 * One line only (monophonic): where several notes sound at once, the highest one is kept, as
 * a listener mostly hears the top line as the tune.
 */
import { t as message } from '../../lib/util/i18n'; // `t` names tokens in this file

/** Class of a step where nothing sounds. */
export const REST = 0;
/** Class of a step that continues the note before it. */
export const HOLD = 1;
/** Lowest and highest MIDI pitch with a class of their own (C3 to C6: three octaves). */
export const LOWEST_PITCH = 48;
export const HIGHEST_PITCH = 84;
/** Number of classes: rest, hold and one per pitch (39). */
export const MELODY_CLASSES = 2 + HIGHEST_PITCH - LOWEST_PITCH + 1;
/** Grid steps per quarter note (16th notes) and per 4/4 bar. */
export const STEPS_PER_BEAT = 4;
export const STEPS_PER_BAR = 16;

/** A note on the grid: MIDI pitch, first step and length in steps. */
export interface GridNote {
  pitch: number;
  start: number;
  steps: number;
}

/** The class of a pitch; pitches outside the range are moved by octaves into it. */
export function pitchClassOf(pitch: number): number {
  if (!Number.isFinite(pitch)) throw new Error(message('melody.pitch', { got: pitch }));
  let p = Math.round(pitch);
  while (p < LOWEST_PITCH) p += 12;
  while (p > HIGHEST_PITCH) p -= 12;
  return 2 + p - LOWEST_PITCH;
}

/** The MIDI pitch of a pitch class (2 ...). */
export function pitchOfClass(token: number): number {
  if (!Number.isInteger(token) || token < 2 || token >= MELODY_CLASSES) {
    throw new Error(message('melody.pitchClass', { token, last: MELODY_CLASSES - 1 }));
  }
  return LOWEST_PITCH + token - 2;
}

/**
 * Put notes on a grid of `length` steps. At every step the highest note sounding there wins;
 * the step is a new pitch where that note starts (or where the winning note changes), HOLD
 * while it goes on, REST where nothing sounds. Notes may overlap and come in any order.
 */
export function notesToTokens(notes: readonly GridNote[], length: number): number[] {
  if (!Number.isInteger(length) || length < 1) throw new Error(message('melody.length', { got: length }));
  const top: Array<{ pitch: number; start: number } | undefined> = new Array(length).fill(undefined);
  for (const note of notes) {
    if (!Number.isInteger(note.start) || !Number.isInteger(note.steps) || note.steps < 1) {
      throw new Error(message('melody.gridNote', { start: note.start, steps: note.steps }));
    }
    const pitch = pitchClassOf(note.pitch);
    for (let s = Math.max(0, note.start); s < Math.min(length, note.start + note.steps); s++) {
      const current = top[s];
      if (current === undefined || pitch > current.pitch) top[s] = { pitch, start: note.start };
    }
  }
  return top.map((step, s) => {
    if (step === undefined) return REST;
    const before = s > 0 ? top[s - 1] : undefined;
    const continues = before !== undefined && before.pitch === step.pitch && before.start === step.start && step.start !== s;
    return continues ? HOLD : step.pitch;
  });
}

/**
 * The notes a token sequence stands for. A HOLD with no note before it (at the start, or
 * after a rest) is read as a rest, so any sequence a model writes can be played.
 */
export function tokensToNotes(tokens: readonly number[]): GridNote[] {
  const notes: GridNote[] = [];
  let open: GridNote | undefined;
  tokens.forEach((token, step) => {
    checkToken(token, step);
    if (token === HOLD && open) {
      open.steps++;
      return;
    }
    open = undefined;
    if (token >= 2) {
      open = { pitch: pitchOfClass(token), start: step, steps: 1 };
      notes.push(open);
    }
  });
  return notes;
}

/** The same sequence with every HOLD that follows nothing turned into a REST. */
export function normalizeTokens(tokens: readonly number[]): number[] {
  return notesToTokens(tokensToNotes(tokens), tokens.length);
}

function checkToken(token: number, step: number): void {
  if (!Number.isInteger(token) || token < 0 || token >= MELODY_CLASSES) {
    throw new Error(message('melody.token', { step, token, last: MELODY_CLASSES - 1 }));
  }
}

/** A short readable text of a token sequence, e.g. "C4 - - - E4 - . ." (hold '-', rest '.'). */
export function tokensToText(tokens: readonly number[]): string {
  const names = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
  return tokens
    .map((t) => (t === REST ? '.' : t === HOLD ? '-' : `${names[pitchOfClass(t) % 12]}${Math.floor(pitchOfClass(t) / 12) - 1}`))
    .join(' ');
}

/**
 * The same melody moved up (or down, for negative values) by `semitones`, or undefined when a
 * note would leave the pitch range. A tune keeps its identity when transposed, so transposed
 * copies are more training data of the same kind.
 */
export function transposeTokens(tokens: readonly number[], semitones: number): number[] | undefined {
  if (!Number.isInteger(semitones)) throw new Error(message('melody.semitones', { got: semitones }));
  const moved = tokens.map((t) => (t >= 2 ? t + semitones : t));
  return moved.every((t) => t < 2 || (t >= 2 && t < MELODY_CLASSES)) && moved.every((t, i) => tokens[i] < 2 || t >= 2) ? moved : undefined;
}
