import { useState, type JSX } from 'react';
import type { ReviewFlag, ReviewDossier } from '../../../preload/contract';
import { formatDate, formatDateTime } from '../format';
import { fieldLabel } from '../i18n/fieldLabel';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { CharDiff } from './CharDiff';
import { ReadingList } from './ReadingList';

interface Props {
  dossier: ReviewDossier;
  flag: ReviewFlag;
  editing: boolean;
  onEdit: (value: string) => void;
  onCancelEdit: () => void;
  onShowPage: (page: number) => void;
}

/** The confidences of the reading that gave the paper's value, if one read exactly that. */
function confidencesOf(flag: ReviewFlag): number[] | null {
  const reading = flag.readings.find((r) => r.text === flag.scan_value && r.chars.length === [...r.text].length);
  return reading ? reading.chars.map((c) => c.confidence) : null;
}

/** One flag in full: record beside paper with the character diff, the hint, the decision, every reading. */
export function FlagDetail({ dossier, flag, editing, onEdit, onCancelEdit, onShowPage }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(flag.scan_value ?? flag.record_value ?? '');
  // Dates (a registration date, a licence holder's birth date, its issue and expiry) the reader's way, 15/03/1990.
  const shown = (value: string | null): string | null => (value === null ? null : formatDate(value, locale));
  // A retired vehicle's flag holds the department's reason as a code: shown in words.
  const recordValue = flag.kind === 'retired' && flag.record_value ? t(`retired.reason.${flag.record_value}` as MessageKey) : shown(flag.record_value);
  const scanValue = shown(flag.scan_value);
  const recordLabel = t('review.record');
  const scanLabel = t('review.paper');
  return (
    <section className="flag-detail" aria-labelledby="flag-title" data-testid="flag-detail" data-field={flag.field}>
      <header className="flag-head">
        <h2 id="flag-title">{flag.field === 'record' ? t('review.linkField') : flag.field === 'pages' ? t('review.pagesField') : fieldLabel(flag.field, t)}</h2>
        <span className={`chip kind-${flag.kind}`}>{t(`review.kind.${flag.kind}` as MessageKey)}</span>
        {flag.hint ? (
          <span className={`chip hint-${flag.hint}`} data-testid="flag-hint">
            {t(`review.hint.${flag.hint}` as MessageKey)}
          </span>
        ) : null}
      </header>
      {recordValue !== null && scanValue !== null && flag.field !== 'record' && flag.field !== 'pages' ? (
        <CharDiff
          record={recordValue}
          scan={scanValue}
          // A date written the reader's way no longer lines up with the characters read.
          confidences={scanValue === flag.scan_value ? confidencesOf(flag) : null}
          recordLabel={recordLabel}
          scanLabel={scanLabel}
        />
      ) : recordValue === null && scanValue === null && flag.field === 'record' ? null : (
        <dl className="flag-values">
          <dt>{recordLabel}</dt>
          <dd className={recordValue === null ? 'muted' : 'mono'} data-testid="diff-record">{recordValue ?? t('review.none')}</dd>
          <dt>{scanLabel}</dt>
          <dd className={scanValue === null ? 'muted' : 'mono'} data-testid="diff-scan">{scanValue ?? t('review.none')}</dd>
        </dl>
      )}
      <ReadingList dossier={dossier} readings={flag.readings} onShow={onShowPage} />
      {editing ? (
        <form
          className="edit-value"
          onSubmit={(e) => {
            e.preventDefault();
            onEdit(draft);
          }}
        >
          <label>
            <span className="small strong">{t(flag.field !== 'record' ? 'review.edit.label' : dossier.kind === 'licence' ? 'review.edit.licenceLabel' : 'review.edit.recordLabel')}</span>
            <input
              autoFocus
              className="mono"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  onCancelEdit();
                }
              }}
              data-testid="edit-value"
            />
          </label>
          <span className="muted small">{t('review.edit.hint')}</span>
        </form>
      ) : null}
      {flag.decision ? (
        <p className="decision" data-testid="flag-decision">
          {t(`review.decided.${flag.decision.action}` as MessageKey, {
            user: flag.decision.user,
            value: flag.decision.value ?? '—',
            at: formatDateTime(flag.decision.at, locale),
          })}
        </p>
      ) : (
        <p className="decision open muted" data-testid="flag-decision">
          {t('review.undecided')}
        </p>
      )}
    </section>
  );
}
