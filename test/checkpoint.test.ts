import { expect } from 'chai';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../lib/engine/backend';
import {
  cachedTraining,
  canonicalArchitecture,
  loadCheckpoint,
  loadModel,
  loadWeightsInto,
  MANIFEST_FILE,
  modelCacheDir,
  readManifest,
  saveCheckpoint,
  saveModel,
  stableStringify,
  trainingKey,
} from '../lib/checkpoint';

process.env.COURSE_SILENT = '1';

function smallConvModel(seed: number): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 2, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 4, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }), biasInitializer: tf.initializers.randomNormal({ seed: seed + 2 }) }),
    ],
  });
}

function encoderDecoder(seed = 3): { encoder: tf.LayersModel; decoder: tf.LayersModel } {
  const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [6], units: 2, kernelInitializer: tf.initializers.glorotUniform({ seed }) })] });
  const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 6, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) })] });
  return { encoder, decoder };
}

function weightArrays(model: tf.LayersModel): number[][] {
  return model.getWeights().map((w) => Array.from(w.dataSync()));
}

/** Replace every weight with a different random value, so a reload can be told apart. */
function scramble(model: tf.LayersModel, seed: number): void {
  const fresh = model.getWeights().map((w, i) => tf.randomNormal(w.shape, 0, 1, 'float32', seed + i));
  model.setWeights(fresh);
  tf.dispose(fresh);
}

function errorOf(fn: () => unknown): Promise<string> {
  return Promise.resolve()
    .then(fn)
    .then(
      () => 'no error',
      (e: Error) => e.message,
    );
}

function disposeModels(...models: tf.LayersModel[]): void {
  models.forEach((m) => m.dispose());
}

