/**
 * The graders diagnose real mistakes, not only missing code: each file in
 * test/fixtures/common-mistakes/ is an attempt with one typical mistake, and the grader must
 * fail exactly the checks that mistake breaks, with a message that points at it.
 */
import { expect } from 'chai';
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { GradeReport } from '../lib/exercises';

const ROOT = path.resolve(__dirname, '..', '..');
/** For each exercise: the checks its mistake must fail (title -> pattern the message must match). */
type Expected = Record<string, Record<string, RegExp>>;

/** test/fixtures/common-mistakes/: one mistake per exercise. */
const EXPECTED_FAILURES: Expected = {
  '01-gaussian-noise': { 'clips the result to [0, 1]': /clipped to exactly 1.*\n.*clipByValue/ },
  '02-downsample': {
    'averages each 2x2 block (exact values on a known image)': /should be 0\.01849.*got 0\.03699[\s\S]*not the maximum/,
    'matches 2x2 averages on random images with several channels': /mean of its 2x2 block/,
  },
  '04-bottleneck-2d': {
    'encodeToPoints uses zMean for a VAE encoder with outputs [zMean, zLogVar]': /returned an array of 2 tensors[\s\S]*keep zMean/,
    'encodeToPoints refuses an encoder whose codes are not 2-D, with a clear error': /returned a tensor \[3,3\] instead of throwing/,
  },
  '05-latent-noise': {
    'perturbLatent adds noise of mean 0 and standard deviation std to every number': /should be 0\.5000.*got 0\.2[45][\s\S]*not std²/,
    'decodeWithLatentNoise decodes the perturbed codes': /spread of the decoded change/,
  },
  '07-reparameterize': {
    'samples have mean zMean and standard deviation exp(0.5 * zLogVar)': /should be 2\.000 .*got (3\.9|4\.0)[\s\S]*original mix-up/,
    'gradients flow back to zMean and zLogVar': /dz\/dzLogVar[\s\S]*exp\(0\.5 \* zLogVar\)/,
  },
  '08-vae-loss': {
    'reconstruction is the sum of squared errors of each image, averaged over the batch': /got 0\.1300[\s\S]*averaged over the pixels too/,
    'reconstruction works for any image size (e.g. 4x4 colour images)': /sum over every value of an image/,
    'gradients of total reach the reconstructions, zMean and zLogVar': /d total \/ d reconstructions/,
  },
  '11-aae-discriminator': {
    'discriminatorLoss calls prior samples real (1) and codes fake (0)': /near 0; got 20\.00[\s\S]*swapped/,
    'discriminatorLoss matches the cross-entropy on random logits': /should be 1\.740/,
    'after training, the discriminator tells prior samples (real) from codes (fake)': /called 0% of prior samples and 100% of codes/,
  },
};

/**
 * More mistakes learners made, in two more folders (one file per exercise in each). The message
 * must name the real problem: std ignored (not "noise reused"), one eps for the batch or
 * Uniform eps (not a "correlation"), KL left out of total and a linear decoder output (not a
 * raw tfjs error), and the two wrong answers exercise 9 used to pass.
 */
const MORE_FAILURES: Expected = {
  '01-gaussian-noise': {
    'adds noise of the requested mean and std, a new value for every pixel': /standard deviation of the change .* got 0\.[3-5][\s\S]*options\.std/,
    'clips the result to [0, 1]': /never went above 1: is the noise drawn with the std asked for/,
  },
  '03-conv-autoencoder': {
    'the decoder ends with a sigmoid: every output pixel lies in [0, 1]': /outside \[0, 1\][\s\S]*sigmoid/,
    'encoder and decoder together learn to reconstruct images (short training)': /binary cross-entropy \(the training loss\) needs values in \[0, 1\][\s\S]*sigmoid/,
  },
  '07-reparameterize': {
    'samples have mean zMean and standard deviation exp(0.5 * zLogVar)': /every image got the same sample[\s\S]*not one eps for the whole batch/,
    'draws an independent eps for every number': /different images got the same eps[\s\S]*not one eps for the whole batch/,
    'gradients flow back to zMean and zLogVar': /same for all 5000 images[\s\S]*not one eps for the whole batch/,
  },
  '08-vae-loss': {
    'total is reconstruction + kl': /total should be/,
    'gradients of total reach the reconstructions, zMean and zLogVar': /total does not depend on zMean and zLogVar[\s\S]*include the KL term/,
  },
  '09-cnn-vae': {
    'zLogVar can be negative (it is a log-variance, so its head has no activation)': /never negative[\s\S]*no activation/,
  },
  '11-aae-discriminator': {
    'the discriminator phase changes the discriminator and nothing else': /encoder's weights had changed[\s\S]*list only aae\.discriminator/,
  },
};
const OTHER_FAILURES: Expected = {
  '07-reparameterize': {
    'samples have mean zMean and standard deviation exp(0.5 * zLogVar)': /should be 1\.000 .*got 1\.[45][\s\S]*not tf\.randomUniform/,
    'draws an independent eps for every number': /mean should be 0; got 0\.[45].*Uniform\(0, 1\)/,
    'gradients flow back to zMean and zLogVar': /mean of dz\/dzLogVar[\s\S]*not tf\.randomUniform/,
  },
  '09-cnn-vae': {
    'encoder and decoder are convolutional: most of their work is convolution': /most of the encoder's work should be convolution[\s\S]*\(0% convolution\)/,
  },
};

function gradeFolder(folder: string, names: string[]): GradeReport {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'build', 'scripts', 'grade.js'), '--json', '--against', folder, ...names], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(run.stdout) as GradeReport;
}

for (const [folder, expected] of [
  ['test/fixtures/common-mistakes', EXPECTED_FAILURES],
  ['test/fixtures/common-mistakes-2', MORE_FAILURES],
  ['test/fixtures/common-mistakes-3', OTHER_FAILURES],
] as Array<[string, Expected]>) {
  describe(`graders on common mistakes (${path.basename(folder)})`, function () {
    this.timeout(5 * 60_000);
    let report: GradeReport;

    before(() => {
      report = gradeFolder(folder, Object.keys(expected));
    });

    for (const [name, failures] of Object.entries(expected)) {
      it(`${name}: fails exactly the checks its mistake breaks, and says why`, () => {
        const exercise = report.exercises.find((e) => e.name === name);
        expect(exercise, `${name} was not graded`).to.not.equal(undefined);
        const failing = exercise!.checks.filter((c) => !c.ok);
        expect(failing.map((c) => c.title)).to.have.members(Object.keys(failures));
        for (const check of failing) expect(check.message, check.title).to.match(failures[check.title]);
      });
    }
  });
}
