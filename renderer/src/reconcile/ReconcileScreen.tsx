import { useCallback, useEffect, useState, type JSX, type KeyboardEvent, type ReactNode } from 'react';
import type { OwnerAction, StatusCounts } from '../../../preload/contract';
import { errorMessage } from '../api';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHead } from '../components/PageHead';
import { formatDate } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import { ImportButtons, ImportOutcome } from '../records/TableImport';
import type { ImportControls } from '../records/useImport';
import { BulkDecision } from './BulkDecision';
import type { ReconcileLabels, ReconcileRow, ReconcileSource } from './reconcile.types';
import '../declarations/declarations.css';

export type { ReconcileLabels, ReconcileRow, ReconcileSource } from './reconcile.types';

const FILTERS = ['not_match', 'differs', 'legacy_id', 'not_found', 'no_id', 'match'] as const;
type Filter = (typeof FILTERS)[number];
const KEYS: Record<string, OwnerAction> = { t: 'take-register', k: 'keep-record' };

/**
 * The officer's reconciliation list, shared by every subject checked against the population register (Owners,
 * Licences): the subjects not matching (or one status), the subject's value beside the register's for each
 * difference, decided one field at a time with the keyboard (T take the register's value, K keep the subject's,
 * with a reason). `facts` shows the selected subject's own values above its differences, `history` its earlier
 * versions below the decision; both are given a version that changes with every decision, to be read again.
 * `job` imports the subjects' file (the register for owners, licence records) from the heading, as on Records.
 */
