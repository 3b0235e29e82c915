/**
 * Seeded runs: the same seed builds the same initial weights and trains to the same numbers,
 * so a learner who runs a notebook twice can tell a real change from luck.
 */
import { expect } from 'chai';
import * as tf from '@tensorflow/tfjs';
import { cnnVae, convAutoencoder, denseAutoencoder, denseVae, superResolution, superResolutionWithoutBottleneck } from '../lib/models';
import { reconstructionLoss } from '../lib/train/losses';
import { defaultSeed, checkSeed, DEFAULT_SEED } from '../lib/train/seeds';
import { train } from '../lib/train/trainer';
import { cnnVaeRecipe } from '../lib/lesson/recipes';
import { withSeededMathRandom } from '../lib/util/random';
import { onBackend } from './onBackend';

process.env.COURSE_SILENT = '1';

/** Every weight of a set of models, as one flat list of numbers. */
function weightsOf(models: object): number[] {
  return Object.values(models)
    .filter((m): m is tf.LayersModel => m instanceof tf.LayersModel)
    .flatMap((m) => m.getWeights().flatMap((w) => Array.from(w.dataSync())));
}

/** Free a builder's models: an autoencoder contains its encoder and decoder, so it goes alone. */
function dispose(models: object): void {
  const all = models as Record<string, unknown>;
  const owners = all.autoencoder instanceof tf.LayersModel ? [all.autoencoder] : Object.values(all);
  for (const m of owners) if (m instanceof tf.LayersModel) m.dispose();
}

const BUILDERS: Record<string, (seed?: number) => object> = {
  convAutoencoder: (seed) => convAutoencoder({ seed }),
  denseAutoencoder: (seed) => denseAutoencoder({ latentDim: 2, hidden: [16], seed }),
  superResolution: (seed) => superResolution({ seed }),
  superResolutionWithoutBottleneck: (seed) => superResolutionWithoutBottleneck({ seed }),
  denseVae: (seed) => denseVae({ hidden: 16, seed }),
  cnnVae: (seed) => cnnVae({ hidden: 8, seed }),
};

describe('seeded runs', () => {
  onBackend('wasm');

  for (const [name, build] of Object.entries(BUILDERS)) {
    it(`${name}: the same seed builds the same weights, another seed other weights`, () => {
      const a = build(7);
      const b = build(7);
      const c = build(8);
      const unseeded = build(undefined);
      try {
        expect(weightsOf(a)).to.deep.equal(weightsOf(b));
        expect(weightsOf(a)).to.not.deep.equal(weightsOf(c));
        expect(weightsOf(a)).to.not.deep.equal(weightsOf(unseeded));
      } finally {
        [a, b, c, unseeded].forEach(dispose);
      }
    });
  }

  it('a builder that takes no seed builds the same weights under withSeededMathRandom, and Math.random comes back', () => {
    const learnersBuilder = () => cnnVae({ hidden: 8 }); // like exercise 9: no seed parameter
    const realRandom = Math.random;
    const a = withSeededMathRandom(7, learnersBuilder);
    const b = withSeededMathRandom(7, learnersBuilder);
    const c = withSeededMathRandom(8, learnersBuilder);
    try {
      expect(Math.random).to.equal(realRandom);
      expect(weightsOf(a)).to.deep.equal(weightsOf(b));
      expect(weightsOf(a)).to.not.deep.equal(weightsOf(c));
      expect(() => withSeededMathRandom(7, () => { throw new Error('build failed'); })).to.throw('build failed');
      expect(Math.random).to.equal(realRandom);
    } finally {
      [a, b, c].forEach(dispose);
    }
  });

  it("cnnVaeRecipe builds a learner's unseeded model and the library's the same way for the same seed", () => {
    const data = { name: 'none', train: { images: tf.zeros([2, 28, 28, 1]) }, test: { images: tf.zeros([2, 28, 28, 1]) } };
    const learners = cnnVaeRecipe(data, ({ latentDim }) => cnnVae({ latentDim }));
    const library = cnnVaeRecipe(data);
    const built = [learners.build(3), learners.build(3), learners.build(4), library.build(3), library.build(3)];
    try {
      expect(weightsOf(built[0])).to.deep.equal(weightsOf(built[1]));
      expect(weightsOf(built[0])).to.not.deep.equal(weightsOf(built[2]));
      expect(weightsOf(built[3])).to.deep.equal(weightsOf(built[4]));
      expect(built[0].encoder.outputs.map((o) => o.shape)).to.deep.equal([[null, 2], [null, 2]]); // the lesson's 2-number code
    } finally {
      built.forEach(dispose);
      tf.dispose([data.train.images, data.test.images]);
    }
  });

  it('rejects a seed that is not a whole number, naming the builder', () => {
    expect(() => denseVae({ seed: 1.5 })).to.throw('denseVae: seed must be a whole number >= 0, got 1.5');
  });

  it('two training runs with the same seed end at the same held-out loss', async () => {
    const images = tf.tidy(() => tf.randomUniform([48, 28, 28, 1], 0, 1, 'float32', 3).round());
    const [trainImages, heldOutImages] = tf.split(images, [32, 16]);
    const run = async () => {
      const { autoencoder } = denseAutoencoder({ latentDim: 4, hidden: [16], seed: 11 });
      try {
        const result = await train({
          name: 'repeat', models: [autoencoder], loss: reconstructionLoss(autoencoder),
          train: { inputs: trainImages }, heldOut: { inputs: heldOutImages },
          epochs: 2, batchSize: 8, seed: 5, progress: 'silent', workers: 1,
        });
        return result.final.heldOut!.reconstruction;
      } finally {
        autoencoder.dispose();
      }
    };
    const before = tf.memory().numTensors;
    const first = await run();
    const second = await run();
    expect(tf.memory().numTensors).to.equal(before);
    tf.dispose([images, trainImages, heldOutImages]);
    // The wasm kernels are deterministic on one thread: exactly the same number.
    expect(second).to.equal(first);
  });

  describe('COURSE_SEED', () => {
    let saved: string | undefined;
    beforeEach(() => (saved = process.env.COURSE_SEED));
    afterEach(() => {
      if (saved === undefined) delete process.env.COURSE_SEED;
      else process.env.COURSE_SEED = saved;
    });

    it('is the seed of every run that names none', () => {
      delete process.env.COURSE_SEED;
      expect(defaultSeed()).to.equal(DEFAULT_SEED);
      process.env.COURSE_SEED = '2024';
      expect(defaultSeed()).to.equal(2024);
      expect(checkSeed(undefined)).to.equal(2024);
      expect(checkSeed(3)).to.equal(3);
    });

    it('must be a whole number', () => {
      process.env.COURSE_SEED = 'abc';
      expect(() => defaultSeed()).to.throw('COURSE_SEED must be a whole number, got "abc"');
    });
  });
});
