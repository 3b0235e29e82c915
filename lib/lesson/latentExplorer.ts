/**
 * A 2-D latent space to explore with the pointer, inside the notebook: the held-out codes
 * coloured by digit, the decoder's digit under the pointer, and the way between two pinned
 * points. The decoder's weights travel inside the output and run in the page
 * (lib/plot/explorerPage.ts); nothing is loaded from the network.
 *
 *     ae.show(await ae.latentExplorer(vae, mnist.test));
 */
import * as tf from '@tensorflow/tfjs';
import type { HtmlFigure } from '../engine/display';
import { explorerFigure, sideBySide } from '../plot/explorerFigure';
import { latentScatter } from '../plot/latentScatter';
import { manifoldGrid } from '../plot/manifoldGrid';
import { pageDecoderLayers } from '../plot/pageDecoder';
import { DIGIT_COLORS } from '../plot/theme';
import { decode, encode, latticeCodes } from './latent';
import { localize, t } from '../util/i18n';

/** Models with an encoder and a decoder: a fitted model set (`ae.fit(...)`) or the models themselves. */
export type EncoderDecoderInput =
  | { models: { encoder: tf.LayersModel; decoder: tf.LayersModel } }
  | { encoder: tf.LayersModel; decoder: tf.LayersModel };

export interface LatentExplorerOptions {
  /** What is explored, e.g. 'VAE' (default 'Latent space'); the page adds "move the pointer". */
  title?: string;
  /** Names of the classes (default: the digits 0-9). */
  classNames?: readonly string[];
  /** Images in the strip between two pinned points (default 10). */
  steps?: number;
  /** Codes shown: at most this many held-out images (default 2,000; the first ones). */
  maxPoints?: number;
  name?: string;
}

const WHAT = 'latentExplorer';

function isModel(value: unknown): value is tf.LayersModel {
  return value instanceof tf.LayersModel;
}

/** Accept `ae.fit(...)`'s result or `{ encoder, decoder }`, and say plainly what else was passed. */
function readModels(input: EncoderDecoderInput): { encoder: tf.LayersModel; decoder: tf.LayersModel } {
  const holder = input && typeof input === 'object' && 'models' in input ? input.models : input;
  const models = holder as { encoder?: unknown; decoder?: unknown } | undefined;
  if (!models || typeof models !== 'object' || !isModel(models.encoder) || !isModel(models.decoder)) {
    const keys = Object.keys(models ?? {}).join(', ') || t('explorer.noKeys');
    const got = isModel(input) ? t('explorer.singleModel', { name: (input as tf.LayersModel).name }) : t('explorer.objectKeys', { keys });
    throw new Error(t('explorer.models', { what: WHAT, got }));
  }
  return { encoder: models.encoder, decoder: models.decoder };
}

function checkTwoDimensional(encoder: tf.LayersModel, decoder: tf.LayersModel): void {
  const codeLength = decoder.inputs[0].shape[decoder.inputs[0].shape.length - 1];
  if (decoder.inputs[0].shape.length !== 2 || codeLength !== 2) {
    throw new Error(t('explorer.notTwoD', { what: WHAT, shape: decoder.inputs[0].shape.map(String).join(', ') }));
  }
  const out = encoder.outputs[0].shape;
  if (out[out.length - 1] !== 2) {
    throw new Error(t('explorer.mismatch', { what: WHAT, shape: out.map(String).join(', ') }));
  }
}

/** The window shown: the codes' range with a margin, so every dot is inside and the edges can be explored. */
function extentOf(points: Float32Array): number[] {
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    xMin = Math.min(xMin, points[i]);
    xMax = Math.max(xMax, points[i]);
    yMin = Math.min(yMin, points[i + 1]);
    yMax = Math.max(yMax, points[i + 1]);
  }
  const pad = (lo: number, hi: number) => {
    const margin = Math.max((hi - lo) * 0.08, 1e-3);
    return [lo - margin, hi + margin];
  };
  return [...pad(xMin, xMax), ...pad(yMin, yMax)];
}

