import { useState, type JSX } from 'react';
import type { OwnerAction } from '../../../preload/contract';
import { errorMessage } from '../api';
import { engineText, type Shown } from '../i18n/engine-text';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { ReconcileRow, ReconcileSource } from './reconcile.types';
import './bulk-decision.css';

/** What a row proposes: its first difference's field and hint, under its status. */
export function proposalOf(row: ReconcileRow): string | null {
  const d = row.differences[0];
  return d ? `${row.status}|${d.field}|${d.hint ?? ''}` : null;
}

/**
 * Bulk decisions on a reviewed list: the officer ticks rows proposing the same thing (or picks every row like the
 * selected one), then one action, confirmed once, is decided row by row; each refusal is named and the rest go on.
 */
export function BulkDecision({
  id,
  source,
  rows,
  current,
  checked,
  setChecked,
  keepLabel,
  reason,
  onDone,
}: {
  id: string;
  source: ReconcileSource;
  rows: ReconcileRow[];
  current: ReconcileRow | null;
  checked: ReadonlySet<string>;
  setChecked: (keys: Set<string>) => void;
  keepLabel: string;
  reason: string;
  onDone: () => void;
}): JSX.Element {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState<OwnerAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ decided: number; skipped: { key: string; reason: Shown }[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const chosen = rows.filter((r) => checked.has(r.key));
  const proposals = new Set(chosen.map(proposalOf));
  const field = chosen[0]?.differences[0]?.field ?? null;
  const uniform = chosen.length > 0 && proposals.size === 1 && !proposals.has(null);
  const likeCurrent = (): void => {
    const wanted = current ? proposalOf(current) : null;
    if (wanted) setChecked(new Set(rows.filter((r) => proposalOf(r) === wanted).map((r) => r.key)));
  };
  const run = async (action: OwnerAction): Promise<void> => {
    if (!field) return;
    setBusy(true);
    setError(null);
    try {
      const result = await source.decideMany(chosen.map((r) => r.key), field, action, reason.trim() || undefined);
      setOutcome({ decided: result.decided.length, skipped: result.skipped });
      setChecked(new Set());
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <div className="bulk-decision" data-testid={`${id}-bulk`}>
      <button type="button" className="btn" data-testid={`${id}-select-like`} disabled={!current || !proposalOf(current)} onClick={likeCurrent}>
        {t('owners.bulk.selectLike')}
      </button>
      {chosen.length > 0 ? (
        <span data-testid={`${id}-bulk-chosen`}>
          {uniform ? t('owners.bulk.chosen', { n: chosen.length, field: fieldLabel(field, t) }) : t('owners.bulk.mixed', { n: chosen.length })}
        </span>
      ) : null}
      {uniform && pending === null ? (
        <>
          <button type="button" className="btn btn-primary" data-testid={`${id}-bulk-take`} disabled={busy} onClick={() => setPending('take-register')}>
            {t('owners.bulk.take', { n: chosen.length })}
          </button>
          <button type="button" className="btn" data-testid={`${id}-bulk-keep`} disabled={busy} onClick={() => setPending('keep-record')}>
            {t('owners.bulk.keep', { label: keepLabel.replace(/\s*\([^)]*\)$/, ''), n: chosen.length })}
          </button>
        </>
      ) : null}
      {pending !== null ? (
        <span role="alertdialog" aria-label={t('owners.bulk.confirmTitle')} data-testid={`${id}-bulk-confirm`}>
          {t(pending === 'take-register' ? 'owners.bulk.confirmTake' : 'owners.bulk.confirmKeep', { n: chosen.length, field: fieldLabel(field, t) })}{' '}
          <button type="button" className="btn btn-primary" data-testid={`${id}-bulk-yes`} disabled={busy} onClick={() => void run(pending)}>
            {t('owners.bulk.yes')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => setPending(null)}>
            {t('owners.bulk.no')}
          </button>
        </span>
      ) : null}
      {outcome ? (
        <div data-testid={`${id}-bulk-outcome`}>
          <p>{t('owners.bulk.done', { decided: outcome.decided, skipped: outcome.skipped.length })}</p>
          {outcome.skipped.length > 0 ? (
            <ul>
              {outcome.skipped.map((s) => (
                <li key={s.key}>{engineText(s.reason, locale)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {error ? <p className="decl-diff">{engineText(errorMessage(error), locale)}</p> : null}
    </div>
  );
}
