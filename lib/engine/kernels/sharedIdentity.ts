/**
 * A cheaper `Identity` for the wasm backend. tfjs runs Identity to keep a private copy of
 * every tensor a gradient will need later (and for `tf.clone`). The wasm backend copies the
 * whole buffer each time; but tensors are never changed in place, so sharing the buffer and
 * counting one more reference to it is just as safe. The cpu backend and wasm's own `Reshape`
 * already work this way.
 */
import * as tf from '@tensorflow/tfjs';
import { KernelArgs, delegate } from './kernelScope';

/** The part of the wasm backend used here: counting references to a buffer. */
interface RefCountingBackend {
  incRef(dataId: object): void;
}

type Args = KernelArgs<'x', Record<string, never>>;

/** Build the kernel function; `original` still handles string tensors (not stored in wasm memory). */
export function makeSharedIdentity(original: tf.KernelFunc): (args: Args) => tf.TensorInfo {
  return (args) => {
    const { x } = args.inputs;
    if (x.dtype === 'string') return delegate(original, args);
    (args.backend as RefCountingBackend).incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
}
