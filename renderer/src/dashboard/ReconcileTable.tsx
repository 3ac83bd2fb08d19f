import type { JSX } from 'react';
import type { DashboardStats, ReconcileFigures } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Vehicle owners and driving-licence holders against the population register, as communes report them: matching,
 * differing or without information (with the reasons), checked, and held.
 */
export function ReconcileTable({ reconciliation }: { reconciliation: DashboardStats['reconciliation'] }): JSX.Element {
  const { t, n } = useI18n();
  const row = (key: 'owners' | 'licences', f: ReconcileFigures): JSX.Element => (
    <tr key={key} data-testid={`dash-reconcile-${key}`}>
      <td>{t(`dashboard.reconcile.${key}`)}</td>
      <td className="num" data-testid={`dash-reconcile-${key}-matching`}>
        {n(f.matching)}
      </td>
      <td className="num" data-testid={`dash-reconcile-${key}-not-matching`} title={t('dashboard.reconcile.breakdown', { differs: n(f.differs), legacy: n(f.legacy_id), notFound: n(f.not_found), noId: n(f.no_id) })}>
        {n(f.not_matching)}
      </td>
      <td className="num">{n(f.checked)}</td>
      <td className="num">{n(f.total)}</td>
    </tr>
  );
  const { owners, licences } = reconciliation;
  return (
    <section className="dash-table dash-reconcile card" aria-labelledby="dash-reconcile" data-testid="dash-reconcile">
      <h2 id="dash-reconcile">{t('dashboard.reconcile.title')}</h2>
      {owners.checked === 0 && licences.checked === 0 ? (
        <p className="muted">{t('dashboard.reconcile.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('dashboard.reconcile.subject')}</th>
              <th className="num">{t('dashboard.reconcile.matching')}</th>
              <th className="num">{t('dashboard.reconcile.notMatching')}</th>
              <th className="num">{t('dashboard.reconcile.checked')}</th>
              <th className="num">{t('dashboard.reconcile.total')}</th>
            </tr>
          </thead>
          <tbody>
            {row('owners', owners)}
            {row('licences', licences)}
          </tbody>
        </table>
      )}
    </section>
  );
}
