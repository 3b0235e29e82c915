/**
 * autoencoders-course: the library every notebook imports.
 *
 *     import * as ae from 'autoencoders-course';
 *     await ae.ready();            // pick the fastest TensorFlow.js backend
 *
 * Each part lives in its own module; this file only gathers them.
 */
export * from './backend';
export * from './display';
export * from './course';
export * from './models';
export * from './vaeMath';
export * from './train';
export * from './checkpoint';
export * from './plot';
export * from './lesson';
export * from './exercises';
// The datasets, transforms and metrics. The metrics return plain numbers and take the
// prediction first; the tensor-valued training losses of the same names come from './train'.
export {
  loadDataset, loadMnist, EMBEDDED_SPLIT_SEED, DATASET_NAMES, datasetSpec, fetchDataset, DatasetUnavailableError,
  datasetStatus, listDatasets, cacheRoot, addGaussianNoise, gaussianNoise, downsample2x, upsample, UPSAMPLE_METHODS,
  psnr, psnrPerImage, verifyDataFile,
} from '../datasets';
export type { ImageDataset, ImageSplit, LoadOptions, DatasetName, NoiseOptions, UpsampleMethod } from '../datasets';
export * as metrics from '../datasets/metrics';
// Melodies for notebook 06: MIDI songs on a 16th-note grid, and a few hand-typed tunes.
export {
  loadMelodies, tokensToOneHot, tokensFromScores, withTranspositions, MELODY_STEPS, MELODY_CLASSES, REST, HOLD,
  LOWEST_PITCH, HIGHEST_PITCH, notesToTokens, tokensToNotes, normalizeTokens, tokensToText, transposeTokens,
  splitBySong, songWindows, readMidiFolder, TUNES, tuneTokens, parseNotes, midiPitch, OPENMSX_DIR,
} from '../datasets/melodies';
export type { MelodyDataset, MelodySet, LoadMelodiesOptions, GridNote, Song, TuneName, MelodySplit } from '../datasets/melodies';
