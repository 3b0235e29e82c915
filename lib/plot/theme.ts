/**
 * One look for every chart: fonts, sizes and colours shared by the vega-lite charts and the
 * pictures drawn directly on a canvas, so that a digit has the same colour everywhere.
 */
import type { Config } from 'vega-lite';
import { FONT_STACK, registerMyanmarFonts } from './fonts';

// Every canvas in the library is created after this module loads, so the fonts are known in time.
registerMyanmarFonts();

/** Installed fonts only, never downloaded: sans-serif for Latin, then Myanmar fonts (see fonts.ts). */
export const FONT_FAMILY = FONT_STACK;

/** How many device pixels each chart unit gets in PNG output: 2 keeps text crisp on high-density screens. */
export const PNG_SCALE = 2;

/**
 * Ten well-separated colours (the Tableau 10 palette), one per digit class 0..9.
 * Written out rather than named so the canvas drawings can use exactly the same values.
 */
export const DIGIT_COLORS: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
];

/** The colour for things that are not split into classes. */
export const SINGLE_COLOR = DIGIT_COLORS[0];

/** Text colours: dark grey reads better than pure black next to coloured marks. */
export const TEXT_COLOR = '#333333';
export const MUTED_TEXT_COLOR = '#666666';

/** Sizes in chart units (PNG output multiplies them by PNG_SCALE). */
export const FONT_SIZES = { title: 15, axisTitle: 13, label: 12 } as const;

/** vega-lite configuration applied to every chart built by this library. */
export const CHART_CONFIG: Config = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 8,
  view: { stroke: '#dddddd' },
  title: { fontSize: FONT_SIZES.title, fontWeight: 'bold', color: TEXT_COLOR, subtitleColor: MUTED_TEXT_COLOR, anchor: 'start', offset: 10 },
  axis: {
    labelFontSize: FONT_SIZES.label,
    titleFontSize: FONT_SIZES.axisTitle,
    titleFontWeight: 'normal',
    labelColor: MUTED_TEXT_COLOR,
    titleColor: TEXT_COLOR,
    gridColor: '#eeeeee',
    domainColor: '#888888',
    tickColor: '#888888',
  },
  legend: {
    labelFontSize: FONT_SIZES.label,
    titleFontSize: FONT_SIZES.axisTitle,
    titleFontWeight: 'normal',
    labelColor: TEXT_COLOR,
    titleColor: TEXT_COLOR,
  },
  header: { labelFontSize: FONT_SIZES.axisTitle, titleFontSize: FONT_SIZES.axisTitle, labelColor: TEXT_COLOR },
};

/** A CSS font string for canvas drawing, e.g. `canvasFont(24, 'bold')`. */
export function canvasFont(sizePx: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight} ${sizePx}px ${FONT_FAMILY}`;
}
