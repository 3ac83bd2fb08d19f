import type { JSX } from 'react';
import type { DayStats } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import { ChartAxes } from './ChartAxes';
import { CHART, dayLabel, niceMax, yOf } from './charts';

/** Dossiers scanned and resolved each day, side by side: the daily report's two main numbers. */
export function DailyBars({ days }: { days: DayStats[] }): JSX.Element {
  const { t } = useI18n();
  const max = niceMax(Math.max(...days.map((d) => Math.max(d.counts.scanned, d.counts.resolved))));
  const slot = (CHART.width - CHART.left - CHART.right) / days.length;
  const bar = Math.max(2, slot * 0.36);
  const xOf = (i: number): number => CHART.left + slot * (i + 0.5);
  const base = yOf(0, max);
  return (
    <figure className="dash-chart card" data-testid="dash-daily">
      <figcaption>
        <h2>{t('dashboard.daily')}</h2>
        <span className="legend">
          <i className="swatch step-scanned" /> {t('dashboard.step.scanned')}
          <i className="swatch step-resolved" /> {t('dashboard.step.resolved')}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={t('dashboard.daily')}>
        <ChartAxes max={max} days={days.map((d) => d.day)} xOf={xOf} />
        {days.map((d, i) => (
          <g key={d.day}>
            <title>{`${dayLabel(d.day)}: ${t('dashboard.step.scanned')} ${d.counts.scanned}, ${t('dashboard.step.resolved')} ${d.counts.resolved}`}</title>
            <rect className="bar step-scanned" x={xOf(i) - bar} y={yOf(d.counts.scanned, max)} width={bar} height={base - yOf(d.counts.scanned, max)} />
            <rect className="bar step-resolved" x={xOf(i)} y={yOf(d.counts.resolved, max)} width={bar} height={base - yOf(d.counts.resolved, max)} />
          </g>
        ))}
      </svg>
    </figure>
  );
}
