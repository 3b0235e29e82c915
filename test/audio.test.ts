/**
 * The synthesiser, the WAV writer and the audio players (lib/plot/audio.ts), and the piano roll.
 */
import { expect } from 'chai';
import { audioHtml, encodeWav, melodyClip, pianoRoll, pitchFrequency, synthesize } from '../lib/plot';
import { tuneTokens } from '../datasets/melodies';

/** Strength of one frequency in a signal (the Goertzel algorithm: one bin of a Fourier transform). */
function strengthAt(samples: Float32Array, sampleRate: number, frequency: number): number {
  const w = (2 * Math.PI * frequency) / sampleRate;
  let s1 = 0;
  let s2 = 0;
  for (const x of samples) {
    const s = x + 2 * Math.cos(w) * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return Math.sqrt(s1 * s1 + s2 * s2 - 2 * Math.cos(w) * s1 * s2);
}

/** The strongest frequency between `from` and `to` Hz, in 1 Hz steps. */
function dominantFrequency(samples: Float32Array, sampleRate: number, from: number, to: number): number {
  let best = from;
  for (let f = from; f <= to; f++) if (strengthAt(samples, sampleRate, f) > strengthAt(samples, sampleRate, best)) best = f;
  return best;
}

describe('synthesiser and WAV writer', () => {
  it('writes a 44-byte PCM header with the right fields', () => {
    const samples = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 10));
    const wav = encodeWav(samples, 16000);
    expect(wav.length).to.equal(44 + 2 * 1000);
    expect(wav.toString('ascii', 0, 4)).to.equal('RIFF');
    expect(wav.readUInt32LE(4)).to.equal(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).to.equal('WAVEfmt ');
    expect(wav.readUInt32LE(16)).to.equal(16);
    expect(wav.readUInt16LE(20)).to.equal(1); // PCM
    expect(wav.readUInt16LE(22)).to.equal(1); // mono
    expect(wav.readUInt32LE(24)).to.equal(16000);
    expect(wav.readUInt32LE(28)).to.equal(32000);
    expect(wav.readUInt16LE(32)).to.equal(2);
    expect(wav.readUInt16LE(34)).to.equal(16);
    expect(wav.toString('ascii', 36, 40)).to.equal('data');
    expect(wav.readUInt32LE(40)).to.equal(2000);
    expect(wav.readInt16LE(44 + 2 * 15)).to.equal(Math.round(Math.sin(1.5) * 32767));
  });

  it('clips samples to [-1, 1] and rejects NaN', () => {
    const wav = encodeWav(Float32Array.of(2, -3), 8000);
    expect([wav.readInt16LE(44), wav.readInt16LE(46)]).to.deep.equal([32767, -32767]);
    expect(() => encodeWav(Float32Array.of(0, NaN), 8000)).to.throw(/sample 1 is NaN/);
  });

  it('plays a note at its pitch (A4 = 440 Hz, C5 = 523 Hz), found by a Fourier scan', () => {
    for (const [pitch, hz] of [[69, 440], [72, 523]]) {
      const samples = synthesize([{ pitch, start: 0, steps: 8 }], { sampleRate: 16000, bpm: 120 });
      const sustain = samples.subarray(2000, 14000); // after the attack, before the release
      expect(dominantFrequency(sustain, 16000, 200, 1500)).to.be.within(hz - 2, hz + 2);
    }
    expect(pitchFrequency(69)).to.equal(440);
  });

  it('lasts as long as its steps at the given tempo', () => {
    // 32 steps of a 16th note at 120 bpm: 4 seconds.
    expect(synthesize([{ pitch: 60, start: 0, steps: 4 }], { sampleRate: 8000, bpm: 120, totalSteps: 32 }).length).to.equal(32000);
    expect(synthesize([{ pitch: 60, start: 2, steps: 2 }], { sampleRate: 8000, bpm: 60 }).length).to.equal(8000);
  });

  it('is silent where no note sounds', () => {
    const samples = synthesize([{ pitch: 60, start: 4, steps: 2 }], { sampleRate: 8000, bpm: 120, totalSteps: 8 });
    expect(Math.max(...samples.subarray(0, 4000).map(Math.abs))).to.equal(0);
    expect(Math.max(...samples.subarray(4000, 4400).map(Math.abs))).to.be.above(0.05);
  });

  it('rejects a note without a pitch, with a clear error', () => {
    expect(() => synthesize([{ pitch: NaN, start: 0, steps: 1 }])).to.throw(/note 0 needs a pitch/);
    expect(() => melodyClip('nothing', [])).to.throw(/nothing to play/);
  });

  it('embeds each clip as <audio controls src="data:audio/wav;base64,...">', () => {
    const clip = melodyClip('a <tune>', [{ pitch: 64, start: 0, steps: 4 }]);
    const html = audioHtml([clip, clip]);
    const sources = [...html.matchAll(/<audio controls src="data:audio\/wav;base64,([A-Za-z0-9+/=]+)"><\/audio>/g)];
    expect(sources).to.have.length(2);
    expect(Buffer.from(sources[0][1], 'base64').equals(clip.wav)).to.equal(true);
    expect(html).to.include('a &lt;tune&gt;');
    expect(clip.seconds).to.be.above(0);
  });
});

describe('piano roll', () => {
  it('draws a strip of melodies as one PNG, wider with more panels', () => {
    const one = pianoRoll([{ label: 'ode', tokens: tuneTokens('ode-to-joy') }]);
    const two = pianoRoll([{ label: 'ode', tokens: tuneTokens('ode-to-joy') }, { label: 'rest', tokens: new Array(32).fill(0) }], { title: 'two' });
    expect(one.kind).to.equal('png');
    expect(two.width).to.be.above(one.width);
    expect(() => pianoRoll([])).to.throw(/at least one panel/);
  });
});
