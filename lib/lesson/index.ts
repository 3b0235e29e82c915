/**
 * Pieces the notebooks use to tell the lesson's story: training with the model cache, PCA to
 * compare with, walks through latent space, and images that are not digits.
 */
export { fit, selfSupervised, secondsTrainedHere, isFitCached, FitData, FitOptions, Fitted } from './fit';
export { fitPca, Pca } from './pca';
export { linspace, latticeCodes, interpolateCodes, encode, decode } from './latent';
export { notDigits, NOT_DIGIT_NAMES } from './notDigits';
export { vaeLoss, VaeSampling } from '../train/vaeLoss';
export { convAutoencoderRecipe, denseVaeRecipe, cnnVaeRecipe, bottleneck2dRecipe, VaeBuilder } from './recipes';
export { latentExplorer, EncoderDecoderInput, LatentExplorerOptions } from './latentExplorer';
export { classExamples, firstOfEachClass } from './classExamples';
export {
  melodyVaeLossFn, melodyFitData, melodyVaeRecipe, reconstructMelodies, decodeMelodies, encodeMelodies, tokenAccuracy,
  melodyBaselines, className, tokensClip, showMelodies,
} from './melodies';
export { melodyGruVaeLossFn, melodyGruVaeRecipe, MelodyGruVaeSettings } from './melodyGru';
export { fitLongRun } from './longRun';
export {
  discriminatorLoss, reconstructionPhase, discriminatorPhase, regularizationPhase, aaePhases, aaeRecipe, priorOverlap,
} from './aae';
