import type { JSX } from 'react';
import { baseName } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import type { Translate } from '../i18n/translate';
import type { PendingScan } from './useScanImport';
import './scan-plan.css';

/** Dossiers listed by name; a larger choice is summed up after these. */
const SHOWN = 50;

interface Props {
  pending: PendingScan;
  stack: boolean;
  onStack: (stack: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Before a scan import: how the chosen files and folders will be split into dossiers (each PDF or TIFF one
 * dossier, a folder of page images one dossier, a loose image one dossier; or, split at separator sheets, a
 * stack of images cut where a sheet is), so the clerk can switch the split before anything is stored.
 */
export function ScanPlanCard({ pending, stack, onStack, onConfirm, onCancel }: Props): JSX.Element {
  const { t, n, locale } = useI18n();
  const { plan, error } = pending;
  return (
    <section className="card scan-plan" aria-labelledby="scan-plan-title" data-testid="scan-plan">
      <h2 id="scan-plan-title">{plan ? t('scan.plan.title', { n: n(plan.dossiers.length) }) : t('scan.plan.reading')}</h2>
      <p className="muted small">{t('scan.plan.lead')}</p>
      <label className="check">
        <input type="checkbox" checked={stack} onChange={(e) => onStack(e.target.checked)} data-testid="scan-plan-stack" />
        <span>{t('scan.stack')}</span>
      </label>
      {error ? (
        <p className="error-text small" role="alert">
          {engineText(error, locale)}
        </p>
      ) : null}
      {plan ? (
        <ol className="scan-plan-list">
          {plan.dossiers.slice(0, SHOWN).map((d, i) => (
            <li key={i} data-testid="scan-plan-dossier">
              <strong>{d.source.map(baseName).join(', ')}</strong>{' '}
              <span className="muted small">
                {d.files.length > 1 ? filesOf(d, t) : null}
              </span>
            </li>
          ))}
          {plan.dossiers.length > SHOWN ? <li className="muted">{t('scan.plan.more', { n: n(plan.dossiers.length - SHOWN) })}</li> : null}
          {plan.errors.map((e) => (
            <li key={e.path} className="bad small">
              {engineText(e.text ?? e.message, locale)}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="scan-plan-actions">
        <button type="button" className="btn" onClick={onCancel} data-testid="scan-plan-cancel">
          {t('scan.plan.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={!plan || plan.dossiers.length === 0} data-testid="scan-plan-confirm">
          {t('scan.plan.confirm', { n: n(plan?.dossiers.length ?? 0) })}
        </button>
      </div>
    </section>
  );
}

/** A dossier's files after its name: their count and names, or only the count when its name already lists them. */
function filesOf(d: { source: readonly string[]; files: readonly string[] }, t: Translate): string {
  const named = d.source.length === d.files.length && d.source.every((s, i) => s === d.files[i]);
  if (named) return t('scan.plan.fileCount', { n: d.files.length });
  return t('scan.plan.files', { n: d.files.length, names: d.files.slice(0, 4).map(baseName).join(', ') + (d.files.length > 4 ? '…' : '') });
}
