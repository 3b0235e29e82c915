/**
 * Images that are not digits, drawn on the spot: letters, symbols and simple shapes, 28 x 28,
 * white on black like MNIST. Notebook 02 feeds them to a denoiser trained on digits to show
 * that autoencoders are data-specific: they rebuild what they were trained on, and bend
 * everything else towards it.
 */
import * as tf from '@tensorflow/tfjs';
import { createCanvas } from 'canvas';
import { t } from '../util/i18n';

type Painter = (ctx: import('canvas').CanvasRenderingContext2D) => void;

function glyph(text: string): Painter {
  return (ctx) => {
    ctx.font = 'bold 22px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 14, 15);
  };
}

const PAINTERS: Record<string, Painter> = {
  A: glyph('A'),
  K: glyph('K'),
  R: glyph('R'),
  '&': glyph('&'),
  '?': glyph('?'),
  ring: (ctx) => {
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(14, 14, 9, 0, 2 * Math.PI);
    ctx.stroke();
  },
  square: (ctx) => {
    ctx.lineWidth = 3;
    ctx.strokeRect(6, 6, 16, 16);
  },
  cross: (ctx) => {
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(5, 5);
    ctx.lineTo(23, 23);
    ctx.moveTo(23, 5);
    ctx.lineTo(5, 23);
    ctx.stroke();
  },
  checks: (ctx) => {
    for (let y = 0; y < 28; y += 7) for (let x = (y / 7) % 2 === 0 ? 0 : 7; x < 28; x += 14) ctx.fillRect(x, y, 7, 7);
  },
};

/** The names of the drawings `notDigits` can make. */
export const NOT_DIGIT_NAMES = Object.keys(PAINTERS);

/** Draw the named non-digit images as a tensor [N,28,28,1] in [0,1] (all of them by default). */
export function notDigits(names: string[] = NOT_DIGIT_NAMES): { images: tf.Tensor4D; names: string[] } {
  const unknown = names.filter((n) => !(n in PAINTERS));
  if (unknown.length) throw new Error(t('notDigits.unknown', { names: unknown.join(', '), known: NOT_DIGIT_NAMES.join(', ') }));
  const pixels = new Float32Array(names.length * 28 * 28);
  names.forEach((name, i) => {
    const canvas = createCanvas(28, 28);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'black';
    ctx.fillRect(0, 0, 28, 28);
    ctx.fillStyle = 'white';
    ctx.strokeStyle = 'white';
    PAINTERS[name](ctx);
    const rgba = ctx.getImageData(0, 0, 28, 28).data;
    for (let p = 0; p < 28 * 28; p++) pixels[i * 784 + p] = rgba[p * 4] / 255;
  });
  return { images: tf.tensor4d(pixels, [names.length, 28, 28, 1]), names };
}
