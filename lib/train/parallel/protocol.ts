/**
 * The messages between the main thread and a training worker thread.
 */
import { WireSpec } from '../lossSpecs';

/** A tensor's values and shape: what crosses between threads instead of a tf.Tensor. */
export interface TensorData {
  values: Float32Array;
  shape: number[];
}

/** Given to a worker when it starts (as `workerData`). */
export interface WorkerSetup {
  /** The backend the main thread uses; the worker uses the same one. */
  backend: string;
  /** Each trained model as its Keras-style JSON topology (`model.toJSON(null, false)`). */
  topologies: object[];
  loss: WireSpec;
  prepareBatch?: WireSpec;
  inputs: TensorData;
  /** Left out when the inputs are also the targets. */
  targets?: TensorData;
}

/** Main → worker: compute the gradients of these examples with these weights. */
export interface StepRequest {
  type: 'step';
  /** The current value of every trainable variable, in `orderedTrainables` order. */
  weights: Float32Array[];
  indices: number[];
  epoch: number;
  batch: number;
  batches?: number;
  seed: number;
  expectedNames?: string[];
}

/** Worker → main. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'gradients'; names: string[]; values: number[]; grads: Float32Array[] }
  | { type: 'failed'; message: string };
