/**
 * tfjs's dense layer, with a faster training step where the native kernels run.
 *
 * It is tfjs's `Dense` (same weights, same initialisers, saved as "Dense" so a saved model loads
 * anywhere), except that on the wasm backend with the native kernels its whole computation,
 * `activation(x · kernel + bias)`, is one kernel with a one-call gradient
 * (lib/engine/native/dense.ts). tfjs's own layer runs it as a dozen kernels while it records
 * gradients. Everywhere else, and for inputs of more than two axes, it is tfjs's layer as is.
 */
import * as tf from '@tensorflow/tfjs';
import { DenseActivation, denseKernel, denseKernelRuns } from '../engine/native';

type DenseArgs = Parameters<typeof tf.layers.dense>[0];

/** tfjs exports only the factory `tf.layers.dense`; this is the class behind it. */
const TfjsDense = tf.layers.dense({ units: 1, name: 'dense_class_of_tfjs' }).constructor as new (args: DenseArgs) => tf.layers.Layer;

/** The fields of tfjs's Dense read here (private in its type declarations). */
interface DenseFields {
  kernel: tf.LayerVariable;
  bias: tf.LayerVariable | null;
  activation: { getClassName(): string };
}

class CourseDense extends TfjsDense {
  static className = 'Dense';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(inputs: tf.Tensor | tf.Tensor[], kwargs: any): tf.Tensor | tf.Tensor[] {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    const { kernel, bias, activation } = this as unknown as DenseFields;
    const name = activation.getClassName();
    if ((Array.isArray(inputs) && inputs.length !== 1) || !denseKernelRuns(name, x)) return super.call(inputs, kwargs);
    return tf.tidy(() =>
      denseKernel(x as tf.Tensor2D, kernel.read() as tf.Tensor2D, bias?.read() as tf.Tensor1D | undefined, name as DenseActivation),
    );
  }
}

/** A dense layer: tfjs's `tf.layers.dense(args)`, faster to train on the native kernels. */
export function denseLayer(args: DenseArgs): tf.layers.Layer {
  return new CourseDense(args);
}
