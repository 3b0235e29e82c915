/**
 * Melodies as tokens (datasets/melodies): the grid encoding and its way back, the by-song
 * split without leaks, the hand-typed tunes, and the MIDI songs Debian installs.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as tf from '@tensorflow/tfjs';
import {
  HOLD, MELODY_CLASSES, normalizeTokens, notesToTokens, OPENMSX_DIR, readMidiFolder, REST, Song, songFromMidi, splitBySong,
  tokensToNotes, tokensToOneHot, transposeTokens, TUNES, TuneName, tuneTokens, withTranspositions, midiPitch, LOWEST_PITCH,
} from '../datasets/melodies';
import { seededRandom } from '../lib/util/random';
import { melodyBaselines, tokenAccuracy } from '../lib/lesson';

const random = seededRandom(99);

describe('melodies on a 16th-note grid', () => {
  it('encodes notes as pitch, hold and rest steps', () => {
    const tokens = notesToTokens([{ pitch: 60, start: 0, steps: 3 }, { pitch: 62, start: 4, steps: 1 }], 6);
    const c4 = 2 + 60 - LOWEST_PITCH;
    expect(tokens).to.deep.equal([c4, HOLD, HOLD, REST, c4 + 2, REST]);
  });

  it('keeps the highest of notes that sound together, and restarts a repeated note', () => {
    const tokens = notesToTokens([{ pitch: 60, start: 0, steps: 4 }, { pitch: 67, start: 1, steps: 1 }, { pitch: 60, start: 4, steps: 2 }], 6);
    const c4 = 2 + 60 - LOWEST_PITCH;
    // Step 2: the low C sounds on once the G above it ends, so it is struck again there.
    expect(tokens).to.deep.equal([c4, c4 + 7, c4, HOLD, c4, HOLD]);
  });

  it('moves pitches outside the range by octaves into it', () => {
    const [low] = notesToTokens([{ pitch: 30, start: 0, steps: 1 }], 1);
    const [high] = notesToTokens([{ pitch: 100, start: 0, steps: 1 }], 1);
    expect((low - 2 + LOWEST_PITCH - 30) % 12).to.equal(0);
    expect((100 - (high - 2 + LOWEST_PITCH)) % 12).to.equal(0);
    expect(high).to.be.below(MELODY_CLASSES);
  });

  it('goes from tokens to notes and back unchanged (random sequences, once normalised)', () => {
    for (let trial = 0; trial < 200; trial++) {
      const tokens = Array.from({ length: 32 }, () => (random() < 0.3 ? HOLD : random() < 0.3 ? REST : 2 + Math.floor(random() * 37)));
      const normal = normalizeTokens(tokens);
      expect(notesToTokens(tokensToNotes(normal), 32)).to.deep.equal(normal);
      // Normalising only turns holds that follow nothing into rests.
      normal.forEach((t, i) => expect(t === tokens[i] || (tokens[i] === HOLD && t === REST)).to.equal(true));
    }
  });

  it('rejects tokens outside the classes with a clear error', () => {
    expect(() => tokensToNotes([0, 39])).to.throw(/token at step 1 is 39/);
  });

  it('transposes melodies and refuses to leave the range', () => {
    const tune = tuneTokens('ode-to-joy');
    const up = transposeTokens(tune, 2) as number[];
    tune.forEach((t, i) => expect(up[i]).to.equal(t >= 2 ? t + 2 : t));
    expect(transposeTokens([2, HOLD], -1)).to.equal(undefined);
    expect(withTranspositions([tune], [1, -1]).length).to.equal(3);
  });

  it('spells the hand-typed tunes as two bars each', () => {
    expect(midiPitch('C4')).to.equal(60);
    expect(midiPitch('F#3')).to.equal(54);
    expect(() => midiPitch('H2')).to.throw(/not a note name/);
    for (const name of Object.keys(TUNES) as TuneName[]) {
      const tokens = tuneTokens(name);
      expect(tokens, name).to.have.length(32);
      expect(tokens[0], name).to.be.at.least(2);
      expect(tokensToNotes(tokens).reduce((s, n) => s + n.steps, 0), name).to.equal(32);
    }
  });

  it('one-hot encodes windows as [N, steps, 39] without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const oneHot = tokensToOneHot([tuneTokens('twinkle'), tuneTokens('frere-jacques')]);
    expect(oneHot.shape).to.deep.equal([2, 32, MELODY_CLASSES]);
    expect(tf.tidy(() => oneHot.sum().dataSync()[0])).to.equal(64);
    oneHot.dispose();
    expect(tf.memory().numTensors).to.equal(before);
    expect(() => tokensToOneHot([[0, 1], [0]])).to.throw(/window 1 has 1 steps/);
  });
});

/** A song whose every note has a pitch of its own, so each window tells which song it came from. */
function song(name: string, pitch: number, bars = 6, shared?: number): Song {
  const notes = Array.from({ length: bars * 4 }, (_, i) => ({ pitch: shared !== undefined && i < 8 ? shared + (i % 3) : pitch + (i % 3), start: i * 4, steps: 3 }));
  return { name, source: name, tracks: [notes] };
}

