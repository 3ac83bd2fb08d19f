import type { JSX } from 'react';
import { PageHead } from '../components/PageHead';
import { errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { CampaignTable } from './CampaignTable';
import { CumulativeLines } from './CumulativeLines';
import { DailyBars } from './DailyBars';
import { FlagTable } from './FlagTable';
import { PeopleTable } from './PeopleTable';
import { ReconcileTable } from './ReconcileTable';
import { RetiredTable } from './RetiredTable';
import { SaveReportButton } from './SaveReportButton';
import { StatTiles } from './StatTiles';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/** The station lead's overview: the campaign's daily-report numbers, live as scanning and review go on. */
export function DashboardScreen(): JSX.Element {
  const { t, locale } = useI18n();
  const { stats, error } = useDashboard();
  return (
    <section className="dash-screen" aria-labelledby="dash-title" data-testid="screen-dashboard">
      <PageHead titleId="dash-title" title={t('dashboard.title')} lead={stats ? t('dashboard.lead', { station: stats.station, at: formatDateTime(stats.generatedAt, locale) }) : t('app.loading')}>
        <SaveReportButton disabled={!stats} />
      </PageHead>
      {error ? <ErrorBanner message={errorMessage(error)} /> : null}
      {stats ? (
        <>
          <StatTiles stats={stats} />
          <div className="dash-charts">
            <DailyBars days={stats.days} />
            <CumulativeLines days={stats.days} />
          </div>
          <div className="dash-tables">
            <PeopleTable
              id="dash-officers"
              title={t('dashboard.officers')}
              columns={[t('dashboard.col.decisions'), t('dashboard.col.dossiers'), t('dashboard.col.today')]}
              rows={stats.officers.map((o) => ({ name: o.name, role: o.role, counts: [o.decisions, o.dossiers, o.today], last: o.last }))}
              empty={t('dashboard.noDecisions')}
            />
            <PeopleTable
              id="dash-clerks"
              title={t('dashboard.clerks')}
              columns={[t('dashboard.col.dossiers'), t('dashboard.col.pages'), t('dashboard.col.today')]}
              rows={stats.clerks.map((c) => ({ name: c.name, role: c.role, counts: [c.dossiers, c.pages, c.today], last: c.last }))}
              empty={t('dashboard.noScans')}
              note={t('dashboard.clerksNote')}
            />
            <FlagTable byKind={stats.flagsByKind} byField={stats.flagsByField} />
            <ReconcileTable reconciliation={stats.reconciliation} />
            <CampaignTable campaign={stats.campaign} />
            <RetiredTable at={stats.generatedAt} />
          </div>
        </>
      ) : null}
    </section>
  );
}
