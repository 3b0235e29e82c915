/**
 * A tf.LayersModel as plain parts (architecture JSON, weight list, weight bytes) and back,
 * in memory, so that the course can write them to disk itself without tfjs-node.
 */
import * as tf from '@tensorflow/tfjs';
import { t } from '../util/i18n';

/** Everything needed to rebuild a model. */
export interface ModelParts {
  /** The architecture, as model.toJSON() gives it. */
  topology: object;
  /** Name, shape and dtype of every weight, in the order of model.weights. */
  weightSpecs: tf.io.WeightsManifestEntry[];
  /** All weight values, one after the other. */
  weightData: ArrayBuffer;
}

/** Take a model apart (nothing is written anywhere). */
export async function modelToParts(model: tf.LayersModel): Promise<ModelParts> {
  let parts: ModelParts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      parts = {
        topology: artifacts.modelTopology as object,
        weightSpecs: artifacts.weightSpecs ?? [],
        // tfjs may hand the weights over in several buffers; one is simpler to hash and store.
        weightData: tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0)),
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!parts) throw new Error(`model "${model.name}" could not be serialised`); // internal: tfjs always hands over the artifacts
  return parts;
}

/** Build a model from its parts. `label` names where the parts came from, for error messages. */
export async function modelFromParts(parts: ModelParts, label: string): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: parts.topology, weightSpecs: parts.weightSpecs, weightData: parts.weightData }),
    );
  } catch (error) {
    throw new Error(t('artifacts.rebuild', { label, message: (error as Error).message }));
  }
}

/**
 * Copy weight values from `parts` into an existing model with the same architecture.
 * Checks the number and the shapes of the weights first and says which one differs.
 */
export function setWeightsFromParts(model: tf.LayersModel, parts: ModelParts, label: string): void {
  const expected = model.weights;
  if (expected.length !== parts.weightSpecs.length) {
    throw new Error(t('artifacts.weightCount', { label, count: parts.weightSpecs.length, model: model.name, expected: expected.length }));
  }
  parts.weightSpecs.forEach((spec, i) => {
    const shape = expected[i].shape;
    if (spec.shape.join() !== shape.join()) {
      throw new Error(t('artifacts.weightShape', { label, index: i, name: spec.name, shape: spec.shape.join(','), model: model.name, expected: shape.join(',') }));
    }
  });
  // decodeWeights keys the tensors by name; names repeat only in unusual hand-built models.
  const decoded = tf.io.decodeWeights(parts.weightData, parts.weightSpecs);
  try {
    if (Object.keys(decoded).length !== parts.weightSpecs.length) {
      throw new Error(t('artifacts.duplicateNames', { label }));
    }
    model.setWeights(parts.weightSpecs.map((spec) => decoded[spec.name]));
  } finally {
    tf.dispose(Object.values(decoded));
  }
}