describe('splitting melodies by song', () => {
  const songs = Array.from({ length: 10 }, (_, i) => song(`song-${i}`, 50 + 3 * i));

  it('puts every song on one side only, and every window with its song', () => {
    const split = splitBySong(songs, 0.3, 5);
    expect(split.heldOutSongs).to.have.length(3);
    expect(split.trainSongs.filter((s) => split.heldOutSongs.includes(s))).to.deep.equal([]);
    const songOf = (window: number[]) => `song-${(tokensToNotes(window)[0].pitch - 50 - (tokensToNotes(window)[0].pitch - 50) % 3) / 3}`;
    split.heldOut.forEach((w) => expect(split.heldOutSongs).to.include(songOf(w)));
    split.train.forEach((w) => expect(split.trainSongs).to.include(songOf(w)));
  });

  it('is the same for the same seed and differs for another', () => {
    expect(splitBySong(songs, 0.3, 5).heldOutSongs).to.deep.equal(splitBySong(songs, 0.3, 5).heldOutSongs);
    expect(splitBySong(songs, 0.3, 5).heldOutSongs).to.not.deep.equal(splitBySong(songs, 0.3, 6).heldOutSongs);
  });

  it('keeps every window once, and drops held-out windows that a training song also has', () => {
    const twins = [song('a', 60, 6, 70), song('b', 52, 6, 70), ...songs.slice(0, 3)];
    for (let seed = 0; seed < 10; seed++) {
      const split = splitBySong(twins, 0.4, seed);
      const train = new Set(split.train.map((w) => w.join()));
      expect(train.size).to.equal(split.train.length);
      split.heldOut.forEach((w) => expect(train.has(w.join())).to.equal(false));
      expect(split.windowsKept).to.be.below(split.windowsFound);
    }
  });

  it('says what is wrong with too few songs', () => {
    expect(() => splitBySong(songs.slice(0, 1))).to.throw(/at least 2 songs/);
  });
});

describe('the MIDI songs from Debian (openttd-openmsx)', function () {
  this.timeout(30_000);

  it('are installed where the course reads them', () => {
    expect(fs.existsSync(OPENMSX_DIR), `${OPENMSX_DIR} is missing: scripts/setup.sh installs openttd-openmsx`).to.equal(true);
  });

  it('give thousands of windows, split by song, and baselines well below a perfect score', () => {
    const songs = readMidiFolder();
    expect(songs.length).to.be.at.least(30);
    const split = splitBySong(songs);
    expect(split.train.length).to.be.above(1000);
    expect(split.heldOut.length).to.be.above(100);
    const data = { name: 'test', train: { tokens: split.train, oneHot: tf.zeros([1, 1, 1]) as tf.Tensor3D }, heldOut: { tokens: split.heldOut, oneHot: tf.zeros([1, 1, 1]) as tf.Tensor3D }, split };
    const baselines = melodyBaselines(data);
    expect(baselines.allRest).to.be.within(0.05, 0.5);
    expect(baselines.mostFrequent).to.be.within(baselines.allRest, 0.6);
    expect(tokenAccuracy(split.heldOut, split.heldOut)).to.equal(1);
    tf.dispose([data.train.oneHot, data.heldOut.oneHot]);
  });

  it('turn a damaged file into an error naming it', () => {
    expect(() => songFromMidi(new Uint8Array([1, 2, 3, 4]), 'broken', '/tmp/broken.mid')).to.throw(/\/tmp\/broken.mid is not a readable MIDI file/);
    expect(() => readMidiFolder('/nonexistent/midi', 'some-package')).to.throw(/some-package/);
  });
});
