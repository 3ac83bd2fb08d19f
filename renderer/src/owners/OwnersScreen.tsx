import { useCallback, useEffect, useState, type JSX, type KeyboardEvent } from 'react';
import type { OwnerAction, OwnerCounts, OwnerResult, OwnerStatus } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHead } from '../components/PageHead';
import { useI18n } from '../i18n/I18nProvider';
import '../declarations/declarations.css';

const FILTERS = ['not_match', 'differs', 'legacy_id', 'not_found', 'no_id', 'match'] as const;
type Filter = (typeof FILTERS)[number];
const KEYS: Record<string, OwnerAction> = { t: 'take-register', k: 'keep-record' };

/**
 * The officer's owner list: every record whose owner does not match the population register, the record's value
 * beside the register's for each difference, decided one field at a time with the keyboard (T take the register's
 * value, K keep the record's, with a reason).
 */
export function OwnersScreen(): JSX.Element {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('not_match');
  const [counts, setCounts] = useState<OwnerCounts | null>(null);
  const [rows, setRows] = useState<OwnerResult[]>([]);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState(0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after each reconciliation, so the list is read again from the fresh results.
  const [generation, setGeneration] = useState(0);

  const load = useCallback(async () => {
    try {
      const window = await api.owners.window({ status: filter as OwnerStatus | 'not_match', offset: 0, limit: 200 });
      setRows(window.rows);
      setTotal(window.total);
      setSelected((s) => Math.min(s, Math.max(0, window.rows.length - 1)));
    } catch (e) {
      setError(e);
    }
  }, [filter, generation]);

  const reconcile = useCallback(async () => {
    setBusy(true);
    try {
      setCounts(await api.owners.reconcile({}));
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void reconcile();
  }, [reconcile]);
  useEffect(() => {
    void load();
  }, [load]);

  const current = rows[selected] ?? null;
  const difference = current?.differences[0] ?? null;
  const decide = async (action: OwnerAction): Promise<void> => {
    if (!current || !difference || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.owners.decide({ record: current.record_id, field: difference.field, action, reason: reason.trim() || undefined });
      setReason('');
      setCounts(await api.owners.reconcile({}));
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if ((event.target as HTMLElement).tagName === 'INPUT' || (event.target as HTMLElement).tagName === 'SELECT') return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((s) => Math.max(0, Math.min(rows.length - 1, s + (event.key === 'ArrowDown' ? 1 : -1))));
      return;
    }
    const action = KEYS[event.key.toLowerCase()];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      void decide(action);
    }
  };

  const matching = counts?.match ?? 0;
  const notMatching = counts ? counts.differs + counts.legacy_id + counts.not_found + counts.no_id : 0;
  return (
    <section className="decl-screen" aria-labelledby="owners-title" data-testid="screen-owners">
      <PageHead titleId="owners-title" title={t('owners.title')} lead={t('owners.lead')}>
        <label className="decl-filter">
          <span>{t('owners.filter')}</span>
          <select data-testid="owners-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`owners.status.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" data-testid="owners-reconcile" disabled={busy} onClick={() => void reconcile()}>
          {t('owners.reconcile')}
        </button>
      </PageHead>
      {error ? <ErrorBanner message={errorMessage(error)} onDismiss={() => setError(null)} /> : null}
      <p data-testid="owners-counts">
        <strong>{t('owners.count.matching', { n: matching })}</strong> · {t('owners.count.notMatching', { n: notMatching })}
      </p>
      <div className="decl-body" tabIndex={0} onKeyDown={onKey} data-testid="owners-list" aria-label={t('owners.title')}>
        <div className="decl-list card">
          {rows.length === 0 ? (
            <p className="muted">{t('owners.empty')}</p>
          ) : (
            <table data-testid="owners-table" aria-rowcount={total}>
              <thead>
                <tr>
                  <th>{t('owners.col.record')}</th>
                  <th>{t('owners.col.status')}</th>
                  <th>{t('owners.col.personal')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.record_id} aria-selected={i === selected} data-testid={`owners-row-${r.record_id}`} onClick={() => setSelected(i)}>
                    <td>{r.record_id}</td>
                    <td className={`decl-match decl-match-${r.status === 'match' ? 'exact' : r.status}`}>{t(`owners.status.${r.status}`)}</td>
                    <td>{r.personal_id ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {current ? (
          <div className="decl-detail card" data-testid="owners-detail">
            <h2>{current.record_id}</h2>
            {current.differences.length === 0 ? (
              <p>{t('owners.detail.none')}</p>
            ) : (
              <table data-testid="owners-differences">
                <thead>
                  <tr>
                    <th>{t('owners.detail.field')}</th>
                    <th>{t('owners.detail.record')}</th>
                    <th>{t('owners.detail.register')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.differences.map((d) => (
                    <tr key={d.field}>
                      <td>
                        {d.field}
                        {d.hint ? <span className="muted"> ({t(`owners.hint.${d.hint}`)})</span> : null}
                      </td>
                      <td className="decl-diff">{d.record_value ?? '—'}</td>
                      <td className="decl-diff">{d.register_value ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <label className="decl-reason">
              <span>{t('owners.reason')}</span>
              <input data-testid="owners-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            </label>
            <div className="decl-actions">
              <button type="button" className="btn btn-primary" data-testid="owners-take" disabled={busy || !difference} onClick={() => void decide('take-register')}>
                {t('owners.take')}
              </button>
              <button type="button" className="btn" data-testid="owners-keep" disabled={busy || !difference} onClick={() => void decide('keep-record')}>
                {t('owners.keep')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
