import type { JSX } from 'react';
import type { DashboardStats } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';

type Row = 'residents' | 'received' | 'confirmed' | 'rejected';

/**
 * The campaign's other figures as communes report them week over week: residents imported from the population
 * register and vehicles declared by citizens — received, confirmed, rejected — with the change since the week before,
 * and how many declarations wait for a ward officer.
 */
export function CampaignTable({ campaign }: { campaign: DashboardStats['campaign'] }): JSX.Element | null {
  const { t, n } = useI18n();
  const { residents, declarations, this_week: now, last_week: before } = campaign;
  if (residents === 0 && declarations.received === 0) return null;
  const totals: Record<Row, number> = { residents, received: declarations.received, confirmed: declarations.confirmed, rejected: declarations.rejected };
  const change = (row: Row): string => {
    const d = now[row] - before[row];
    return d > 0 ? `+${n(d)}` : n(d);
  };
  return (
    <section className="dash-table dash-campaign card" aria-labelledby="dash-campaign" data-testid="dash-campaign">
      <h2 id="dash-campaign">{t('dashboard.campaign.title')}</h2>
      <table>
        <thead>
          <tr>
            <th />
            <th className="num">{t('dashboard.campaign.total')}</th>
            <th className="num">{t('dashboard.campaign.thisWeek')}</th>
            <th className="num">{t('dashboard.campaign.lastWeek')}</th>
            <th className="num">{t('dashboard.campaign.change')}</th>
          </tr>
        </thead>
        <tbody>
          {(['residents', 'received', 'confirmed', 'rejected'] as const).map((row) => (
            <tr key={row} data-testid={`dash-campaign-${row}`}>
              <td>{t(`dashboard.campaign.${row}`)}</td>
              <td className="num">{n(totals[row])}</td>
              <td className="num">{n(now[row])}</td>
              <td className="num">{n(before[row])}</td>
              <td className="num">{change(row)}</td>
            </tr>
          ))}
          <tr data-testid="dash-campaign-waiting">
            <td>{t('dashboard.campaign.waiting')}</td>
            <td className="num">{n(declarations.waiting)}</td>
            <td />
            <td />
            <td />
          </tr>
        </tbody>
      </table>
    </section>
  );
}
