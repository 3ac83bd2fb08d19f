import type { JSX } from 'react';
import type { LinkInfo } from '../../../preload/contract';
import type { LinkSubject } from '../../../preload/messages';
import { formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { reasonsText, verdictText } from '../i18n/reason-text';
import { linkScoreShare } from './linkScore';

interface Props {
  link: LinkInfo | null;
  /** A licence card's dossier is linked to a licence, a vehicle's to a record. */
  subject?: LinkSubject;
  recordId: string | null;
  /** Links the dossier to a candidate (officers and leads only; absent otherwise). */
  onLink?: (recordId: string) => void;
}

/** How the dossier was linked to its record: confidence, the plain reason, and the candidates weighed. */
export function LinkPanel({ link, subject = 'record', recordId, onLink }: Props): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <section className="link-panel" data-testid="link-panel">
      <h3>{t('review.link')}</h3>
      <p>
        {recordId ? <span className="mono strong">{recordId}</span> : <span className="strong">{t('review.unlinked')}</span>}
        {link ? <span className="muted small"> · {t('review.linkConfidence', { p: formatPercent(link.confidence, locale) })}</span> : null}
      </p>
      {link ? (
        <p className="muted small" data-testid="link-reason">
          {link.reason_code ? verdictText(link.reason_code, locale, subject) : engineText(link.reason, locale)}
        </p>
      ) : null}
      {link && link.candidates.length > 0 ? (
        <ul className="candidates">
          {link.candidates.map((c) => (
            <li key={c.record_id}>
              <span className="mono">{c.record_id}</span>
              <span className="muted small"><span className="num" data-testid="candidate-score">{formatPercent(linkScoreShare(c.score), locale)}</span> · {c.reasons ? reasonsText(c.reasons, locale) : engineText(c.why, locale)}</span>
              {onLink && c.record_id !== recordId ? (
                <button type="button" className="btn btn-quiet" onClick={() => onLink(c.record_id)}>
                  {t('review.linkTo')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
