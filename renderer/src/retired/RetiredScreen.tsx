import type { JSX } from 'react';
import { api, errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { PageHead } from '../components/PageHead';
import { formatDate } from '../format';
import { useSaveAs } from '../hooks/useSaveAs';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { useRetired } from './useRetired';
import './retired.css';

/**
 * Vehicles past their service life or out of circulation (the department's list): import the list, see which
 * vehicles are marked, which of their dossiers were scanned and from which box, which list rows matched no record,
 * and save the pick list PDF for the clerk who pulls the paper from the shelves.
 */
export function RetiredScreen(): JSX.Element {
  const { t, n, locale } = useI18n();
  const retired = useRetired();
  const pickList = useSaveAs('report-file', (out) => api.retired.pickList({ out, locale }));
  const { counts, report } = retired;
  const listed = (counts?.listed ?? 0) > 0;
  const tiles: [string, number | undefined, string][] = [
    ['listed', counts?.listed, t('retired.count.listed')],
    ['found', counts?.found, t('retired.count.found')],
    ['separated', counts?.separated, t('retired.count.separated', { dossiers: n(counts?.dossiers ?? 0) })],
  ];
  return (
    <section className="retired-screen" aria-labelledby="retired-title" data-testid="screen-retired">
      <PageHead titleId="retired-title" title={t('retired.title')} lead={t('retired.lead')}>
        <button type="button" className={listed ? 'btn' : 'btn btn-primary'} disabled={retired.busy} onClick={() => void retired.importList()} data-testid="retired-import">
          <Icon name="import" size={16} />
          {retired.busy ? t('retired.importing') : t('retired.import')}
        </button>
        {/* A pick list of no vehicle has nothing to pull from the shelves: offered once a list is imported. */}
        <button type="button" className={listed ? 'btn btn-primary' : 'btn'} disabled={pickList.busy || !listed} onClick={() => void pickList.save()} data-testid="retired-pick-list">
          <Icon name="report" size={16} />
          {t('retired.pickList')}
        </button>
      </PageHead>
      {retired.error ? <ErrorBanner message={errorMessage(retired.error)} onDismiss={() => retired.setError(null)} /> : null}
      {pickList.error ? <ErrorBanner message={pickList.error} onDismiss={() => pickList.setError(null)} /> : null}
      {pickList.result ? (
        <p className="small" role="status" data-testid="retired-pick-list-status">
          {t('retired.pickListSaved', { file: pickList.result.file, lines: n(pickList.result.lines) })}
        </p>
      ) : null}
      <div className="retired-tiles">
        {tiles.map(([key, value, label]) => (
          <div key={key} className="card retired-tile" data-testid={`retired-count-${key}`}>
            <strong>{value === undefined ? '…' : n(value)}</strong>
            <span className="muted">{label}</span>
          </div>
        ))}
      </div>
      {report ? (
        <div className="card" role="status" data-testid="retired-report">
          <p>{t('retired.report', { marked: n(report.marked), already: n(report.already_marked), unmatched: n(report.unmatched.length), rejected: n(report.rejected) })}</p>
          {report.errors.length > 0 ? (
            <ul className="retired-problems">
              {report.errors.slice(0, 50).map((e, i) => (
                <li key={i}>{engineText(e.text ?? e.message, locale)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="card retired-list">
        <h2>{t('retired.vehicles', { n: n(retired.total) })}</h2>
        {retired.vehicles.length === 0 ? (
          <p className="muted" data-testid="retired-empty">{t('retired.empty')}</p>
        ) : (
          <table data-testid="retired-vehicles">
            <thead>
              <tr>
                <th>{t('retired.col.record')}</th>
                <th>{t('retired.col.plate')}</th>
                <th>{t('retired.col.owner')}</th>
                <th>{t('retired.col.reason')}</th>
                <th>{t('retired.col.listedOn')}</th>
                <th>{t('retired.col.dossiers')}</th>
              </tr>
            </thead>
            <tbody>
              {retired.vehicles.map((v) => (
                <tr key={v.record_id} data-testid={`retired-row-${v.record_id}`}>
                  <td>{v.record_id}</td>
                  <td>{v.plate ?? '—'}</td>
                  <td>{v.owner_name ?? '—'}</td>
                  <td>{t(`retired.reason.${v.reason}`)}</td>
                  <td>{v.listed_on ? formatDate(v.listed_on, locale) : '—'}</td>
                  <td>
                    {v.dossiers.length === 0 ? (
                      <span className="muted">{t('retired.notScanned')}</span>
                    ) : (
                      v.dossiers.map((d) => (
                        <span key={d.id} className={d.separated ? 'retired-dossier retired-separated' : 'retired-dossier'} data-testid={`retired-dossier-${d.id}`}>
                          {d.id} · {d.box ?? t('retired.noBox')}
                          {d.separated ? ` · ${t('retired.separated')}` : ''}
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {retired.vehicles.length < retired.total ? (
          <button type="button" className="btn btn-quiet" onClick={() => void retired.more()} data-testid="retired-more">
            {t('retired.more')}
          </button>
        ) : null}
      </div>
      {retired.unmatched.length > 0 ? (
        <div className="card retired-unmatched" data-testid="retired-unmatched">
          <h2>{t('retired.unmatched', { n: n(counts?.unmatched ?? retired.unmatched.length) })}</h2>
          <ul className="retired-problems">
            {retired.unmatched.map((u) => (
              <li key={`${u.file}:${u.row}`}>{engineText(u.text ?? u.message, locale)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
