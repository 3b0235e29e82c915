/**
 * How long the plots take: a latent scatter of 10,000 labelled points (the whole MNIST test set)
 * as PNG, which should take under 2 s, and the loss chart that training redraws after every epoch.
 *
 * Run: npx tsc -p tsconfig.json && node build/scripts/plot-timing.js
 * The figures are saved under out/figures (or COURSE_FIGURES_DIR) so they can be looked at.
 */
import * as path from 'path';
import { figuresDir, Figure } from '../lib/engine/display';
import { writeFileAtomic } from '../lib/util/atomicWrite';
import { latentScatter, lossCurves, LossRecord } from '../lib/plot';

/** Ten overlapping clusters on a ring, like the z_mean of a 2-D VAE; deterministic. */
function fakeLatents(count: number): { points: number[][]; labels: number[] } {
  const points: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const digit = i % 10;
    const angle = (digit / 10) * 2 * Math.PI + 0.4 * Math.sin(i * 12.9898);
    const radius = 1.8 + 0.7 * Math.sin(i * 78.233);
    points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
    labels.push(digit);
  }
  return { points, labels };
}

function fakeHistory(epochs: number): LossRecord[] {
  const records: LossRecord[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const split of ['train', 'heldOut'] as const) {
      const gap = split === 'heldOut' ? 0.4 : 0;
      records.push({ epoch, split, term: 'reconstruction', value: 30 + 25 / epoch + gap });
      records.push({ epoch, split, term: 'KL', value: 5 + 2 / epoch + gap / 4 });
      records.push({ epoch, split, term: 'total', value: 35 + 27 / epoch + gap });
    }
  }
  return records;
}

async function timed(label: string, runs: number, render: () => Promise<Figure>): Promise<Figure> {
  const times: number[] = [];
  let figure: Figure | undefined;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    figure = await render();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const [first, ...rest] = times;
  const sorted = [...rest].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : first;
  const f = figure as Figure;
  const size = f.kind === 'png' ? `${f.png.length} bytes PNG` : `${f.svg.length} chars SVG`;
  console.log(`${label}: first ${first.toFixed(0)} ms, then median ${median.toFixed(0)} ms over ${rest.length} runs (${f.width}x${f.height}, ${size})`);
  return f;
}

async function main(): Promise<void> {
  const { points, labels } = fakeLatents(10000);
  const scatter = await timed('scatter of 10,000 labelled points', 4, () =>
    latentScatter(points, labels, { title: 'Latent space of 10,000 test digits' }),
  );
  const loss = await timed('loss chart, 25 epochs x 3 terms x 2 splits', 4, () => lossCurves(fakeHistory(25), { title: 'VAE loss' }));
  for (const f of [scatter, loss]) {
    const file = path.join(figuresDir(), `timing-${f.name}.${f.kind}`);
    writeFileAtomic(file, f.kind === 'png' ? f.png : f.svg);
    console.log(`saved ${file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
