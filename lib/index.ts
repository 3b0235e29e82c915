/**
 * autoencoders-course: the library every notebook imports.
 *
 *     import * as ae from 'autoencoders-course';
 *     await ae.ready();            // pick the fastest TensorFlow.js backend
 *
 * This file is the whole public API, grouped by topic (docs/api.md lists it with one line per
 * name). Everything else is plumbing: import it from its own module when you need it
 * (test/api.test.ts keeps this list from growing by accident).
 */

// --- Getting started: the backend, quick mode, showing results ------------------------------
export { ready, useBackend, currentBackend } from './engine/backend';
export type { BackendName, BackendInfo } from './engine/backend';
export { show, showMarkdown } from './engine/display';
export type { Figure, HtmlFigure } from './engine/display';
export { quickMode, byMode, byKernels, publishMetrics, showBackend } from './lesson/course';
export { setLanguage } from './util/i18n';
export type { Language } from './util/i18n';

// --- Data: datasets and the lesson's image transforms -----------------------------------------
export { loadDataset, loadMnist, datasetStatus, fetchDataset, DATASET_NAMES } from '../datasets';
export { addGaussianNoise, downsample2x, upsample, UPSAMPLE_METHODS } from '../datasets';
export type { ImageDataset, ImageSplit, LoadOptions, DatasetName, NoiseOptions, UpsampleMethod } from '../datasets';
export { notDigits } from './lesson/notDigits';

// --- Models: the lesson's networks ------------------------------------------------------------
export {
  convAutoencoder, denseAutoencoder, superResolution, superResolutionWithoutBottleneck, denseVae, cnnVae,
  IMAGE_SHAPE, LOW_RES_SHAPE,
} from './models';
export type { Autoencoder, Upscaler, Vae, DenseAutoencoderOptions, DenseVaeOptions, CnnVaeOptions } from './models';

// --- Beyond images: melodies you can hear, and an adversarial autoencoder ----------------------
export { loadMelodies, tuneTokens, tokensToOneHot } from '../datasets/melodies';
export type { MelodyDataset, TuneName } from '../datasets/melodies';
export { melodyVae, melodyGruVae, adversarialAutoencoder, ringOfGaussians, standardNormal } from './models';
export type { AdversarialAutoencoder, Prior } from './models';
export {
  melodyVaeRecipe, melodyBaselines, tokenAccuracy, reconstructMelodies, encodeMelodies, decodeMelodies, showMelodies,
} from './lesson/melodies';
export { melodyGruVaeRecipe } from './lesson/melodyGru';
export { fitLongRun } from './lesson/longRun';
export { aaeRecipe, priorOverlap } from './lesson/aae';
export type { StepPhase } from './train/phases';

// --- The VAE's maths: sampling, KL divergence, the loss's two terms ---------------------------
export { reparameterize, klDivergence, vaeLossTerms } from './models/vaeMath';
export type { VaeBatch, VaeLossTerms } from './models/vaeMath';

// --- Training: losses, fit with a cache and live progress, recipes ----------------------------
export { reconstructionLoss, binaryCrossEntropy, meanSquaredError } from './train/losses';
export { vaeLoss } from './train/vaeLoss';
export type { VaeSampling, VaeLossOptions } from './train/vaeLoss';
export { noisyInputs } from './train/noisyInputs';
export { train } from './train/trainer';
export type { TrainOptions, TrainResult } from './train/trainer';
export type { LossFn, LossTerms, Batch } from './train/types';
export { fit, selfSupervised, secondsTrainedHere } from './lesson/fit';
export type { FitData, FitOptions, Fitted } from './lesson/fit';
export { convAutoencoderRecipe, denseVaeRecipe, cnnVaeRecipe, bottleneck2dRecipe } from './lesson/recipes';
export type { VaeBuilder } from './lesson/recipes';

// --- Measuring results: plain numbers, targets first ------------------------------------------
export { measureBCE, measureMSE, psnr, psnrPerImage } from './train/metrics';

// --- The latent space: encode, decode, walk, compare with PCA ---------------------------------
export { encode, decode, latticeCodes, interpolateCodes, linspace } from './lesson/latent';
export { fitPca } from './lesson/pca';
export { latentExplorer } from './lesson/latentExplorer';
export type { LatentExplorerOptions } from './lesson/latentExplorer';
export { classExamples } from './lesson/classExamples';
export type { Pca } from './lesson/pca';

// --- Plots: each returns a Figure; show(figure) displays it -----------------------------------
export {
  imageGrid, comparisonBars, latentScatter, latentHistogram, latentCodesGrid, manifoldGrid, lossCurves,
} from './plot';
export type { ImageGridRow, ImageGridOptions, BarItem, LossRecord } from './plot';

// --- Exercises: grade from the notebook, then use your own code -------------------------------
export { useExercise, grade } from './exercises';
export type { ExerciseName } from './exercises';
// The teacher's view on the class's hub (scripts/classroom/grades.ipynb)
export { classGrades } from './exercises';
export type { ClassGrades } from './exercises';
