import { useEffect, useRef, useState, type JSX } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText, type Shown } from '../i18n/engine-text';

interface Props {
  ids: readonly string[];
  onDone: (confirmed: number) => void;
  onClose: () => void;
}

/**
 * Confirms in bulk the clean dossiers of the queue (linked confidently, every open flag a probable OCR misread):
 * "the record is right" on each of their flags. Asks first, then says what was confirmed and what was skipped.
 */
export function BulkConfirmDialog({ ids, onDone, onClose }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ confirmed: number; skipped: Shown[] } | null>(null);
  const [error, setError] = useState<Shown | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const confirm = (): void => {
    setBusy(true);
    api.review
      .bulkConfirm({ ids: ids.slice(0, 1000) })
      .then((answer) => {
        setResult({ confirmed: answer.confirmed.length, skipped: answer.skipped.map((s) => s.text ?? s.reason) });
        onDone(answer.confirmed.length);
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <dialog ref={dialog} className="dialog bulk-dialog" aria-labelledby="bulk-title" onClose={onClose} data-testid="bulk-dialog">
      <header className="dialog-head">
        <h2 id="bulk-title">
          <Icon name="check" size={20} />
          {t('review.bulk.title')}
        </h2>
      </header>
      <div className="dialog-body">
        {result ? (
          <>
            <p data-testid="bulk-result">{t('review.bulk.done', { n: result.confirmed, skipped: result.skipped.length })}</p>
            {result.skipped.length > 0 ? (
              <ul className="small muted">
                {result.skipped.slice(0, 20).map((s, i) => (
                  <li key={i}>{engineText(s, locale)}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p>{t('review.bulk.question', { n: ids.length })}</p>
        )}
        {error ? <p className="error-text" role="alert">{engineText(error, locale)}</p> : null}
      </div>
      <footer className="dialog-foot">
        <button type="button" className="btn" onClick={() => dialog.current?.close()} autoFocus>
          {result ? t('report.close') : t('auth.cancel')}
        </button>
        {result ? null : (
          <button type="button" className="btn btn-primary" onClick={confirm} disabled={busy} data-testid="bulk-confirm">
            {t('review.bulk.confirm', { n: ids.length })}
          </button>
        )}
      </footer>
    </dialog>
  );
}
