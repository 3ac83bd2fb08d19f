import type { JSX } from 'react';
import type { DayStats, StepCounts } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { ChartAxes } from './ChartAxes';
import { CHART, niceMax, yOf } from './charts';

const LINES: readonly (keyof StepCounts)[] = ['scanned', 'resolved', 'exported'];

/** Running totals of scanned, resolved and exported dossiers: the gap between the lines is the work ahead. */
export function CumulativeLines({ days }: { days: DayStats[] }): JSX.Element {
  const { t } = useI18n();
  const max = niceMax(Math.max(...days.flatMap((d) => LINES.map((s) => d.cumulative[s]))));
  const step = (CHART.width - CHART.left - CHART.right) / Math.max(1, days.length - 1);
  const xOf = (i: number): number => CHART.left + step * i;
  return (
    <figure className="dash-chart card" data-testid="dash-cumulative">
      <figcaption>
        <h2>{t('dashboard.cumulative')}</h2>
        <span className="legend">
          {LINES.map((s) => (
            <span key={s}>
              <i className={`swatch step-${s}`} /> {t(`dashboard.step.${s}` as MessageKey)}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={t('dashboard.cumulative')}>
        <ChartAxes max={max} days={days.map((d) => d.day)} xOf={xOf} />
        {LINES.map((s) => (
          <polyline key={s} className={`line step-${s}`} points={days.map((d, i) => `${xOf(i)},${yOf(d.cumulative[s], max)}`).join(' ')} />
        ))}
      </svg>
    </figure>
  );
}
