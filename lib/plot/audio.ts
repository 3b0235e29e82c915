/**
 * Sound without a dependency: a small synthesiser that plays notes, a WAV writer, and the HTML
 * that puts a player into a notebook.
 *
 * Each note is a sine wave plus two quieter harmonics (a softer, organ-like tone than a bare
 * sine) shaped by an ADSR envelope: a quick attack and decay, a sustain level, and a short
 * release so that notes do not click. Samples are 16-bit PCM, mono: an 11 kHz clip of 8 bars
 * at 120 beats per minute is about 350 KB (470 KB as base64 inside a notebook).
 */
import { t as message } from '../util/i18n'; // `t` is the time in seconds here

/** Default samples per second. */
export const DEFAULT_SAMPLE_RATE = 11025;

/** A note to play: MIDI pitch (60 = middle C), start and length in 16th-note steps. */
export interface PlayedNote {
  pitch: number;
  start: number;
  steps: number;
}

export interface SynthOptions {
  /** Samples per second (default 11025: enough for melodies up to C6 with their harmonics, small in a notebook). */
  sampleRate?: number;
  /** Quarter notes per minute (default 120, so a 16th step lasts 0.125 s). */
  bpm?: number;
  /** Total length in steps (default: up to the end of the last note). */
  totalSteps?: number;
  /** Peak level of one note, 0-1 (default 0.3). */
  volume?: number;
}

/** The frequency of a MIDI pitch in Hz (A4 = 69 = 440 Hz, 12 equal steps per octave). */
export function pitchFrequency(pitch: number): number {
  return 440 * Math.pow(2, (pitch - 69) / 12);
}

/** Relative strengths of the fundamental and its 2nd and 3rd harmonics. */
const HARMONICS = [1, 0.35, 0.15];
/** Envelope: attack and decay times in seconds, sustain level, release time. */
const ATTACK = 0.01;
const DECAY = 0.08;
const SUSTAIN = 0.6;
const RELEASE = 0.05;

/** The envelope's level at `t` seconds into a note that is held for `held` seconds. */
function envelope(t: number, held: number): number {
  const level = (u: number) => (u < ATTACK ? u / ATTACK : u < ATTACK + DECAY ? 1 - ((1 - SUSTAIN) * (u - ATTACK)) / DECAY : SUSTAIN);
  if (t < held) return level(t);
  return Math.max(0, level(held) * (1 - (t - held) / RELEASE));
}

/** Render notes to samples in [-1, 1]. Overlapping notes add up (and are clipped at ±1). */
export function synthesize(notes: readonly PlayedNote[], options: SynthOptions = {}): Float32Array {
  const sampleRate = options.sampleRate ?? DEFAULT_SAMPLE_RATE;
  const bpm = options.bpm ?? 120;
  const volume = options.volume ?? 0.3;
  if (!(sampleRate >= 1000 && sampleRate <= 192000)) throw new Error(message('audio.sampleRateRange', { got: sampleRate }));
  if (!(bpm > 0)) throw new Error(message('audio.bpm', { got: bpm }));
  const stepSeconds = 60 / bpm / 4;
  for (const [i, n] of notes.entries()) {
    if (!Number.isFinite(n.pitch) || !(n.start >= 0) || !(n.steps > 0)) {
      throw new Error(message('audio.note', { index: i, got: JSON.stringify(n) }));
    }
  }
  const lastStep = notes.reduce((end, n) => Math.max(end, n.start + n.steps), 0);
  const totalSteps = options.totalSteps ?? lastStep;
  const samples = new Float32Array(Math.ceil(totalSteps * stepSeconds * sampleRate));
  const norm = HARMONICS.reduce((a, b) => a + b, 0);
  for (const note of notes) {
    const frequency = pitchFrequency(note.pitch);
    const held = note.steps * stepSeconds;
    const first = Math.round(note.start * stepSeconds * sampleRate);
    const count = Math.min(samples.length - first, Math.ceil((held + RELEASE) * sampleRate));
    for (let k = 0; k < count; k++) {
      const t = k / sampleRate;
      let wave = 0;
      HARMONICS.forEach((strength, h) => (wave += strength * Math.sin(2 * Math.PI * frequency * (h + 1) * t)));
      samples[first + k] += (volume * envelope(t, held) * wave) / norm;
    }
  }
  for (let i = 0; i < samples.length; i++) samples[i] = Math.max(-1, Math.min(1, samples[i]));
  return samples;
}

/**
 * A WAV file (RIFF, PCM, 16-bit, mono) of samples in [-1, 1]: a 44-byte header, then the
 * samples as little-endian integers.
 */
export function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  if (!Number.isInteger(sampleRate) || sampleRate < 1) throw new Error(message('audio.sampleRateWhole', { got: sampleRate }));
  const dataBytes = samples.length * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4); // size of everything after this field
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // size of the format block
  wav.writeUInt16LE(1, 20); // 1 = integer PCM
  wav.writeUInt16LE(1, 22); // channels
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per sample frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]));
    if (Number.isNaN(v)) throw new Error(message('audio.sampleNaN', { index: i }));
    wav.writeInt16LE(Math.round(v * 32767), 44 + 2 * i);
  }
  return wav;
}

/** A clip ready for a notebook: WAV bytes, a caption, and its length in seconds. */
export interface AudioClip {
  name: string;
  wav: Buffer;
  seconds: number;
}

/** Synthesize notes into a clip. */
export function melodyClip(name: string, notes: readonly PlayedNote[], options: SynthOptions = {}): AudioClip {
  const sampleRate = options.sampleRate ?? DEFAULT_SAMPLE_RATE;
  const samples = synthesize(notes, { ...options, sampleRate });
  if (samples.length === 0) throw new Error(message('audio.empty', { name }));
  return { name, wav: encodeWav(samples, sampleRate), seconds: samples.length / sampleRate };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * HTML players for clips: a caption and `<audio controls src="data:audio/wav;base64,...">`
 * each. The sound travels inside the page, so it plays in the notebook, in its HTML export,
 * and offline.
 */
export function audioHtml(clips: readonly AudioClip[]): string {
  const players = clips.map(
    (clip) =>
      `<div style="display:inline-block;margin:4px 12px 4px 0;vertical-align:top">` +
      `<div style="font:12px sans-serif">${escapeHtml(clip.name)} (${clip.seconds.toFixed(1)} s)</div>` +
      `<audio controls src="data:audio/wav;base64,${clip.wav.toString('base64')}"></audio></div>`,
  );
  return `<div>${players.join('')}</div>`;
}
