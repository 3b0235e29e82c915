/**
 * Fonts that can draw Myanmar script as well as Latin.
 *
 * Charts list a font stack: the viewer (browser, VS Code, exported HTML) uses its sans-serif
 * font for Latin text and falls through to the first Myanmar font it has for Myanmar text.
 * PNGs are drawn by node-canvas, which finds fonts through fontconfig; registering the Myanmar
 * font files by name as well makes them found even where fontconfig's cache is stale.
 * scripts/setup.sh installs `fonts-noto-core` (Noto Sans Myanmar).
 */
import * as fs from 'fs';
import { registerFont } from 'canvas';

/** Myanmar fonts by the names Debian (Noto, Padauk), Windows and macOS give them. */
const MYANMAR_FAMILIES = ['Noto Sans Myanmar', 'Myanmar Text', 'Myanmar Sangam MN', 'Padauk'];

/** The CSS font stack for every chart: sans-serif first, so Latin text looks as before. */
export const FONT_STACK = ['sans-serif', ...MYANMAR_FAMILIES.map((f) => `'${f}'`)].join(', ');

/** Where Debian's packages put the Myanmar font files. */
const MYANMAR_FONT_FILES = [
  { file: '/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf', family: 'Noto Sans Myanmar', weight: 'normal' },
  { file: '/usr/share/fonts/truetype/noto/NotoSansMyanmar-Bold.ttf', family: 'Noto Sans Myanmar', weight: 'bold' },
  { file: '/usr/share/fonts/truetype/padauk/Padauk-Regular.ttf', family: 'Padauk', weight: 'normal' },
  { file: '/usr/share/fonts/truetype/padauk/Padauk-Bold.ttf', family: 'Padauk', weight: 'bold' },
];

let registered: string[] | undefined;

/**
 * Register the Myanmar font files that exist on this machine with node-canvas (once; node-canvas
 * wants this before it creates its first canvas). Returns the files registered.
 */
export function registerMyanmarFonts(): string[] {
  if (!registered) {
    registered = [];
    for (const { file, family, weight } of MYANMAR_FONT_FILES) {
      if (!fs.existsSync(file)) continue;
      registerFont(file, { family, weight });
      registered.push(file);
    }
  }
  return registered;
}