/**
 * The interactive explorer of a 2-D latent space, as a figure to `show`. Encodes the images of
 * `data` (their first output, zMean for a VAE) and packs the decoder into the page. The figure
 * also holds a still picture (codes and a decoded lattice) for viewers that run no scripts.
 */
export async function latentExplorer(
  model: EncoderDecoderInput,
  data: { images: tf.Tensor4D; labels: ArrayLike<number> },
  options: LatentExplorerOptions = {},
): Promise<HtmlFigure> {
  const { encoder, decoder } = readModels(model);
  checkTwoDimensional(encoder, decoder);
  if (!data || !(data.images instanceof tf.Tensor) || data.images.rank !== 4) {
    throw new Error(t('explorer.data', { what: WHAT, got: data && data.images instanceof tf.Tensor ? t('explorer.imagesOfShape', { shape: String(data.images.shape) }) : t('explorer.noImages') }));
  }
  if (!data.labels || data.labels.length !== data.images.shape[0]) {
    const images = data.images.shape[0];
    throw new Error(data.labels ? t('explorer.labels', { what: WHAT, images, labels: data.labels.length }) : t('explorer.noLabels', { what: WHAT, images }));
  }
  const layers = pageDecoderLayers(decoder, WHAT);
  const [, height, width] = data.images.shape;
  const steps = options.steps ?? 10;
  if (!Number.isInteger(steps) || steps < 2) throw new Error(t('explorer.steps', { what: WHAT, got: steps }));
  const count = Math.min(data.images.shape[0], options.maxPoints ?? 2000);
  const subject = options.title !== undefined ? localize(options.title) : t('plot.scatter.title');
  const classNames = options.classNames ?? DIGIT_COLORS.map((_, digit) => String(digit));

  const points = tf.tidy(() => encode(encoder, data.images.slice(0, count))) as tf.Tensor2D;
  const labels = Array.from(data.labels).slice(0, count);
  try {
    const values = points.dataSync() as Float32Array;
    const extent = extentOf(values);
    // The still picture: the same codes, and the decoder over the same window as a lattice.
    const scatter = await latentScatter(points, labels, { title: t('explorer.codesTitle', { subject, count }), format: 'png', classNames: options.classNames });
    const n = 12;
    const lattice = latticeCodes(n, 1); // [-1, 1]^2, stretched to the window below
    const codes = tf.tidy(() =>
      lattice.codes.mul(tf.tensor1d([(extent[1] - extent[0]) / 2, (extent[3] - extent[2]) / 2])).add(tf.tensor1d([(extent[0] + extent[1]) / 2, (extent[2] + extent[3]) / 2])),
    );
    lattice.codes.dispose();
    const images = decode(decoder, codes);
    const xs = tf.tidy(() => codes.slice([0, 0], [n, 1]).reshape([n]));
    const ys = tf.tidy(() => codes.slice([0, 1], [n * n, 1]).reshape([n, n]).slice([0, 0], [n, 1]).reshape([n]));
    let grid;
    try {
      grid = manifoldGrid(images, { xs, ys }, { title: t('explorer.latticeTitle'), cellSize: 2 * Math.max(height, width) });
    } finally {
      tf.dispose([codes, images, xs, ys]);
    }
    if (scatter.kind !== 'png' || grid.kind !== 'png') throw new Error(`${WHAT}: expected PNG pictures for the still image.`); // internal: both are asked for as PNG above
    const still = sideBySide([scatter, grid], options.name ?? 'latent-explorer', 0.5);
    return explorerFigure({
      title: t('explorer.pageTitle', { subject }),
      decoder: layers,
      imageHeight: height,
      imageWidth: width,
      points: values,
      labels,
      classNames,
      colors: DIGIT_COLORS,
      extent,
      steps,
      still,
      name: options.name ?? 'latent-explorer',
    });
  } finally {
    points.dispose();
  }
}
