/**
 * Class labels for colouring points: digit numbers, or names such as Fashion-MNIST's
 * "T-shirt". The colour of a class depends only on the class, not on which classes happen to
 * be present, so digit 3 is the same colour in every chart.
 */
import * as tf from '@tensorflow/tfjs';
import { readTensor, shapeText } from './numericInput';
import { DIGIT_COLORS } from './theme';
import { t } from '../util/i18n';

/** Labels: a tensor [N] of class numbers, an array of class numbers, or an array of names. */
export type LabelsInput = tf.Tensor | ArrayLike<number> | readonly string[];

/** Class names in legend order, with their colours. */
export interface ClassColors {
  domain: string[];
  /** Explicit colours when there are at most 10 classes; otherwise undefined (a 20-colour scheme is used). */
  range?: string[];
}

/**
 * Read labels as strings. Class numbers are turned into names through `classNames` when given
 * (label 0 -> classNames[0]), else written as numbers ("0".."9").
 */
export function readLabels(input: LabelsInput, what: string, classNames?: readonly string[]): string[] {
  let raw: ArrayLike<number | string>;
  if (input instanceof tf.Tensor) {
    const read = readTensor(input, what);
    const isColumn = read.shape.length === 2 && read.shape[1] === 1;
    if (read.shape.length !== 1 && !isColumn) {
      throw new Error(t('plotLabels.rank', { what, shape: shapeText(read.shape) }));
    }
    raw = read.values;
  } else if (Array.isArray(input) || ArrayBuffer.isView(input)) {
    raw = input as ArrayLike<number | string>;
  } else {
    throw new Error(t('plotLabels.type', { what }));
  }
  return Array.from(raw, (label, i) => {
    if (typeof label === 'string') {
      // A name missing from classNames would get no colour and silently vanish from the chart.
      if (classNames && !classNames.includes(label)) throw new Error(t('plotLabels.unknownName', { what, label, index: i }));
      return label;
    }
    if (!Number.isInteger(label)) throw new Error(t('plotLabels.notWhole', { what, label, index: i }));
    if (!classNames) return String(label);
    if (label < 0 || label >= classNames.length) {
      throw new Error(t('plotLabels.noName', { what, label, index: i, count: classNames.length }));
    }
    return classNames[label];
  });
}

/**
 * Pick the legend order and colours: the given class names in their order, the digits 0-9 when
 * all labels are digits, otherwise the labels sorted.
 */
export function classColors(labels: readonly string[], classNames?: readonly string[]): ClassColors {
  const present = [...new Set(labels)];
  let domain: string[];
  if (classNames) domain = [...classNames];
  else if (present.every((l) => /^[0-9]$/.test(l))) domain = DIGIT_COLORS.map((_, d) => String(d));
  else domain = present.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return { domain, range: domain.length <= DIGIT_COLORS.length ? DIGIT_COLORS.slice(0, domain.length) : undefined };
}