export function ReconcileScreen({
  id,
  source,
  labels,
  facts,
  history,
  job,
}: {
  id: string;
  source: ReconcileSource;
  labels: ReconcileLabels;
  facts?: (key: string, version: number) => ReactNode;
  history?: (key: string, version: number) => ReactNode;
  job?: ImportControls;
}): JSX.Element {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<Filter>('not_match');
  const [counts, setCounts] = useState<StatusCounts | null>(null);
  const [rows, setRows] = useState<ReconcileRow[]>([]);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState(0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  // A refused decision is said beside the decision's buttons, where the officer acted, not at the top of the page.
  const [refusal, setRefusal] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  // Bumped after each reconciliation, so the list is read again from the fresh results.
  const [generation, setGeneration] = useState(0);

  const load = useCallback(async () => {
    try {
      const window = await source.window(filter, 0, 200);
      setRows(window.rows);
      setTotal(window.total);
      setSelected((s) => Math.min(s, Math.max(0, window.rows.length - 1)));
    } catch (e) {
      setError(e);
    }
  }, [source, filter, generation]);

  const reconcile = useCallback(async () => {
    setBusy(true);
    try {
      setCounts(await source.reconcile());
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [source]);

  // Every import and decision keeps the results current in the engine: opening the screen only reads them.
  useEffect(() => {
    source.counts().then(setCounts, setError);
  }, [source, generation]);
  // An import that ends (here or while the officer looked elsewhere) changes the results: read them again.
  const imported = job?.report;
  useEffect(() => {
    if (imported) setGeneration((g) => g + 1);
  }, [imported]);
  useEffect(() => {
    void load();
  }, [load]);

  const current = rows[selected] ?? null;
  const difference = current?.differences[0] ?? null;
  // Another subject: the refusal said about the previous one goes.
  const currentKey = current?.key;
  useEffect(() => setRefusal(null), [currentKey]);
  const decide = async (action: OwnerAction): Promise<void> => {
    if (!current || !difference || busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      await source.decide(current.key, difference.field, action, reason.trim() || undefined);
      setReason('');
      setGeneration((g) => g + 1);
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

  const matching = counts?.match ?? 0;
  const notMatching = counts ? counts.differs + counts.legacy_id + counts.not_found + counts.no_id : 0;
  return (
    <section className="decl-screen" aria-labelledby={`${id}-title`} data-testid={`screen-${id}`}>
      <PageHead titleId={`${id}-title`} title={labels.title} lead={labels.lead}>
        <label className="decl-filter">
          <span>{t('owners.filter')}</span>
          <select data-testid={`${id}-filter`} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`owners.status.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" data-testid={`${id}-reconcile`} disabled={busy} onClick={() => void reconcile()}>
          {t('owners.reconcile')}
        </button>
        {job && labels.import ? <ImportButtons job={job} label={labels.import} hint={labels.importHint ?? labels.import} /> : null}
      </PageHead>
      {job ? <ImportOutcome job={job} /> : null}
      {error ? <ErrorBanner message={errorMessage(error)} onDismiss={() => setError(null)} /> : null}
      <p data-testid={`${id}-counts`}>
        <strong>{t('owners.count.matching', { n: matching })}</strong> · {t('owners.count.notMatching', { n: notMatching })}
      </p>
      <BulkDecision
        id={id}
        source={source}
        rows={rows}
        current={current}
        checked={checked}
        setChecked={setChecked}
        keepLabel={labels.keep}
        reason={reason}
        onDone={() => setGeneration((g) => g + 1)}
      />
      <div className="decl-body" tabIndex={0} onKeyDown={onKey} data-testid={`${id}-list`} aria-label={labels.title}>
        <div className="decl-list card">
          {rows.length === 0 ? (
            <p className="muted" data-testid={`${id}-empty`}>{counts && matching + notMatching === 0 && labels.none ? labels.none : labels.empty}</p>
          ) : (
            <table data-testid={`${id}-table`} aria-rowcount={total}>
              <thead>
                <tr>
                  <th aria-label={t('owners.bulk.selectLike')} />
                  <th>{labels.key}</th>
                  <th>{t('owners.col.status')}</th>
                  <th>{t('owners.col.personal')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.key} aria-selected={i === selected} data-testid={`${id}-row-${r.key}`} onClick={() => setSelected(i)}>
                    <td onClick={(e) => e.stopPropagation()}>
                      <input
                        type="checkbox"
                        aria-label={t('owners.bulk.pick', { key: r.key })}
                        data-testid={`${id}-check-${r.key}`}
                        checked={checked.has(r.key)}
                        disabled={r.differences.length === 0}
                        onChange={(e) => setChecked(toggled(checked, r.key, e.target.checked))}
                      />
                    </td>
                    <td>{r.key}</td>
                    <td className={`decl-match decl-match-${r.status === 'match' ? 'exact' : r.status}`}>{t(`owners.status.${r.status}`)}</td>
                    <td>{r.personal_id ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {current ? (
          <div className="decl-detail card" data-testid={`${id}-detail`}>
            <h2>{current.key}</h2>
            {facts ? facts(current.key, generation) : null}
            {current.differences.length === 0 ? (
              <p>{t('owners.detail.none')}</p>
            ) : (
              <table data-testid={`${id}-differences`}>
                <thead>
                  <tr>
                    <th>{t('owners.detail.field')}</th>
                    <th>{labels.subject}</th>
                    <th>{t('owners.detail.register')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.differences.map((d) => (
                    <tr key={d.field}>
                      <td title={d.field}>
                        {fieldLabel(d.field, t)}
                        {d.hint ? <span className="muted"> ({t(`owners.hint.${d.hint}`)})</span> : null}
                      </td>
                      <td className="decl-diff">{d.record_value === null ? '—' : formatDate(d.record_value, locale)}</td>
                      <td className="decl-diff">{d.register_value === null ? '—' : formatDate(d.register_value, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {difference ? (
              <>
                <label className="decl-reason">
                  <span>{labels.reason}</span>
                  <input data-testid={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
                </label>
                <div className="decl-actions">
                  <button type="button" className="btn btn-primary" data-testid={`${id}-take`} disabled={busy} onClick={() => void decide('take-register')}>
                    {t('owners.take')}
                  </button>
                  <button type="button" className="btn" data-testid={`${id}-keep`} disabled={busy} onClick={() => void decide('keep-record')}>
                    {labels.keep}
                  </button>
                </div>
                {refusal ? <ErrorBanner message={errorMessage(refusal)} onDismiss={() => setRefusal(null)} /> : null}
              </>
            ) : null}
            {history ? history(current.key, generation) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

function toggled(set: ReadonlySet<string>, key: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
