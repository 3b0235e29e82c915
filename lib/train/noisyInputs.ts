/**
 * A ready-made `prepareBatch` for denoising: the model sees noisy inputs and must give back the
 * clean targets.
 */
import * as tf from '@tensorflow/tfjs';
import { addGaussianNoise } from '../../datasets/transforms';
import { withSpec } from './lossSpecs';
import { PrepareBatch } from './types';
import { t } from '../util/i18n';

/**
 * Adds fresh Gaussian noise N(mean, std²) to the inputs of every batch and clips to [0, 1];
 * the targets stay clean. The noise is seeded with `step.seed`, so training batches get new
 * noise every time and held-out batch k gets the same noise in every evaluation.
 * Inputs must be images [N,H,W,C] in [0, 1].
 */
export function noisyInputs(options: { mean?: number; std?: number } = {}): PrepareBatch {
  const { mean = 0.5, std = 0.5 } = options;
  if (!Number.isFinite(mean)) throw new Error(t('noisyInputs.mean', { got: String(mean) }));
  if (!Number.isFinite(std) || std < 0) throw new Error(t('noisyInputs.std', { got: String(std) }));
  const prepare: PrepareBatch = (inputs, targets, _mode, step) => ({
    inputs: addGaussianNoise(inputs as tf.Tensor4D, { mean, std, seed: step.seed }),
    targets,
  });
  return withSpec(prepare, { kind: 'noise', models: {}, settings: { mean, std } });
}
