/** Grader of exercise 11: the adversarial autoencoder's discriminator loss and phase. */
import * as tf from '@tensorflow/tfjs';
import { ringOfGaussians } from '../../lib/models';
import { train, StepPhase } from '../../lib/train';
import { call, expectClose, expectFinite, expectNoLeak, expectTensor, fail, loadImplementation } from './harness';

type Exercise = typeof import('../../exercises/11-aae-discriminator');
const { discriminatorLoss, discriminatorPhase } = loadImplementation<Exercise>('11-aae-discriminator');

/** A fixed discriminator whose logit is `scale * x`: it calls codes with x > 0 "from the prior". */
function fixedJudge(scale: number): tf.LayersModel {
  const layer = tf.layers.dense({ inputShape: [2], units: 1, weights: [tf.tensor2d([[scale], [0]]), tf.tensor1d([0])] });
  return tf.sequential({ layers: [layer] });
}

/** A tiny adversarial autoencoder on 6-number inputs; its encoder puts every code near (0, 0). */
function tinyAae() {
  const encoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [6], units: 2, kernelInitializer: 'zeros', biasInitializer: 'zeros' })] });
  const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 6, activation: 'sigmoid' })] });
  const discriminator = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 16, activation: 'relu' }), tf.layers.dense({ units: 1 })] });
  return { encoder, decoder, discriminator };
}

const softplus = (x: number) => Math.log(1 + Math.exp(x));

async function phaseOf(aae: ReturnType<typeof tinyAae>): Promise<StepPhase> {
  const phase = await call('discriminatorPhase(aae, prior)', () => discriminatorPhase(aae, ringOfGaussians()));
  if (phase == null || typeof phase.loss !== 'function' || !Array.isArray(phase.models)) {
    fail('discriminatorPhase(...) should return { name, loss, models, optimizer, learningRate }, with loss a function and models an array.');
  }
  return phase;
}

/** Train `steps` batches with the phase alone (through the course's trainer). */
async function trainPhase(phase: StepPhase, steps: number): Promise<void> {
  const inputs = tf.randomUniform([32 * steps, 6], 0, 1, 'float32', 11);
  try {
    await call('training with your phase', () => train({ name: 'exercise-11', phases: [phase], train: { inputs }, epochs: 1, batchSize: 32, progress: 'silent' }));
  } finally {
    inputs.dispose();
  }
}

const snapshot = (m: tf.LayersModel) => m.getWeights().map((w) => w.dataSync().slice() as Float32Array);
const moved = (m: tf.LayersModel, before: Float32Array[]) => m.getWeights().some((w, i) => w.dataSync().some((v, j) => v !== before[i][j]));

