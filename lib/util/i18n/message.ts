/**
 * One entry of the message catalogue: the English text and its Myanmar translation, side by
 * side so that a change to one is seen next to the other. `{name}` marks a value filled in at
 * run time; both languages must use the same names.
 */
export interface Message {
  en: string;
  /** Missing while untranslated: the learner then sees the English text. */
  my?: string;
}

/** The `{name}` placeholders of a text, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
