/**
 * Training: the loop every notebook and exercise uses, its losses, and measuring a model.
 */
export { train, TrainOptions, TrainResult } from './trainer';
export { evaluate, EvaluateOptions } from './evaluate';
export { binaryCrossEntropy, meanSquaredError, reconstructionLoss, ReconstructionKind } from './losses';
export { makeOptimizer, OptimizerName, DEFAULT_LEARNING_RATES } from './optimizer';
export { LearningRateSchedule, scheduledRate, COSINE_FLOOR } from './schedule';
export { DEFAULT_SEED, mixSeed, stepSeed } from './seeds';
export { chooseReporter, LossChart, ProgressMode, TerminalReporter, NotebookReporter, ProgressReporter } from './progress';
export { lossesAt } from './history';
export { Batch, DataSplit, LossFn, LossPoint, LossTerms, LossValues, Mode, PrepareBatch, Split, Step } from './types';
export { noisyInputs } from './noisyInputs';
export { StepPhase } from './phases';
