import { useState, type JSX } from 'react';
import type { ReviewDossier, ReviewFlag } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { engineText, type Shown } from '../i18n/engine-text';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A duplicate flag's own answer: merge this dossier into the other one it names. The officer confirms once; the
 * pages move (kept, with their readings), the kept dossier is read again and this one is set aside.
 */
export function MergeDuplicate({
  dossier,
  flag,
  disabled,
  onMerged,
}: {
  dossier: ReviewDossier;
  flag: ReviewFlag | null;
  disabled: boolean;
  /** The engine's sentence about the merge, in the UI's language (the screen keeps it once this dossier is gone). */
  onMerged: (said: string) => void;
}): JSX.Element | null {
  const { t, locale } = useI18n();
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Shown | null>(null);
  if (!flag || flag.kind !== 'duplicate') return null;
  const others = (flag.record_value ?? '').split(',').map((s) => s.trim()).filter((s) => /^DS\d+$/.test(s));
  const merge = async (into: string): Promise<void> => {
    setBusy(true);
    try {
      const outcome = await api.review.merge({ from: dossier.id, into });
      setRefusal(null);
      onMerged(engineText(outcome.text ?? outcome.message, locale));
    } catch (e) {
      setRefusal(errorMessage(e));
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  return (
    <div className="merge-duplicate" data-testid="merge-duplicate">
      {others.map((into) =>
        asking === into ? (
          <p key={into} role="alertdialog" aria-label={t('review.merge.into', { id: into })}>
            {t('review.merge.confirm', { n: dossier.pages.length, from: dossier.id, into })}{' '}
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void merge(into)} data-testid="merge-yes">
              {t('review.merge.yes')}
            </button>{' '}
            <button type="button" className="btn" disabled={busy} onClick={() => setAsking(null)}>
              {t('review.merge.no')}
            </button>
          </p>
        ) : (
          <button key={into} type="button" className="btn" disabled={disabled || busy} onClick={() => setAsking(into)} data-testid={`merge-into-${into}`}>
            {t('review.merge.into', { id: into })}
          </button>
        ),
      )}
      {refusal ? <p className="decl-diff" data-testid="merge-refused">{engineText(refusal, locale)}</p> : null}
    </div>
  );
}
