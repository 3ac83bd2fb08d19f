import type { JSX } from 'react';
import { CHART, dayLabel, yOf } from './charts';

/** Grid lines with their values on the left and every fifth day along the bottom. */
export function ChartAxes({ max, days, xOf }: { max: number; days: string[]; xOf: (i: number) => number }): JSX.Element {
  // Counts are whole: a middle line only where it falls on a whole number.
  const ticks = max % 2 === 0 ? [0, max / 2, max] : [0, max];
  return (
    <g className="chart-axes">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(v, max)} y2={yOf(v, max)} />
          <text x={CHART.left - 6} y={yOf(v, max) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {days.map((day, i) =>
        (days.length - 1 - i) % 5 === 0 ? (
          <text key={day} x={xOf(i)} y={CHART.height - 6} textAnchor="middle">
            {dayLabel(day)}
          </text>
        ) : null,
      )}
    </g>
  );
}
