import type { JSX } from 'react';
import type { DashboardStats, StepCounts } from '../../../preload/contract';
import { formatShare } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

export const STEPS: readonly (keyof StepCounts)[] = ['scanned', 'ocred', 'linked', 'flagged', 'resolved', 'exported'];

/** One tile per step: the total so far and today's count, then the share of station records digitized. */
export function StatTiles({ stats }: { stats: DashboardStats }): JSX.Element {
  const { t, n, locale } = useI18n();
  const today = stats.days[stats.days.length - 1]?.counts;
  const { total, digitized } = stats.records;
  return (
    <div className="dash-tiles">
      {STEPS.map((step) => (
        <div key={step} className={`dash-tile step-${step}`} data-testid={`dash-${step}`}>
          <span className="dash-tile-label">{t(`dashboard.step.${step}` as MessageKey)}</span>
          <strong className="dash-tile-value" data-testid={`dash-${step}-total`}>
            {n(stats.totals[step])}
          </strong>
          <span className="muted small">{t('dashboard.today', { count: today?.[step] ?? 0 })}</span>
        </div>
      ))}
      <div className="dash-tile dash-share" data-testid="dash-share">
        <span className="dash-tile-label">{t('dashboard.share')}</span>
        <strong className="dash-tile-value">{formatShare(total > 0 ? digitized / total : 0, locale)}</strong>
        <span className="muted small">{t('dashboard.shareOf', { digitized: n(digitized), total: n(total) })}</span>
      </div>
    </div>
  );
}
