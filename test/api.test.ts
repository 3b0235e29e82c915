/**
 * The public API (`import * as ae from 'autoencoders-course'`): its names are a decision, so
 * they are listed here. Adding or removing one means editing this list and docs/api.md.
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import * as ae from '../lib';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every value the top level exports (types leave no trace at run time), sorted. */
const PUBLIC_VALUES = [
  'DATASET_NAMES', 'IMAGE_SHAPE', 'LOW_RES_SHAPE', 'UPSAMPLE_METHODS',
  'addGaussianNoise', 'binaryCrossEntropy', 'bottleneck2dRecipe', 'byKernels', 'byMode', 'classExamples', 'classGrades', 'cnnVae', 'cnnVaeRecipe', 'comparisonBars',
  'convAutoencoder', 'convAutoencoderRecipe', 'currentBackend', 'datasetStatus', 'decode', 'denseAutoencoder',
  'denseVae', 'denseVaeRecipe', 'downsample2x', 'encode', 'fetchDataset', 'fit', 'fitPca', 'grade', 'imageGrid',
  'interpolateCodes', 'klDivergence', 'latentCodesGrid', 'latentExplorer', 'latentHistogram', 'latentScatter', 'latticeCodes',
  'linspace', 'loadDataset', 'loadMnist', 'lossCurves', 'manifoldGrid', 'meanSquaredError', 'measureBCE',
  'measureMSE', 'noisyInputs', 'notDigits', 'psnr', 'psnrPerImage', 'publishMetrics', 'quickMode', 'ready',
  'reconstructionLoss', 'reparameterize', 'secondsTrainedHere', 'selfSupervised', 'setLanguage', 'show', 'showBackend',
  'showMarkdown', 'superResolution', 'superResolutionWithoutBottleneck', 'train', 'upsample', 'useBackend',
  'useExercise', 'vaeLoss', 'vaeLossTerms',
  // Notebook 06: melodies and the adversarial autoencoder.
  'loadMelodies', 'tuneTokens', 'tokensToOneHot', 'melodyVae', 'melodyGruVae', 'adversarialAutoencoder', 'ringOfGaussians', 'standardNormal',
  'melodyVaeRecipe', 'melodyGruVaeRecipe', 'fitLongRun', 'melodyBaselines', 'tokenAccuracy', 'reconstructMelodies', 'encodeMelodies', 'decodeMelodies',
  'showMelodies', 'aaeRecipe', 'priorOverlap',
].sort();

/** The `ae.name` uses in a source text (notebook JSON or TypeScript). */
function aeNamesUsedIn(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])ae\.([A-Za-z_]\w*)/g)].map((m) => m[1]);
}

describe('public API', () => {
  it('exports exactly the listed values', () => {
    expect(Object.keys(ae).sort()).to.deep.equal(PUBLIC_VALUES);
  });

  it('offers every name the notebooks call', () => {
    const notebooks = fs.readdirSync(path.join(ROOT, 'notebooks')).filter((f) => f.endsWith('.ipynb'));
    const types = new Set(['FitData', 'BarItem']); // type-only names: no run-time trace to check
    for (const file of notebooks) {
      const used = aeNamesUsedIn(fs.readFileSync(path.join(ROOT, 'notebooks', file), 'utf8'));
      const missing = used.filter((name) => !types.has(name) && !(name in ae));
      expect(missing, `${file} calls names the API does not export`).to.deep.equal([]);
    }
  });

  it('lists every public value in docs/api.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'api.md'), 'utf8');
    const undocumented = PUBLIC_VALUES.filter((name) => !doc.includes(`\`${name}\``));
    expect(undocumented, 'names missing from docs/api.md').to.deep.equal([]);
  });

  it('finds ae.name uses, and not lookalikes such as vae.name', () => {
    expect(aeNamesUsedIn('ae.fit(x); vae.models; const y = ae.show;')).to.deep.equal(['fit', 'show']);
  });
});
