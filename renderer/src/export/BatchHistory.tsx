import { Fragment, type JSX } from 'react';
import type { BatchSummary } from '../../../preload/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { BatchVerdictView } from './BatchVerdictView';
import { formatSize } from './formatSize';
import type { Batches } from './useBatches';

/** The station's batches, newest first, each with its last verdict and a button to verify it again now. */
export function BatchHistory({ batches }: { batches: Batches }): JSX.Element {
  const { t, n, locale } = useI18n();
  const { rows, total } = batches;

  const verified = (b: BatchSummary): JSX.Element => {
    if (b.verified_ok === null) return <span className="chip">{t('export.history.never')}</span>;
    const when = formatDateTime(b.verified_at ?? '', locale);
    return b.verified_ok ? (
      <span className="chip chip-good">{t('export.history.intact', { when })}</span>
    ) : (
      <span className="chip chip-bad">{t('export.history.broken', { when })}</span>
    );
  };

  return (
    <section className="card export-history" aria-labelledby="export-history-title" data-testid="export-history">
      <div className="export-section-head">
        <h2 id="export-history-title">
          <Icon name="history" size={18} />
          {t('export.history.title')}
        </h2>
        <span className="muted small">{rows === null ? t('app.loading') : t('export.history.count', { n: total })}</span>
      </div>
      {batches.error ? <ErrorBanner message={batches.error} /> : null}
      {rows !== null && rows.length === 0 ? (
        <p className="empty-note">{t('export.history.empty')}</p>
      ) : (
        <div className="history-scroll">
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t('export.history.when')}</th>
                <th scope="col">{t('export.history.who')}</th>
                <th scope="col" className="num">
                  {t('export.history.dossiers')}
                </th>
                <th scope="col" className="num">
                  {t('export.history.pages')}
                </th>
                <th scope="col">{t('export.history.where')}</th>
                <th scope="col">{t('export.history.verified')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('export.history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((b) => {
                const check = batches.checks[b.id];
                return (
                  <Fragment key={b.id}>
                    <tr data-testid="batch-row" data-batch={b.id}>
                      <td className="history-when">{formatDateTime(b.created_at, locale)}</td>
                      <td>{b.user}</td>
                      <td className="num">
                        {n(b.dossiers)}
                        {b.reexport ? <span className="muted small"> {t('export.history.reexport')}</span> : null}
                      </td>
                      <td className="num">
                        {n(b.pages)}
                        <span className="muted small"> · {formatSize(b.bytes, locale)}</span>
                      </td>
                      <td className="mono small history-dir">{b.dir}</td>
                      <td data-testid="batch-verified">{verified(b)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn"
                          onClick={() => batches.verify(b)}
                          disabled={check?.busy ?? false}
                          aria-label={t('export.history.verifyOne', { when: formatDateTime(b.created_at, locale) })}
                          data-testid="batch-verify"
                        >
                          <Icon name="shield" size={16} />
                          {t('export.history.verify')}
                        </button>
                      </td>
                    </tr>
                    {check ? (
                      <tr className="verdict-row">
                        <td colSpan={7}>
                          <BatchVerdictView check={check} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