describe('11-aae-discriminator', () => {
  it('discriminatorLoss returns a scalar', async () => {
    const judge = fixedJudge(1);
    const out = await call('discriminatorLoss(...)', () => discriminatorLoss(judge, tf.zeros([4, 2]) as tf.Tensor2D, tf.ones([4, 2]) as tf.Tensor2D));
    expectTensor(out, [], 'discriminatorLoss(...)', 'take the mean of each cross-entropy (tf.losses.sigmoidCrossEntropy does) and add the two.');
    judge.dispose();
  });

  it('discriminatorLoss calls prior samples real (1) and codes fake (0)', async () => {
    const judge = fixedJudge(10); // sure that x > 0 is "prior"
    const right = await call('discriminatorLoss(...)', () => discriminatorLoss(judge, tf.tensor2d([[-1, 0]]), tf.tensor2d([[1, 0]])));
    const value = expectTensor(right, [], 'discriminatorLoss(...)').dataSync()[0];
    expectFinite([value], 'discriminatorLoss(...)');
    if (!(value < 0.01)) {
      fail(
        `A discriminator that scores the prior sample +10 and the code -10 is right about both, so its loss should be near 0; got ${value.toPrecision(4)}.`,
        'prior samples get the label 1 ("real"), the encoder\'s codes the label 0 ("fake"): are they swapped?',
      );
    }
    judge.dispose();
  });

  it('discriminatorLoss matches the cross-entropy on random logits', async () => {
    const judge = fixedJudge(1);
    const codes = [[0.3, 0], [-1.2, 0], [2.0, 0]];
    const prior = [[0.7, 0], [-0.4, 0]];
    const expected = prior.reduce((s, [x]) => s + softplus(-x), 0) / prior.length + codes.reduce((s, [x]) => s + softplus(x), 0) / codes.length;
    const out = await call('discriminatorLoss(...)', () => discriminatorLoss(judge, tf.tensor2d(codes), tf.tensor2d(prior)));
    const value = expectTensor(out, [], 'discriminatorLoss(...)').dataSync()[0];
    expectClose(value, expected, 1e-4, 'discriminatorLoss(...)',
      'mean over the prior samples of the cross-entropy with label 1, plus the mean over the codes with label 0; the discriminator gives logits, so no extra sigmoid.');
    judge.dispose();
  });

  it('discriminatorLoss frees its intermediate tensors', async () => {
    const judge = fixedJudge(1);
    const codes = tf.randomNormal([8, 2]) as tf.Tensor2D;
    const prior = tf.randomNormal([8, 2]) as tf.Tensor2D;
    await expectNoLeak('discriminatorLoss', () => call('discriminatorLoss(...)', () => discriminatorLoss(judge, codes, prior)));
    tf.dispose([codes, prior]);
    judge.dispose();
  });

  it('the discriminator phase changes the discriminator and nothing else', async () => {
    const aae = tinyAae();
    const phase = await phaseOf(aae);
    const before = { encoder: snapshot(aae.encoder), decoder: snapshot(aae.decoder), discriminator: snapshot(aae.discriminator) };
    await trainPhase(phase, 2);
    if (moved(aae.encoder, before.encoder)) {
      fail('After a discriminator step the encoder\'s weights had changed.',
        'the loss runs the encoder, so listing it in `models` lets the step move it: list only aae.discriminator.');
    }
    if (moved(aae.decoder, before.decoder)) fail('After a discriminator step the decoder\'s weights had changed.', 'list only aae.discriminator in `models`.');
    if (!moved(aae.discriminator, before.discriminator)) fail('After a discriminator step the discriminator\'s weights had not changed.', 'list aae.discriminator in `models`.');
    Object.values(aae).forEach((m) => m.dispose());
  });

  it('after training, the discriminator tells prior samples (real) from codes (fake)', async () => {
    const aae = tinyAae();
    // A higher rate than the notebook's, so that a short run shows what the phase learns.
    await trainPhase({ ...(await phaseOf(aae)), optimizer: 'adam', learningRate: 0.01 }, 60);
    const prior = ringOfGaussians().sample(200, 5);
    const codes = aae.encoder.predict(tf.randomUniform([200, 6], 0, 1, 'float32', 6)) as tf.Tensor2D;
    const [onPrior, onCodes] = tf.tidy(() => [
      (aae.discriminator.predict(prior) as tf.Tensor).greater(0).mean().dataSync()[0],
      (aae.discriminator.predict(codes) as tf.Tensor).greater(0).mean().dataSync()[0],
    ]);
    tf.dispose([prior, codes]);
    Object.values(aae).forEach((m) => m.dispose());
    if (!(onPrior > 0.8 && onCodes < 0.2)) {
      fail(
        `After 60 steps the discriminator called ${(100 * onPrior).toFixed(0)}% of prior samples and ${(100 * onCodes).toFixed(0)}% of codes "real" (logit > 0); expected most prior samples and few codes.`,
        'the phase\'s loss should compare prior.sample(n, step.seed) (label 1) with the codes of batch.inputs (label 0).',
      );
    }
  });
});
