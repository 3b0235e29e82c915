import { expect } from 'chai';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import { fit, FitData, FitOptions, isFitCached, secondsTrainedHere } from '../lib/lesson';
import { reconstructionLoss } from '../lib/train';
import { tinyAutoencoder } from './tinyModels';

process.env.COURSE_SILENT = '1';

type Tiny = { autoencoder: tf.LayersModel };

function weightValues(model: tf.LayersModel): number[] {
  return model.getWeights().flatMap((w) => Array.from(w.dataSync()));
}

describe('fit (trainer + cache + fine-tuning)', () => {
  let root: string;
  let savedCacheDir: string | undefined;
  let data: FitData;

  before(async () => {
    await useBackend('cpu');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'fit-test-'));
    savedCacheDir = process.env.COURSE_CACHE_DIR;
    process.env.COURSE_CACHE_DIR = root;
    const values = (count: number, offset: number) =>
      tf.tensor2d(Array.from({ length: count * 8 }, (_, i) => 0.5 + 0.5 * Math.sin((i + offset) * 1.7)), [count, 8]);
    data = { train: { inputs: values(32, 0) }, heldOut: { inputs: values(16, 500) }, id: 'sine 32/16' };
  });
  after(() => {
    tf.dispose([data.train.inputs, data.heldOut.inputs]);
    if (savedCacheDir === undefined) delete process.env.COURSE_CACHE_DIR;
    else process.env.COURSE_CACHE_DIR = savedCacheDir;
    fs.rmSync(root, { recursive: true, force: true });
  });

  function options(extra: Partial<FitOptions<Tiny>> = {}): FitOptions<Tiny> {
    return {
      name: 'tiny',
      build: () => ({ autoencoder: tinyAutoencoder(5) }),
      loss: (m) => reconstructionLoss(m.autoencoder, 'bce'),
      data,
      epochs: 2,
      batchSize: 8,
      learningRate: 0.05,
      workers: 1,
      ...extra,
    };
  }

  it('starts from the weights of an earlier fit with startFrom, and keys the cache on it', async () => {
    const first = await fit(options());
    expect(first.fromCache).to.equal(false);
    expect(first.id).to.match(/^tiny-[0-9a-f]{16}$/);

    // A learning rate too small to move the weights shows where each run started.
    const still = { epochs: 1, learningRate: 1e-12 };
    const fresh = await fit(options({ ...still, name: 'tiny-fresh' }));
    const tuned = await fit(options({ ...still, name: 'tiny-fresh', startFrom: first }));
    const trained = weightValues(first.models.autoencoder);
    const untrained = weightValues(tinyAutoencoder(5));
    weightValues(tuned.models.autoencoder).forEach((w, i) => expect(w).to.be.closeTo(trained[i], 1e-6));
    weightValues(fresh.models.autoencoder).forEach((w, i) => expect(w).to.be.closeTo(untrained[i], 1e-6));
    expect(tuned.id).to.not.equal(fresh.id);
    expect(tuned.result.final.heldOut!.total).to.be.closeTo(first.result.final.heldOut!.total, 1e-5);

    const again = await fit(options({ ...still, name: 'tiny-fresh', startFrom: first }));
    expect(again.fromCache).to.equal(true);
    expect(again.id).to.equal(tuned.id);
    // Time spent training in this run: the cached model took none.
    expect(tuned.result.seconds).to.be.above(0);
    expect(secondsTrainedHere(first, tuned, again)).to.equal(first.result.seconds + tuned.result.seconds);
    for (const f of [first, fresh, tuned, again]) f.models.autoencoder.dispose();
  });

  it('says which shapes differ when startFrom does not fit what build() makes', async () => {
    const first = await fit(options());
    const wider = (): Tiny => ({
      autoencoder: tf.sequential({
        layers: [tf.layers.dense({ inputShape: [8], units: 4, activation: 'relu' }), tf.layers.dense({ units: 8, activation: 'sigmoid' })],
      }),
    });
    let message = 'no error';
    try {
      await fit(options({ name: 'tiny-wide', build: wider, startFrom: first }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.match(/tiny-wide: startFrom must hold models with the same weights as build\(\) makes/);
    expect(message).to.match(/startFrom: \[8,3\] \[3\] \[3,8\] \[8\]\n {2}build\(\): {3}\[8,4\] \[4\] \[4,8\] \[8\]/);
    first.models.autoencoder.dispose();
  });

  it('tells whether a fit is cached without training, leaking nothing, also for models that share layers', async () => {
    type Shared = { encoder: tf.LayersModel; decoder: tf.LayersModel; autoencoder: tf.LayersModel };
    const shared: FitOptions<Shared> = {
      name: 'tiny-shared',
      build: () => {
        const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 3, activation: 'relu' })] });
        const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 8, activation: 'sigmoid' })] });
        return { encoder, decoder, autoencoder: tf.sequential({ layers: [encoder, decoder] }) };
      },
      loss: (m) => reconstructionLoss(m.autoencoder, 'bce'),
      trainable: (m) => [m.autoencoder],
      data,
      epochs: 1,
      batchSize: 8,
      workers: 1,
    };
    const before = tf.memory().numTensors;
    expect(await isFitCached(shared)).to.equal(false);
    expect(tf.memory().numTensors).to.equal(before);
    const fitted = await fit(shared);
    expect(fitted.fromCache).to.equal(false);
    expect(await isFitCached(shared)).to.equal(true);
    expect(await isFitCached({ ...shared, epochs: 2 })).to.equal(false);
    fitted.models.autoencoder.dispose();
  });

  it('decays the models named in weightDecay, keys the cache on it, and names a model key that build() did not make', async () => {
    const plain = await fit(options({ name: 'tiny-decay' }));
    const decayed = await fit(options({ name: 'tiny-decay', weightDecay: { rate: 5, models: ['autoencoder'] } }));
    expect(decayed.fromCache).to.equal(false); // another setting, another cache entry
    expect(decayed.id).to.not.equal(plain.id);
    const size = (model: tf.LayersModel) => Array.from(model.getWeights()[0].dataSync()).reduce((sum, w) => sum + w * w, 0);
    expect(size(decayed.models.autoencoder)).to.be.below(size(plain.models.autoencoder));
    let message = 'no error';
    try {
      await fit(options({ name: 'tiny-decay', weightDecay: { rate: 5, models: ['encoder' as never] } }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.equal('tiny-decay: weightDecay.models names "encoder", but build() made only "autoencoder"');
    for (const f of [plain, decayed]) f.models.autoencoder.dispose();
  });

  it('leaves no tensors behind when it fine-tunes', async () => {
    const first = await fit(options());
    const before = tf.memory().numTensors;
    const tuned = await fit(options({ name: 'tiny-leak', epochs: 1, startFrom: first }));
    tuned.models.autoencoder.dispose();
    expect(tf.memory().numTensors).to.equal(before);
    first.models.autoencoder.dispose();
  });
});
