/**
 * A training worker thread: rebuilds the models, the loss and the batch preparation from their
 * descriptions, keeps its own copy of the training data, and answers every step request with
 * the gradients of its part of the batch. Started by `TrainingThreads` (threads.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { parentPort, workerData } from 'worker_threads';
import { useBackend } from '../../engine/backend';
import { vaeLoss, VaeSampling } from '../vaeLoss';
import { CheckedSplit } from '../data';
import { reconstructionLoss, ReconstructionKind } from '../losses';
import { noisyInputs } from '../noisyInputs';
import { LossFn, PrepareBatch } from '../types';
import { orderedTrainables, partGradients } from './partGradients';
import { StepRequest, TensorData, WorkerReply, WorkerSetup } from './protocol';
import { WireSpec } from '../lossSpecs';

type Models = Record<string, tf.LayersModel>;
type Settings = WireSpec['settings'];

/** Every library helper that attaches a spec, by its `kind`: how to call it again here. */
const LOSSES: Record<string, (models: Models, settings: Settings) => LossFn> = {
  reconstruction: (m, s) => reconstructionLoss(m.model, s.compare as ReconstructionKind),
  vae: (m, s) => vaeLoss({ encoder: m.encoder, decoder: m.decoder }, s.sampling as VaeSampling, { klWarmupEpochs: s.klWarmupEpochs as number | undefined }),
};
const PREPARERS: Record<string, (models: Models, settings: Settings) => PrepareBatch> = {
  noise: (_, s) => noisyInputs({ mean: s.mean as number, std: s.std as number }),
};

function rebuild<F>(spec: WireSpec, builders: Record<string, (m: Models, s: Settings) => F>, models: tf.LayersModel[]): F {
  const build = builders[spec.kind];
  if (!build) throw new Error(`no rebuild rule for a function of kind "${spec.kind}"`); // internal: the main thread sends known kinds only
  const byRole: Models = {};
  for (const [role, index] of Object.entries(spec.models)) byRole[role] = models[index];
  return build(byRole, spec.settings);
}

function toTensor(data: TensorData): tf.Tensor {
  return tf.tensor(data.values, data.shape, 'float32');
}

async function start(setup: WorkerSetup): Promise<(request: StepRequest) => WorkerReply> {
  await useBackend(setup.backend);
  type ModelJson = Parameters<typeof tf.models.modelFromJSON>[0];
  const models = await Promise.all(setup.topologies.map((topology) => tf.models.modelFromJSON({ modelTopology: topology } as ModelJson)));
  const variables = orderedTrainables(models);
  const loss = rebuild(setup.loss, LOSSES, models);
  const prepareBatch = setup.prepareBatch && rebuild(setup.prepareBatch, PREPARERS, models);
  const inputs = toTensor(setup.inputs);
  const data: CheckedSplit = { inputs, targets: setup.targets ? toTensor(setup.targets) : inputs, size: setup.inputs.shape[0] };

  return (request) => {
    tf.tidy(() => variables.forEach((variable, i) => variable.assign(tf.tensor(request.weights[i], variable.shape))));
    const step = { mode: 'train' as const, epoch: request.epoch, batch: request.batch, batches: request.batches, seed: request.seed };
    const part = partGradients(loss, prepareBatch, data, request.indices, step, variables, request.expectedNames);
    // Copies, so that transferring them cannot take memory away from the backend.
    const grads = part.grads.map((grad) => (grad.dataSync() as Float32Array).slice());
    tf.dispose(part.grads);
    return { type: 'gradients', names: part.names, values: part.values, grads };
  };
}

function reply(message: WorkerReply): void {
  const transfer = message.type === 'gradients' ? message.grads.map((grad) => grad.buffer as ArrayBuffer) : [];
  parentPort?.postMessage(message, transfer);
}

function failed(error: unknown): void {
  reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

if (parentPort) {
  start(workerData as WorkerSetup).then(
    (step) => {
      parentPort?.on('message', (request: StepRequest) => {
        try {
          reply(step(request));
        } catch (error) {
          failed(error);
        }
      });
      reply({ type: 'ready' });
    },
    failed,
  );
}
