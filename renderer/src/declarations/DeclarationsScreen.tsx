import { useCallback, useEffect, useState, type JSX, type KeyboardEvent } from 'react';
import type { DeclarationAction, DeclarationStatus, DeclarationView, User } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHead } from '../components/PageHead';
import { formatDate, formatDateTime } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { ImportButtons, ImportOutcome } from '../records/TableImport';
import type { ImportControls } from '../records/useImport';
import { PaperLeg } from './PaperLeg';
import './declarations.css';

const FILTERS = ['pending', 'confirmed', 'rejected', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const KEYS: Record<string, DeclarationAction> = { c: 'confirm', r: 'reject', u: 'update-record' };

/**
 * The ward officer's confirmation queue: each citizen's declaration beside the station's record of the vehicle,
 * differences highlighted, decided with the keyboard (C confirm, R reject, U take the declared values into the record).
 * `job` imports the declarations' files from the heading, as on Records; the queue is read again when one ends.
 */
export function DeclarationsScreen({ user, job }: { user: User | null; job: ImportControls }): JSX.Element {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<Filter>('pending');
  const [rows, setRows] = useState<DeclarationView[]>([]);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState(0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  // A refused decision is said beside the decision's buttons, where the officer acted, not at the top of the page.
  const [refusal, setRefusal] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const window = await api.declarations.window({ offset: 0, limit: 200, status: filter === 'all' ? undefined : (filter as DeclarationStatus) });
      setRows(window.rows);
      setTotal(window.total);
      setSelected((s) => Math.min(s, Math.max(0, window.rows.length - 1)));
    } catch (e) {
      setError(e);
    }
  }, [filter]);

  // An import that ends (here or while the clerk looked elsewhere) brings new declarations: read the queue again.
  const imported = job.report;
  useEffect(() => {
    void load();
  }, [load, imported]);

  const current = rows[selected] ?? null;
  // Another declaration: the refusal said about the previous one goes.
  const currentId = current?.declaration_id;
  useEffect(() => setRefusal(null), [currentId]);
  const decide = async (action: DeclarationAction): Promise<void> => {
    if (!current || busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      await api.declarations.decide({ id: current.declaration_id, action, reason: reason.trim() || undefined });
      setReason('');
      await load();
    } catch (e) {
      setRefusal(e);
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

  const decider = user && (user.role === 'officer' || user.role === 'lead');
  return (
    <section className="decl-screen" aria-labelledby="decl-title" data-testid="screen-declarations">
      <PageHead titleId="decl-title" title={t('declarations.title')} lead={t('declarations.lead')}>
        <label className="decl-filter">
          <span>{t('declarations.filter')}</span>
          <select data-testid="decl-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`declarations.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <ImportButtons job={job} label={t('declarations.import')} hint={t('declarations.importHint')} />
      </PageHead>
      <ImportOutcome job={job} />
      {error ? <ErrorBanner message={errorMessage(error)} onDismiss={() => setError(null)} /> : null}
      {decider ? null : <p className="banner" data-testid="decl-sign-in">{t('declarations.signIn')}</p>}
      <div className="decl-body" tabIndex={0} onKeyDown={onKey} data-testid="decl-queue" aria-label={t('declarations.count', { n: total })}>
        <div className="decl-list card">
          <p className="muted" data-testid="decl-count">{t('declarations.count', { n: total })}</p>
          {rows.length === 0 ? (
            <p className="muted" data-testid="decl-empty">{filter === 'pending' ? t('declarations.none') : t('declarations.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('declarations.col.id')}</th>
                  <th>{t('declarations.col.declarant')}</th>
                  <th>{t('declarations.col.plate')}</th>
                  <th>{t('declarations.col.match')}</th>
                  <th>{t('declarations.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d, i) => (
                  <tr key={d.declaration_id} aria-selected={i === selected} data-testid={`decl-row-${d.declaration_id}`} onClick={() => setSelected(i)}>
                    <td>{d.declaration_id}</td>
                    <td>{d.full_name ?? '—'}</td>
                    <td>{d.plate ?? '—'}</td>
                    <td className={`decl-match decl-match-${d.match}`}>{t(`declarations.match.${d.match}`)}</td>
                    <td data-testid="decl-status">{t(`declarations.status.${d.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {current ? (
          <div className="decl-detail card" data-testid="decl-detail">
            <h2>{current.declaration_id}</h2>
            <p className="muted">{current.record_id ? t('declarations.detail.record_id', { id: current.record_id }) : t('declarations.detail.noRecord')}</p>
            {current.differences.length === 0 ? (
              current.record_id ? <p>{t('declarations.detail.noDifference')}</p> : null
            ) : (
              <table data-testid="decl-differences">
                <thead>
                  <tr>
                    <th>{t('declarations.detail.field')}</th>
                    <th>{t('declarations.detail.declared')}</th>
                    <th>{t('declarations.detail.record')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.differences.map((d) => (
                    <tr key={d.field}>
                      <td title={d.field}>{fieldLabel(d.field, t)}</td>
                      <td className="decl-diff">{d.declared === null ? '—' : formatDate(d.declared, locale)}</td>
                      <td className="decl-diff">{d.record === null ? '—' : formatDate(d.record, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <PaperLeg declarationId={current.declaration_id} recordId={current.record_id} />
            {current.decided_by && current.decided_at ? (
              <p className="muted" data-testid="decl-decided">{t('declarations.decidedBy', { user: current.decided_by, at: formatDateTime(current.decided_at, locale) })}</p>
            ) : null}
            <label className="decl-reason">
              <span>{t('declarations.reason')}</span>
              <input data-testid="decl-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            </label>
            <div className="decl-actions">
              <button type="button" className="btn btn-primary" data-testid="decl-confirm" disabled={busy} onClick={() => void decide('confirm')}>
                {t('declarations.confirm')}
              </button>
              <button type="button" className="btn" data-testid="decl-reject" disabled={busy} onClick={() => void decide('reject')}>
                {t('declarations.reject')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="decl-update"
                disabled={busy || !current.record_id || current.differences.length === 0}
                onClick={() => void decide('update-record')}
              >
                {t('declarations.update')}
              </button>
            </div>
            {refusal ? <ErrorBanner message={errorMessage(refusal)} onDismiss={() => setRefusal(null)} /> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
