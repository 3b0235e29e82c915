/**
 * Pictures for the autoencoder lessons. Every function returns a `Figure` (PNG bytes or SVG
 * text); display it with `show(figure)` from lib/engine/display.ts. The vega-lite charts also export the
 * function that builds their spec, for anyone who wants to inspect or change it.
 *
 * Drawn directly on a canvas (synchronous): imageGrid, latentCodesGrid, manifoldGrid.
 * Drawn with vega-lite (asynchronous, so `await` them): latentScatter, lossCurves,
 * latentHistogram, comparisonBars.
 */
export { imageGrid, imageGridLayout, defaultCellSize } from './imageGrid';
export type { ImageGridRow, ImageGridOptions, ImageGridLayout, CellSize } from './imageGrid';
export { latentCodesGrid, codesToImages, nearSquareShape } from './latentCodes';
export type { LatentCodesOptions } from './latentCodes';
export { manifoldGrid, manifoldGridLayout, formatTick } from './manifoldGrid';
export type { Lattice, ManifoldGridOptions, ManifoldGridLayout } from './manifoldGrid';
export { latentScatter, latentScatterSpec } from './latentScatter';
export type { ScatterPoint, LatentScatterOptions, LatentScatterSpecOptions } from './latentScatter';
export { lossCurves, lossCurvesSpec, checkLossRecords, epochTicks } from './lossCurves';
export type { LossRecord, LossCurvesOptions } from './lossCurves';
export { latentHistogram, latentHistogramSpec, histogramBins } from './histogram';
export type { HistogramSeries, HistogramBin, LatentHistogramOptions, LatentHistogramSpecOptions } from './histogram';
export { comparisonBars, comparisonBarsSpec, checkBarItems } from './comparisonBars';
export type { BarItem, ComparisonBarsOptions } from './comparisonBars';
export { renderVegaLite, compileSpec } from './render';
export type { RenderOptions, CompileResult } from './render';
export { readImages, inferImageShape } from './imageInput';
export type { ImagesInput, PlotImage, ReadImagesOptions } from './imageInput';
export type { MatrixInput, VectorInput } from './numericInput';
export type { LabelsInput } from './classLabels';
export type { Rect } from './canvasDrawing';
export { DIGIT_COLORS, CHART_CONFIG } from './theme';
export { explorerFigure, explorerScript, sideBySide } from './explorerFigure';
export type { ExplorerFigureInput } from './explorerFigure';
export { pageDecoderLayers, numberToHalf, packHalves } from './pageDecoder';
export { decodeLatentPoint, unpackDecoder, unpackHalves, halfToNumber } from './explorerPage';
export type { ExplorerPayload, PageDenseLayer, PageDecoderLayer } from './explorerPage';
export { pianoRoll } from './pianoRoll';
export type { PianoRollPanel, PianoRollOptions } from './pianoRoll';
export { synthesize, encodeWav, melodyClip, audioHtml, pitchFrequency } from './audio';
export type { PlayedNote, SynthOptions, AudioClip } from './audio';
