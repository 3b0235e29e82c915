/**
 * Which language the course speaks to a learner: English ('en', the default) or Myanmar
 * ('my', the ISO 639-1 code of Burmese). `setLanguage` wins over the COURSE_LANG variable, so
 * a notebook's first cell decides for that notebook whatever the environment says.
 */
import { env } from '../env';

export const LANGUAGES = ['en', 'my'] as const;
export type Language = (typeof LANGUAGES)[number];

let chosen: Language | undefined;

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Speak Myanmar (`'my'`) or English (`'en'`) from now on: progress lines, plot labels, tables,
 * grader feedback and errors. `setLanguage()` with no argument goes back to COURSE_LANG.
 */
export function setLanguage(language?: Language): Language {
  if (language !== undefined && !isLanguage(language)) {
    // Both languages: the learner who mistyped may read either.
    throw new Error(
      `setLanguage: unknown language ${JSON.stringify(language)}; expected 'my' (Myanmar) or 'en' (English). ` +
        `setLanguage: ${JSON.stringify(language)} ဆိုသော ဘာသာစကားကို မသိပါ။ 'my' (မြန်မာ) သို့မဟုတ် 'en' (English) ကို သုံးပါ။`,
    );
  }
  chosen = language;
  return currentLanguage();
}

/** The language in force: the one `setLanguage` chose, else COURSE_LANG, else English. */
export function currentLanguage(): Language {
  if (chosen) return chosen;
  const fromEnv = env.lang();
  if (fromEnv === undefined) return 'en';
  if (!isLanguage(fromEnv)) {
    // Both languages: which one the learner reads is what is in question.
    throw new Error(
      `COURSE_LANG must be 'my' (Myanmar) or 'en' (English), got ${JSON.stringify(fromEnv)}. ` +
        `COURSE_LANG သည် 'my' (မြန်မာ) သို့မဟုတ် 'en' (English) ဖြစ်ရမည်၊ ရရှိသည်မှာ ${JSON.stringify(fromEnv)} ဖြစ်သည်။`,
    );
  }
  return fromEnv;
}
