/**
 * Reading numbers for plots from whatever the learner has at hand: a tf.Tensor, plain arrays or
 * typed arrays. Reading copies values out; nothing here creates or disposes tensors, so the
 * caller keeps ownership of its tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

/** A table of numbers: a tensor [rows, cols] or one array (or typed array) per row. */
export type MatrixInput = tf.Tensor | ReadonlyArray<ArrayLike<number>>;

/** A list of numbers: a tensor [n] (or [n,1]) or an array / typed array. */
export type VectorInput = tf.Tensor | ArrayLike<number>;

/** A table read into one flat row-major array. */
export interface Matrix {
  rows: number;
  cols: number;
  /** Row-major values: entry (r, c) is `values[r * cols + c]`. */
  values: Float64Array;
}

/** Describe a shape the way tfjs prints it, e.g. `[3,28,28]`. */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/**
 * Copy a tensor's values out, with a readable error when it was already disposed
 * (tfjs would otherwise say only "Tensor is disposed").
 */
export function readTensor(tensor: tf.Tensor, what: string): { shape: number[]; values: Float32Array | Int32Array | Uint8Array } {
  if (tensor.isDisposed) throw new Error(t('plotInput.disposed', { what }));
  if (tensor.dtype === 'string' || tensor.dtype === 'complex64') {
    throw new Error(t('plotInput.dtype', { what, dtype: tensor.dtype }));
  }
  return { shape: tensor.shape.slice(), values: tensor.dataSync() as Float32Array | Int32Array | Uint8Array };
}

function isArrayLikeOfNumbers(x: unknown): x is ArrayLike<number> {
  if (ArrayBuffer.isView(x)) return true;
  return Array.isArray(x) && (x.length === 0 || typeof x[0] === 'number');
}

/** Throw a clear error at the first value that is NaN or infinite. */
export function requireFinite(values: ArrayLike<number>, what: string, describeIndex: (i: number) => string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new Error(t('plotInput.notFinite', { what, value: values[i], where: describeIndex(i) }));
    }
  }
}

/**
 * Read a table of numbers. `expectedCols` (optional) is checked, e.g. 2 for 2-D points.
 * Every value must be finite: a NaN would otherwise vanish from the chart without a word.
 */
export function readMatrix(input: MatrixInput, what: string, expectedCols?: number): Matrix {
  let rows: number;
  let cols: number;
  let values: Float64Array;
  if (input instanceof tf.Tensor) {
    const read = readTensor(input, what);
    if (read.shape.length !== 2) {
      const wanted = expectedCols === undefined ? '[N, D]' : `[N, ${expectedCols}]`;
      throw new Error(t('plotInput.matrixRank', { what, wanted, shape: shapeText(read.shape) }));
    }
    [rows, cols] = read.shape;
    values = Float64Array.from(read.values);
  } else {
    if (!Array.isArray(input)) throw new Error(t('plotInput.matrixType', { what, got: typeof input }));
    rows = input.length;
    cols = rows > 0 ? input[0].length : 0;
    values = new Float64Array(rows * cols);
    input.forEach((row, r) => {
      if (!isArrayLikeOfNumbers(row)) throw new Error(t('plotInput.rowNotNumbers', { what, row: r }));
      if (row.length !== cols) throw new Error(t('plotInput.rowLength', { what, cols, row: r, length: row.length }));
      for (let c = 0; c < cols; c++) values[r * cols + c] = row[c];
    });
  }
  if (rows === 0) throw new Error(t('plotInput.noRows', { what }));
  if (expectedCols !== undefined && cols !== expectedCols) {
    throw new Error(t('plotInput.columns', { what, expected: expectedCols, cols, rows }));
  }
  requireFinite(values, what, (i) => t('plotInput.atRowColumn', { row: Math.floor(i / cols), column: i % cols }));
  return { rows, cols, values };
}

/** Read a list of numbers (a tensor [n] or [n,1], or an array). Values must be finite. */
export function readVector(input: VectorInput, what: string): Float64Array {
  let values: Float64Array;
  if (input instanceof tf.Tensor) {
    const read = readTensor(input, what);
    const isColumn = read.shape.length === 2 && read.shape[1] === 1;
    if (read.shape.length !== 1 && !isColumn) throw new Error(t('plotInput.vectorRank', { what, shape: shapeText(read.shape) }));
    values = Float64Array.from(read.values);
  } else {
    if (!isArrayLikeOfNumbers(input)) throw new Error(t('plotInput.vectorType', { what }));
    values = Float64Array.from(input);
  }
  if (values.length === 0) throw new Error(t('plotInput.noValues', { what }));
  requireFinite(values, what, (i) => t('plotInput.atIndex', { index: i }));
  return values;
}

/** The values of column `c` of a matrix. */
export function matrixColumn(m: Matrix, c: number): Float64Array {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) out[r] = m.values[r * m.cols + c];
  return out;
}
