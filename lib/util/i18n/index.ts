/** The course in two languages: one catalogue, `t` and `localize` to read it, `setLanguage` to choose. */
export { LANGUAGES, setLanguage, currentLanguage } from './language';
export type { Language } from './language';
export { t, localize, termName, graderTitle, graderText, isNotImplementedMessage, missingTranslations } from './translate';
export type { Params } from './translate';
export { MESSAGES, NOTEBOOK_TEXTS, GRADER_TITLES, GRADER_HINTS, GRADER_SENTENCES } from './catalogue';
export type { MessageKey } from './catalogue';
