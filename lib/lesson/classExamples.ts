/**
 * A first look at a dataset: a few images of every class, one row per class.
 */
import * as tf from '@tensorflow/tfjs';
import type { Figure } from '../engine/display';
import { imageGrid } from '../plot/imageGrid';
import { t } from '../util/i18n';

/** The indices of the first `count` images of each class, class by class (0, 1, ...). */
export function firstOfEachClass(labels: ArrayLike<number>, classes: number, count: number): number[][] {
  const rows: number[][] = Array.from({ length: classes }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const row = rows[labels[i]];
    if (row && row.length < count) row.push(i);
  }
  return rows;
}

/**
 * A grid with `perClass` images of every class in a row, labelled with the class name.
 *
 * @example ae.show(ae.classExamples(mnist.train))
 */
export function classExamples(
  split: { images: tf.Tensor4D; labels: ArrayLike<number> },
  options: { perClass?: number; classNames?: readonly string[]; title?: string } = {},
): Figure {
  const perClass = options.perClass ?? 12;
  if (!Number.isInteger(perClass) || perClass < 1) throw new Error(t('classExamples.perClass', { got: perClass }));
  if (!split || !(split.images instanceof tf.Tensor) || split.labels?.length !== split.images.shape[0]) {
    throw new Error(t('classExamples.split'));
  }
  const names = options.classNames ?? Array.from({ length: 10 }, (_, digit) => String(digit));
  const rows = firstOfEachClass(split.labels, names.length, perClass)
    .map((indices, k) => ({ label: names[k], indices }))
    .filter((row) => row.indices.length > 0);
  return tf.tidy(() =>
    imageGrid(
      rows.map((row) => ({ label: row.label, images: tf.gather(split.images, row.indices) })),
      { title: options.title ?? t('plot.classExamples.title', { count: perClass }), name: 'class-examples' },
    ),
  );
}
