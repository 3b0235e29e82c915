/**
 * The message catalogue: every text the library shows a learner, in English and Myanmar.
 * One file per topic; keys start with the topic so that a key says where it is used.
 */
import { COURSE_MESSAGES } from './course';

export const MESSAGES = {
  ...COURSE_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;

export { NOTEBOOK_TEXTS } from './notebookTexts';
