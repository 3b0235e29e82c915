/**
 * A few short public-domain tunes, typed in by hand as notes: the two-bar openings a learner
 * recognises, to interpolate between. Written as "pitch:steps" on the 16th-note grid (4 steps
 * are a quarter note), "r:steps" for a rest.
 */
import { GridNote, notesToTokens, STEPS_PER_BAR } from './grid';
import { t as message } from '../../lib/util/i18n'; // `t` names tokens in this folder

/** Opening two bars of each tune, in C (4/4). */
export const TUNES = {
  /** Beethoven, Symphony No. 9 (1824), "Ode to Joy". */
  'ode-to-joy': 'E4:4 E4:4 F4:4 G4:4 G4:4 F4:4 E4:4 D4:4',
  /** French folk melody (18th century), "Twinkle, Twinkle, Little Star". */
  twinkle: 'C4:4 C4:4 G4:4 G4:4 A4:4 A4:4 G4:8',
  /** French round (18th century), "Frère Jacques". */
  'frere-jacques': 'C4:4 D4:4 E4:4 C4:4 C4:4 D4:4 E4:4 C4:4',
  /** French folk song (18th century), "Au clair de la lune". */
  'au-clair-de-la-lune': 'C4:4 C4:4 C4:4 D4:4 E4:8 D4:8',
  /** American song (1830), "Mary Had a Little Lamb". */
  'mary-had-a-little-lamb': 'E4:6 D4:2 C4:4 D4:4 E4:4 E4:4 E4:8',
  /** American song (18th century), "Yankee Doodle". */
  'yankee-doodle': 'C4:2 C4:2 D4:2 E4:2 C4:2 E4:2 D4:2 G3:2 C4:2 C4:2 D4:2 E4:2 C4:4 B3:4',
} as const;

export type TuneName = keyof typeof TUNES;

const NOTE_NAMES: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** The MIDI pitch of a name such as "C4" (middle C, 60), "F#3" or "Bb4". */
export function midiPitch(name: string): number {
  const match = /^([A-G])([#b]?)(-?\d)$/.exec(name);
  if (!match) throw new Error(message('melody.noteName', { name }));
  const accidental = match[2] === '#' ? 1 : match[2] === 'b' ? -1 : 0;
  return 12 * (Number(match[3]) + 1) + NOTE_NAMES[match[1]] + accidental;
}

/** Notes from the "pitch:steps" notation (see the top of this file). */
export function parseNotes(text: string): GridNote[] {
  const notes: GridNote[] = [];
  let step = 0;
  for (const item of text.trim().split(/\s+/)) {
    const [name, length] = item.split(':');
    const steps = Number(length);
    if (!Number.isInteger(steps) || steps < 1) throw new Error(message('melody.noteLength', { item }));
    if (name !== 'r') notes.push({ pitch: midiPitch(name), start: step, steps });
    step += steps;
  }
  return notes;
}

/** One tune's two bars as tokens (32 steps). */
export function tuneTokens(name: TuneName): number[] {
  const text = TUNES[name];
  if (text === undefined) throw new Error(message('melody.unknownTune', { name: String(name), names: Object.keys(TUNES).join(', ') }));
  return notesToTokens(parseNotes(text), 2 * STEPS_PER_BAR);
}
