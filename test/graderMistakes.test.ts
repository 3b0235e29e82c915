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
const FIXTURES = 'test/fixtures/common-mistakes';

/** For each exercise: the checks its mistake must fail (title -> pattern the message must match). */
const EXPECTED_FAILURES: Record<string, Record<string, RegExp>> = {
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

/** A second typical mistake for some exercises, in test/fixtures/more-mistakes/ (same format). */
const MORE_FIXTURES = 'test/fixtures/more-mistakes';
const MORE_EXPECTED_FAILURES: Record<string, Record<string, RegExp>> = {
  '11-aae-discriminator': {
    'the discriminator phase changes the discriminator and nothing else': /encoder's weights had changed[\s\S]*list only aae\.discriminator/,
  },
};

function gradeAgainst(folder: string, names: string[]): GradeReport {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'build', 'scripts', 'grade.js'), '--json', '--against', folder, ...names], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(run.stdout) as GradeReport;
}

for (const [folder, expected] of [[FIXTURES, EXPECTED_FAILURES], [MORE_FIXTURES, MORE_EXPECTED_FAILURES]] as const) {
  describe(`graders on common mistakes (${folder})`, function () {
    this.timeout(5 * 60_000);
    let report: GradeReport;

    before(() => {
      report = gradeAgainst(folder, Object.keys(expected));
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
