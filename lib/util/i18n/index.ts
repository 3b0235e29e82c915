/** The course in two languages: one catalogue, `t` and `localize` to read it, `setLanguage` to choose. */
export { LANGUAGES, setLanguage, currentLanguage } from './language';
export type { Language } from './language';
export { t, localize, termName, graderTitle, graderHint, isNotImplementedMessage, missingTranslations } from './translate';
export type { Params } from './translate';
export { MESSAGES, NOTEBOOK_TEXTS, GRADER_TITLES, GRADER_HINTS } from './catalogue';
export type { MessageKey } from './catalogue';
