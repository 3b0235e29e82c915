/**
 * Melodies drawn as a piano roll: time runs left to right (one column per 16th step), pitch
 * bottom to top, one bar per note. Several melodies sit side by side in a strip, each with a
 * caption, on one shared pitch axis, so an interpolation can be read from left to right.
 */
import type { Figure } from '../engine/display';
import { GridNote, STEPS_PER_BAR, tokensToNotes } from '../../datasets/melodies';
import { canvasToFigure, drawText, whiteCanvas } from './canvasDrawing';
import { DIGIT_COLORS, MUTED_TEXT_COLOR } from './theme';
import { t } from '../util/i18n';

/** One panel of the strip: a caption and a melody as tokens (see datasets/melodies/grid.ts). */
export interface PianoRollPanel {
  label: string;
  tokens: readonly number[];
}

export interface PianoRollOptions {
  title?: string;
  /** Pixels per step and per semitone (default 6 and 5). */
  stepWidth?: number;
  rowHeight?: number;
  name?: string;
}

const MARGIN = 10;
const GAP = 12;
const LABEL_SIZE = 12;
const TITLE_SIZE = 15;

/** Draw melodies side by side as piano rolls; returns a PNG figure. */
export function pianoRoll(panels: readonly PianoRollPanel[], options: PianoRollOptions = {}): Figure {
  if (!Array.isArray(panels) || panels.length === 0) throw new Error(t('pianoRoll.noPanels'));
  const stepWidth = options.stepWidth ?? 6;
  const rowHeight = options.rowHeight ?? 5;
  const notes: GridNote[][] = panels.map((p, i) => {
    if (!p || !Array.isArray(p.tokens) || p.tokens.length === 0) throw new Error(t('pianoRoll.tokens', { index: i }));
    return tokensToNotes(p.tokens);
  });
  const pitches = notes.flat().map((n) => n.pitch);
  // The shared pitch axis: the pitches in use, plus a little room; one octave when all panels are silent.
  const low = pitches.length ? Math.min(...pitches) - 2 : 58;
  const high = pitches.length ? Math.max(...pitches) + 2 : 70;
  const steps = Math.max(...panels.map((p) => p.tokens.length));
  const panelWidth = steps * stepWidth;
  const panelHeight = (high - low + 1) * rowHeight;
  const top = MARGIN + (options.title ? TITLE_SIZE + 8 : 0);
  const width = 2 * MARGIN + panels.length * panelWidth + (panels.length - 1) * GAP;
  const height = top + panelHeight + LABEL_SIZE + 8 + MARGIN;
  const { canvas, ctx } = whiteCanvas(width, height);
  if (options.title) drawText(ctx, options.title, MARGIN, MARGIN, { size: TITLE_SIZE, weight: 'bold', baseline: 'top' });

  panels.forEach((panel, i) => {
    const x0 = MARGIN + i * (panelWidth + GAP);
    ctx.fillStyle = '#f4f4f4';
    ctx.fillRect(x0, top, panelWidth, panelHeight);
    // Faint rows for the black keys, bar lines darker than beat lines.
    for (let p = low; p <= high; p++) {
      if ([1, 3, 6, 8, 10].includes(((p % 12) + 12) % 12)) {
        ctx.fillStyle = '#e9e9e9';
        ctx.fillRect(x0, top + (high - p) * rowHeight, panelWidth, rowHeight);
      }
    }
    for (let s = 0; s <= panel.tokens.length; s += 4) {
      ctx.fillStyle = s % STEPS_PER_BAR === 0 ? '#999999' : '#d8d8d8';
      ctx.fillRect(x0 + s * stepWidth, top, 1, panelHeight);
    }
    ctx.fillStyle = DIGIT_COLORS[0];
    for (const note of notes[i]) {
      ctx.fillRect(x0 + note.start * stepWidth + 1, top + (high - note.pitch) * rowHeight, note.steps * stepWidth - 2, rowHeight);
    }
    drawText(ctx, panel.label, x0 + panelWidth / 2, top + panelHeight + 4, {
      size: LABEL_SIZE,
      align: 'center',
      baseline: 'top',
      color: MUTED_TEXT_COLOR,
    });
  });
  return canvasToFigure(canvas, options.name ?? 'piano-roll');
}
