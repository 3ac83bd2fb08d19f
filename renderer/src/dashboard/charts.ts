/** Geometry shared by the dashboard's hand-drawn SVG charts. */
export const CHART = { width: 640, height: 200, left: 40, right: 20, top: 10, bottom: 24 } as const;

/** A round axis maximum (1, 2, 5 × 10^k) at or above the largest value, so grid lines fall on plain numbers. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value)!;
  return step * power;
}

export function yOf(value: number, max: number): number {
  const inner = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + inner - (value / max) * inner;
}

/** Short day label for an axis: day/month. */
export function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`;
}
