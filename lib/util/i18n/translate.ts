/**
 * Looking texts up in the catalogue.
 *
 * - `t(key, params)` is for the library's own messages, named by a key (`t('backend.sentence', ...)`).
 * - `localize(text)` is for text a notebook passes in, such as a plot title: the English text is
 *   its own key, so notebook code stays plain English and identical in both languages, and the
 *   Myanmar notebook still shows Myanmar labels.
 * A text with no Myanmar translation stays English (and `missingTranslations` lists it).
 */
import { currentLanguage, Language } from './language';
import { GRADER_HINTS, GRADER_SENTENCES, GRADER_TITLES, LIBRARY_TEXTS, MESSAGES, MessageKey, NOTEBOOK_TEXTS } from './catalogue';

/** Texts translated whole: what notebooks pass to the library, and a few sentences of the library's own. */
const PHRASES: Record<string, string> = { ...NOTEBOOK_TEXTS, ...LIBRARY_TEXTS };
/** What the graders write: their failure sentences, the names of what they check, and their hints. */
const GRADER_TEXTS: Record<string, string> = { ...GRADER_SENTENCES, ...GRADER_HINTS };
import { placeholders } from './message';

export type Params = Record<string, string | number>;

function fill(template: string, params: Params, key: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`message "${key}" needs a value for {${name}}`); // internal: a caller's bug
    return String(params[name]);
  });
}

/** The text of a catalogue message in the current language (English if it has no translation). */
export function t(key: MessageKey, params: Params = {}, language: Language = currentLanguage()): string {
  const message = MESSAGES[key];
  const template = (language === 'my' && message.my) || message.en;
  return fill(template, params, key);
}

/** An English text with `{name}` holes, as a regular expression that captures them. */
interface Pattern {
  regex: RegExp;
  names: string[];
  my: string;
}

const patternsByTable = new Map<Record<string, string>, Pattern[]>();

function patternsOf(table: Record<string, string>): Pattern[] {
  let patterns = patternsByTable.get(table);
  if (!patterns) {
    patterns = Object.entries(table)
      .filter(([en]) => placeholders(en).length > 0)
      .map(([en, my]) => {
        const parts = en.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        return { regex: new RegExp(`^${parts.join('(.+?)')}$`, 's'), names: placeholders(en), my };
      });
    patternsByTable.set(table, patterns);
  }
  return patterns;
}

/**
 * `text` in Myanmar through an English-keyed table: translated whole when listed, else through
 * the first pattern it matches (`noise std {std}`), else as written.
 */
function translateText(text: string, table: Record<string, string>): string {
  const exact = table[text];
  if (exact !== undefined) return exact;
  for (const pattern of patternsOf(table)) {
    const match = pattern.regex.exec(text);
    if (match) {
      // A value caught by a hole may itself be a known text (a prior's name inside 'Prior: {name}').
      const params = Object.fromEntries(pattern.names.map((name, i) => [name, translateText(match[i + 1], table)]));
      return fill(pattern.my, params, text);
    }
  }
  return text;
}

/**
 * A text written in a notebook (a plot title, a row label, a legend entry), in the current
 * language. Known texts are translated whole; texts with numbers in them match a pattern such
 * as `noise std {std}`; anything else is shown as written.
 */
export function localize(text: string, language: Language = currentLanguage()): string {
  return language === 'en' ? text : translateText(text, PHRASES);
}

/**
 * What a grader writes, in the current language: a failure sentence (`KL of image 2`, numbers
 * filled in), the name of a checked value, or a hint. Graders write English; unknown text stays.
 */
export function graderText(text: string, language: Language = currentLanguage()): string {
  return language === 'en' ? text : translateText(text, GRADER_TEXTS);
}

const TERM_KEYS: Record<string, MessageKey> = { reconstruction: 'term.reconstruction', kl: 'term.kl', total: 'term.total', loss: 'term.loss' };

/** A loss term's name as the learner reads it ('kl' -> 'KL' in Myanmar); names the library does not know stay as they are. */
export function termName(name: string, language: Language = currentLanguage()): string {
  const key = TERM_KEYS[name];
  return key ? t(key, {}, language) : name;
}

/** A grader's check title in the current language (graders report it in English). */
export function graderTitle(title: string, language: Language = currentLanguage()): string {
  return language === 'my' ? GRADER_TITLES[title] ?? title : title;
}


/** True when a grader message is an untouched stub's "not implemented yet", in either language. */
export function isNotImplementedMessage(message: string): boolean {
  return (['en', 'my'] as const).some((language) => {
    const template = (MESSAGES['exercise.notImplemented'] as { en: string; my?: string })[language] ?? '';
    const longestFixedPart = template.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0];
    return longestFixedPart !== '' && message.includes(longestFixedPart);
  });
}

/** Catalogue keys that have no Myanmar text yet (the learner sees English for these). */
export function missingTranslations(): MessageKey[] {
  return (Object.keys(MESSAGES) as MessageKey[]).filter((key) => !(MESSAGES[key] as { my?: string }).my);
}