describe('checkpoints', () => {
  let root: string;
  before(async () => {
    await useBackend('cpu');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoint-test-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const folder = (name: string): string => path.join(root, name);

  it('round-trips a model: identical weights and identical predictions', async () => {
    const model = smallConvModel(1);
    await saveModel(folder('round'), model, { note: 'hello' });
    const loaded = await loadModel(folder('round'));
    expect(weightArrays(loaded)).to.deep.equal(weightArrays(model));
    const x = tf.randomUniform([3, 6, 6, 1], 0, 1, 'float32', 9);
    const a = (model.predict(x) as tf.Tensor).arraySync();
    const b = (loaded.predict(x) as tf.Tensor).arraySync();
    expect(b).to.deep.equal(a);
    expect(readManifest(folder('round')).metadata).to.deep.equal({ note: 'hello' });
    // Loading the same checkpoint twice in one process works (no clashing variable names).
    const again = await loadModel(folder('round'));
    expect(weightArrays(again)).to.deep.equal(weightArrays(model));
    disposeModels(loaded, again);
    x.dispose();
  });

  it('saves named models with metadata together, and loads weights into freshly built models', async () => {
    const { encoder, decoder } = encoderDecoder();
    const metadata = { history: [{ epoch: 1, split: 'heldOut', term: 'kl', value: 1.5 }], final: { total: 0.25 } };
    await saveCheckpoint(folder('pair'), { encoder, decoder }, metadata);
    const loaded = await loadCheckpoint(folder('pair'));
    expect(Object.keys(loaded.models).sort()).to.deep.equal(['decoder', 'encoder']);
    expect(loaded.metadata).to.deep.equal(metadata);
    expect(weightArrays(loaded.models.decoder)).to.deep.equal(weightArrays(decoder));

    const fresh = encoderDecoder(100);
    expect(weightArrays(fresh.encoder)).to.not.deep.equal(weightArrays(encoder));
    const before = tf.memory().numTensors;
    const { metadata: read } = loadWeightsInto(folder('pair'), fresh);
    expect(tf.memory().numTensors).to.equal(before);
    expect(read).to.deep.equal(metadata);
    expect(weightArrays(fresh.encoder)).to.deep.equal(weightArrays(encoder));
    expect(weightArrays(fresh.decoder)).to.deep.equal(weightArrays(decoder));
    disposeModels(loaded.models.encoder, loaded.models.decoder);
  });

  it('leaves no tensors behind when saving and loading', async () => {
    const model = smallConvModel(2);
    await saveModel(folder('leak'), model); // first call may warm up tfjs internals
    const before = tf.memory().numTensors;
    await saveModel(folder('leak'), model);
    const loaded = await loadModel(folder('leak'));
    loaded.dispose();
    expect(tf.memory().numTensors).to.equal(before);
  });

  it('names the weights file when it is damaged or truncated', async () => {
    const model = smallConvModel(3);
    await saveModel(folder('damaged'), model);
    const entry = readManifest(folder('damaged')).models.model;
    const file = path.join(folder('damaged'), entry.weightsFile);
    const bytes = fs.readFileSync(file);
    bytes[10] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const damaged = await errorOf(() => loadModel(folder('damaged')));
    expect(damaged).to.include(`checkpoint weights file ${file} is damaged`);
    expect(damaged).to.include(entry.weightsSha256);
    fs.writeFileSync(file, bytes.subarray(0, 20));
    expect(await errorOf(() => loadModel(folder('damaged')))).to.equal(
      `checkpoint weights file ${file} has 20 bytes, the manifest expects ${entry.weightsBytes} (truncated?)`,
    );
    fs.rmSync(file);
    expect(await errorOf(() => loadModel(folder('damaged')))).to.include(`checkpoint weights file ${file} is missing`);
    // A damaged file also refuses to go into built models, and leaves them unchanged.
    const target = smallConvModel(4);
    const weightsBefore = weightArrays(target);
    expect(await errorOf(() => loadWeightsInto(folder('damaged'), { model: target }))).to.include('is missing');
    expect(weightArrays(target)).to.deep.equal(weightsBefore);
  });

  it('gives a clear error for a truncated or foreign manifest, or no checkpoint at all', async () => {
    const model = smallConvModel(5);
    await saveModel(folder('manifest'), model);
    const manifestFile = path.join(folder('manifest'), MANIFEST_FILE);
    const text = fs.readFileSync(manifestFile, 'utf8');
    fs.writeFileSync(manifestFile, text.slice(0, Math.floor(text.length / 2)));
    expect(await errorOf(() => loadModel(folder('manifest')))).to.match(
      new RegExp(`^checkpoint manifest ${manifestFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not valid JSON \\(truncated or damaged\\?\\)`),
    );
    fs.writeFileSync(manifestFile, JSON.stringify({ format: 'something-else' }));
    expect(await errorOf(() => loadModel(folder('manifest')))).to.include('is not usable: "format" should be "autoencoders-course-checkpoint"');
    const parsed = JSON.parse(text);
    delete parsed.models.model.weightsSha256;
    fs.writeFileSync(manifestFile, JSON.stringify(parsed));
    expect(await errorOf(() => loadModel(folder('manifest')))).to.include('models.model.weightsSha256 is missing');
    expect(await errorOf(() => loadModel(folder('nothing-here')))).to.include(`no checkpoint in ${folder('nothing-here')}`);
  });

  it('keeps the previous checkpoint loadable when a save crashes before the manifest is replaced', async () => {
    const dir = folder('crash');
    const model = smallConvModel(6);
    await saveModel(dir, model, { version: 1 });
    const saved = weightArrays(model);

    scramble(model, 50);
    // The real module object (the `import * as fs` namespace is read-only): patching it here is
    // seen by every module, including the atomic writer.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const nodeFs = require('fs') as typeof fs;
    const realRename = nodeFs.renameSync;
    nodeFs.renameSync = (from, to) => {
      if (String(to).endsWith(MANIFEST_FILE)) throw new Error('simulated crash');
      return realRename(from, to);
    };
    try {
      expect(await errorOf(() => saveModel(dir, model, { version: 2 }))).to.equal('simulated crash');
    } finally {
      nodeFs.renameSync = realRename;
    }
    // The new weights file and a temporary manifest were written, but nothing points at them.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.weights.bin'))).to.have.length(2);
    const loaded = await loadCheckpoint(dir);
    expect(loaded.metadata).to.deep.equal({ version: 1 });
    expect(weightArrays(loaded.models.model)).to.deep.equal(saved);

    // The next successful save replaces it and removes the weights nobody refers to any more.
    await saveModel(dir, model, { version: 3 });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.weights.bin'))).to.have.length(1);
    const latest = await loadModel(dir);
    expect(weightArrays(latest)).to.deep.equal(weightArrays(model));
    disposeModels(loaded.models.model, latest);
  });

  it('keeps the previous checkpoint when one of several models fails to save, and ignores half-written files', async () => {
    const dir = folder('partial');
    const { encoder, decoder } = encoderDecoder(7);
    await saveCheckpoint(dir, { encoder, decoder }, 'first');
    const savedEncoder = weightArrays(encoder);
    scramble(encoder, 70);
    const broken = encoderDecoder(8).decoder;
    broken.dispose(); // its weights are gone, so saving it throws after the encoder was written
    expect(await errorOf(() => saveCheckpoint(dir, { encoder, decoder: broken }, 'second'))).to.not.equal('no error');
    // Leftovers of a crash: a half-written temporary file and a stray weights file.
    fs.writeFileSync(path.join(dir, `${MANIFEST_FILE}.123.456.tmp`), '{"form');
    fs.writeFileSync(path.join(dir, 'decoder.0123456789abcdef.weights.bin'), 'junk');
    const loaded = await loadCheckpoint(dir);
    expect(loaded.metadata).to.equal('first');
    expect(weightArrays(loaded.models.encoder)).to.deep.equal(savedEncoder);
    disposeModels(loaded.models.encoder, loaded.models.decoder);
  });

  it('rejects bad arguments with a message naming them', async () => {
    const model = smallConvModel(9);
    expect(await errorOf(() => saveCheckpoint(folder('bad'), { 'my model': model }))).to.include('model name "my model" may only use');
    expect(await errorOf(() => saveCheckpoint(folder('bad'), {}))).to.include('models must be an object of named tf.LayersModel');
    expect(await errorOf(() => saveCheckpoint(folder('bad'), { model }, () => 1))).to.include('metadata must be JSON data');
    await saveCheckpoint(folder('bad'), { model });
    const other = encoderDecoder();
    expect(await errorOf(() => loadWeightsInto(folder('bad'), other))).to.include('holds models [model], got [decoder, encoder]');
    expect(await errorOf(() => loadWeightsInto(folder('bad'), { model: other.encoder }))).to.include('has 4 weights, model');
  });
});

describe('trained-model cache', () => {
  let root: string;
  before(async () => {
    await useBackend('cpu');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-test-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A stand-in for training: changes the weights in a way the test can recognise. */
  function fakeTraining(calls: { count: number }) {
    return async (models: { encoder: tf.LayersModel; decoder: tf.LayersModel }) => {
      calls.count++;
      scramble(models.encoder, 1000 + calls.count);
      return { finalLoss: 0.1 * calls.count };
    };
  }

  it('trains once, then loads the cached models without calling train', async () => {
    const calls = { count: 0 };
    const options = { name: 'tiny-ae', data: 'sine 32', settings: { epochs: 2, seed: 1 }, build: () => encoderDecoder(), train: fakeTraining(calls), cacheDir: root };
    const first = await cachedTraining(options);
    expect(first.fromCache).to.equal(false);
    expect(first.metadata).to.deep.equal({ finalLoss: 0.1 });
    const second = await cachedTraining(options);
    expect(calls.count).to.equal(1);
    expect(second.fromCache).to.equal(true);
    expect(second.dir).to.equal(first.dir);
    expect(second.metadata).to.deep.equal({ finalLoss: 0.1 });
    expect(weightArrays(second.models.encoder)).to.deep.equal(weightArrays(first.models.encoder));
    expect(path.dirname(first.dir)).to.equal(root);
    expect(path.basename(first.dir)).to.match(/^tiny-ae-[0-9a-f]{16}$/);
  });

  it('trains again when the settings, the data or the architecture differ, or COURSE_RETRAIN=1', async () => {
    const calls = { count: 0 };
    const base = { name: 'tiny-ae', data: 'sine 32', settings: { epochs: 2, seed: 1 }, build: () => encoderDecoder(), train: fakeTraining(calls), cacheDir: root };
    await cachedTraining(base);
    const start = calls.count;
    expect((await cachedTraining({ ...base, settings: { epochs: 3, seed: 1 } })).fromCache).to.equal(false);
    expect((await cachedTraining({ ...base, data: 'sine 64' })).fromCache).to.equal(false);
    const wider = () => ({ ...encoderDecoder(), decoder: tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 7 })] }) });
    expect((await cachedTraining({ ...base, build: wider })).fromCache).to.equal(false);
    process.env.COURSE_RETRAIN = '1';
    try {
      expect((await cachedTraining(base)).fromCache).to.equal(false);
    } finally {
      delete process.env.COURSE_RETRAIN;
    }
    expect(calls.count - start).to.equal(4);
    // Key order in the settings does not matter.
    expect((await cachedTraining({ ...base, settings: { seed: 1, epochs: 2 } })).fromCache).to.equal(true);
  });

  it('with COURSE_RETRAIN=1 under the course runner, trains each model once per run', async () => {
    const calls = { count: 0 };
    const base = { name: 'tiny-run', data: 'sine 32', settings: { seed: 4 }, build: () => encoderDecoder(), train: fakeTraining(calls), cacheDir: root };
    await cachedTraining(base); // trained before this "run"
    process.env.COURSE_RETRAIN = '1';
    process.env.COURSE_RUN_STARTED_MS = String(Date.now() + 1000); // the run starts after that save
    try {
      expect((await cachedTraining(base)).fromCache).to.equal(false); // older than the run: trained again
      process.env.COURSE_RUN_STARTED_MS = String(Date.now() - 1000); // the save above happened during the run
      expect((await cachedTraining(base)).fromCache).to.equal(true);
      delete process.env.COURSE_RUN_STARTED_MS; // outside the runner: always trained again
      expect((await cachedTraining(base)).fromCache).to.equal(false);
    } finally {
      delete process.env.COURSE_RETRAIN;
      delete process.env.COURSE_RUN_STARTED_MS;
    }
    expect(calls.count).to.equal(3);
  });

  it('gives the same key for the same architecture built twice (layer names differ)', () => {
    const a = encoderDecoder();
    const b = encoderDecoder();
    expect(a.encoder.layers[0].name).to.not.equal(b.encoder.layers[0].name);
    expect(canonicalArchitecture(b.encoder)).to.deep.equal(canonicalArchitecture(a.encoder));
    const identity = { name: 'x', data: 'd', settings: { lr: 0.01 } };
    expect(trainingKey(b, identity)).to.equal(trainingKey(a, identity));
    expect(trainingKey(b, { ...identity, settings: { lr: 0.02 } })).to.not.equal(trainingKey(a, identity));
  });

  it('says where a cached model was loaded from', async () => {
    const options = { name: 'said', data: 'd', settings: {}, build: () => encoderDecoder(), train: fakeTraining({ count: 0 }), cacheDir: root };
    const first = await cachedTraining(options);
    const printed: string[] = [];
    const realLog = console.log;
    delete process.env.COURSE_SILENT;
    console.log = (text: string) => printed.push(text);
    try {
      await cachedTraining(options);
    } finally {
      console.log = realLog;
      process.env.COURSE_SILENT = '1';
    }
    expect(printed.join('\n')).to.include(`Loaded the cached model **said**`);
    expect(printed.join('\n')).to.include(first.dir);
  });

  it('trains again when the cached files are damaged', async () => {
    const calls = { count: 0 };
    const options = { name: 'damaged', data: 'd', settings: {}, build: () => encoderDecoder(), train: fakeTraining(calls), cacheDir: root };
    const first = await cachedTraining(options);
    const manifest = readManifest(first.dir);
    fs.writeFileSync(path.join(first.dir, manifest.models.encoder.weightsFile), 'x');
    const second = await cachedTraining(options);
    expect(second.fromCache).to.equal(false);
    expect(calls.count).to.equal(2);
    expect((await cachedTraining(options)).fromCache).to.equal(true);
  });

  it('refuses settings that cannot be part of a key, naming the setting', async () => {
    const options = { name: 'bad', data: 'd', settings: { loss: () => 0 }, build: () => encoderDecoder(), train: fakeTraining({ count: 0 }), cacheDir: root };
    expect(await errorOf(() => cachedTraining(options))).to.include('settings.loss must be plain data');
    expect(() => stableStringify({ lr: NaN }, 'settings')).to.throw('settings.lr must be a finite number');
  });

  it('keeps models under $COURSE_CACHE_DIR/models', () => {
    const saved = process.env.COURSE_CACHE_DIR;
    process.env.COURSE_CACHE_DIR = root;
    try {
      expect(modelCacheDir()).to.equal(path.join(root, 'models'));
    } finally {
      if (saved === undefined) delete process.env.COURSE_CACHE_DIR;
      else process.env.COURSE_CACHE_DIR = saved;
    }
  });
});
