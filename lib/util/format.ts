/** Numbers as short, readable text for tables, titles and progress lines. */

/** A number with 4 significant digits (exponent notation only for very small or large ones). */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  if (value === 0 || (size >= 1e-3 && size < 1e5)) return value.toPrecision(4);
  return Number.isFinite(value) ? value.toExponential(2) : String(value);
}
