/**
 * Side-by-side bars comparing methods on one number, e.g. PSNR of nearest-neighbour vs bicubic
 * vs the network, optionally grouped (2x and 4x upscaling). Each bar carries its value.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from '../engine/display';
import { renderVegaLite } from './render';
import { CHART_CONFIG, DIGIT_COLORS, FONT_SIZES, TEXT_COLOR } from './theme';
import { localize, t } from '../util/i18n';

/** One bar: a method's value, optionally within a group. */
export interface BarItem {
  name: string;
  value: number;
  group?: string;
}

export interface ComparisonBarsOptions {
  title?: string;
  /** Title of the value axis, e.g. "PSNR (dB)" (default "value"). */
  valueTitle?: string;
  /** d3-format string for the numbers on the bars (default ".3~r": three significant digits). */
  valueFormat?: string;
  /** Plot area size in chart units; default height grows with the number of bars. */
  width?: number;
  height?: number;
}

/** Throw at the first item that cannot be drawn. */
export function checkBarItems(items: readonly BarItem[]): void {
  if (!Array.isArray(items) || items.length === 0) throw new Error(t('bars.noItems'));
  const grouped = items[0]?.group !== undefined;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item?.name !== 'string' || item.name === '') throw new Error(t('bars.noName', { index: i }));
    if (!Number.isFinite(item.value)) throw new Error(t('bars.value', { index: i, name: item.name, value: String(item.value) }));
    if ((item.group !== undefined) !== grouped) throw new Error(t('bars.groups'));
    const key = `${item.group ?? ''}|${item.name}`;
    if (seen.has(key)) throw new Error(grouped ? t('bars.twiceInGroup', { name: item.name, group: String(item.group) }) : t('bars.twice', { name: item.name }));
    seen.add(key);
  });
}

/** Build the vega-lite spec of the bar chart (pure: no rendering). Bars keep the order given. */
export function comparisonBarsSpec(givenItems: readonly BarItem[], options: ComparisonBarsOptions = {}): TopLevelSpec {
  // Names and groups are drawn in the course's language; the caller's items keep theirs.
  const items = givenItems.map((i) => ({ ...i, name: localize(i.name), ...(i.group !== undefined ? { group: localize(i.group) } : {}) }));
  const names = [...new Set(items.map((i) => i.name))];
  const groups = [...new Set(items.map((i) => i.group).filter((g): g is string => g !== undefined))];
  const grouped = groups.length > 0;
  const color = {
    field: 'name',
    type: 'nominal' as const,
    scale: { domain: names, range: names.map((_, k) => DIGIT_COLORS[k % DIGIT_COLORS.length]) },
    // Ungrouped bars are already named on the axis; a legend would repeat them.
    legend: grouped ? { title: null } : null,
  };
  // Horizontal bars: method names are often long, and read best on the left of their bar.
  const category = grouped
    ? { field: 'group', type: 'nominal' as const, sort: groups, axis: { title: null, labelFontSize: FONT_SIZES.axisTitle, labelLimit: 360 } }
    : { field: 'name', type: 'nominal' as const, sort: names, axis: { title: null, labelFontSize: FONT_SIZES.axisTitle, labelLimit: 360 } };
  const offset = grouped ? { yOffset: { field: 'name', type: 'nominal' as const, sort: names } } : {};
  const valueFormat = options.valueFormat ?? '.3~r';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: options.title !== undefined ? localize(options.title) : t('plot.bars.title'),
    width: options.width ?? 360,
    height: options.height ?? Math.max(80, items.length * 34),
    config: CHART_CONFIG,
    data: { values: items.map((i) => ({ name: i.name, value: i.value, ...(grouped ? { group: i.group } : {}) })) },
    encoding: {
      y: category,
      ...offset,
      // Room right of the longest bar for its number.
      x: { field: 'value', type: 'quantitative', scale: { domainMax: Math.max(0, ...items.map((i) => i.value)) * 1.15 }, axis: { title: options.valueTitle !== undefined ? localize(options.valueTitle) : t('plot.bars.value') } },
    },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { color } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: FONT_SIZES.label, color: TEXT_COLOR },
        encoding: { text: { field: 'value', type: 'quantitative', format: valueFormat } },
      },
    ],
  };
}

/**
 * Bars comparing methods on one number. Items are `{ name, value }`, or `{ name, value, group }`
 * for groups of bars (e.g. one group per upscaling factor).
 *
 * @example show(await comparisonBars([{ name: 'nearest', value: 18.2 }, { name: 'bicubic', value: 20.1 }, { name: 'network', value: 23.4 }], { title: 'Super-resolution', valueTitle: 'PSNR (dB)' }))
 */
export async function comparisonBars(
  items: readonly BarItem[],
  options: ComparisonBarsOptions & { format?: 'svg' | 'png'; name?: string } = {},
): Promise<Figure> {
  checkBarItems(items);
  return renderVegaLite(comparisonBarsSpec(items, options), { name: options.name ?? 'comparison', format: options.format ?? 'svg' });
}
