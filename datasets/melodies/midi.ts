/**
 * Songs from Standard MIDI files: every track that is not drums becomes one line of notes on
 * the 16th-note grid. The files are read where Debian installs them; none is copied into the
 * course.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Midi } from '@tonejs/midi';
import { GridNote, STEPS_PER_BEAT } from './grid';
import { Song } from './windows';
import { t as message } from '../../lib/util/i18n'; // `t` names tokens in this folder

/** Where Debian's openttd-openmsx package puts its 31 MIDI songs (GPL-2). */
export const OPENMSX_DIR = '/usr/share/games/openttd/baseset/openmsx';

/** A song from the bytes of a MIDI file. Note times are rounded to the nearest 16th step. */
export function songFromMidi(bytes: Uint8Array, name: string, source = name): Song {
  let midi: Midi;
  try {
    midi = new Midi(bytes);
  } catch (error) {
    throw new Error(message('melody.midi', { source, message: (error as Error).message }));
  }
  const ticksPerStep = midi.header.ppq / STEPS_PER_BEAT;
  const tracks: GridNote[][] = midi.tracks
    .filter((track) => !track.instrument.percussion && track.channel !== 9 && track.notes.length > 0)
    .map((track) =>
      track.notes.map((note) => ({
        pitch: note.midi,
        start: Math.round(note.ticks / ticksPerStep),
        steps: Math.max(1, Math.round(note.durationTicks / ticksPerStep)),
      })),
    );
  return { name, source, tracks };
}

/**
 * Every `.mid` file in a folder as a song, in name order. A missing folder is an error that
 * says which Debian package provides it.
 */
export function readMidiFolder(dir = OPENMSX_DIR, packageName = 'openttd-openmsx'): Song[] {
  if (!fs.existsSync(dir)) {
    throw new Error(message('melody.noFolder', { dir, pkg: packageName }));
  }
  const files = fs.readdirSync(dir).filter((f) => /\.midi?$/i.test(f)).sort();
  if (files.length === 0) throw new Error(message('melody.noFiles', { dir }));
  return files.map((file) => songFromMidi(fs.readFileSync(path.join(dir, file)), file.replace(/\.midi?$/i, ''), path.join(dir, file)));
}
