/**
 * The message catalogue: every text the library shows a learner, in English and Myanmar.
 * One file per topic; keys start with the topic so that a key says where it is used.
 */
import { CACHE_MESSAGES, COURSE_MESSAGES, DATASET_MESSAGES } from './course';
import { PROGRESS_MESSAGES } from './progress';
import { ERROR_MESSAGES } from './errors';
import { PLOT_MESSAGES } from './plots';
import { GRADING_MESSAGES } from './grading';
import { PLOT_ERRORS } from './plotErrors';
import { TRAIN_ERRORS } from './trainErrors';
import { LESSON_ERRORS } from './lessonErrors';
import { DATASET_ERRORS } from './datasetErrors';
import { DATA_COMMAND } from './dataCommand';

const TOPICS = [COURSE_MESSAGES, CACHE_MESSAGES, DATASET_MESSAGES, PROGRESS_MESSAGES, ERROR_MESSAGES, PLOT_MESSAGES, GRADING_MESSAGES, PLOT_ERRORS, TRAIN_ERRORS, LESSON_ERRORS, DATASET_ERRORS, DATA_COMMAND];

export const MESSAGES = {
  ...COURSE_MESSAGES,
  ...CACHE_MESSAGES,
  ...DATASET_MESSAGES,
  ...PROGRESS_MESSAGES,
  ...ERROR_MESSAGES,
  ...PLOT_MESSAGES,
  ...GRADING_MESSAGES,
  ...PLOT_ERRORS,
  ...TRAIN_ERRORS,
  ...LESSON_ERRORS,
  ...DATASET_ERRORS,
  ...DATA_COMMAND,
};

// Two topics defining one key would silently keep the later text: refuse that at load time.
const keyCount = TOPICS.reduce((sum, topic) => sum + Object.keys(topic).length, 0);
// internal
if (keyCount !== Object.keys(MESSAGES).length) throw new Error('message catalogue: a key is defined in two topic files');

export type MessageKey = keyof typeof MESSAGES;

export { LIBRARY_TEXTS, NOTEBOOK_TEXTS } from './notebookTexts';
export { GRADER_HINTS, GRADER_SENTENCES, GRADER_TITLES } from './graderTexts';
