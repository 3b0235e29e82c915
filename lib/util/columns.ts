/**
 * Lining text up in a terminal. `String.length` counts code points, but a terminal gives no
 * column to a mark that sits on the letter before it (Unicode category Mn: most Myanmar vowel
 * signs and the virama, Latin accents). Myanmar text measured by `.length` would be padded too
 * little and cut too early; these count columns instead.
 */

const NON_SPACING = /[\p{Mn}\p{Me}\u200B-\u200D]/u;

/** The columns `text` takes in a terminal (one per character, none per non-spacing mark). */
export function columns(text: string): number {
  let count = 0;
  for (const char of text) if (!NON_SPACING.test(char)) count++;
  return count;
}

/** `text` padded with spaces to `width` columns. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

/** `text` cut to at most `width` columns, never between a letter and its marks. */
export function cutColumns(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    if (!NON_SPACING.test(char)) {
      if (used === width) break;
      used++;
    }
    end += char.length;
  }
  return text.slice(0, end);
}
