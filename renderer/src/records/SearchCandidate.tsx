import type { JSX } from 'react';
import type { FindCandidate } from '../../../preload/contract';
import { formatPercent } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import { reasonText } from '../i18n/reason-text';

const shownFields = ['plate', 'chassis', 'engine', 'owner_id'] as const;

export interface CandidateProps {
  id: string;
  candidate: FindCandidate;
  rank: number;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
}

/** One ranked candidate: id, the matched field, a score bar, the key serials and the engine's reason. */
export function SearchCandidate({ id, candidate, rank, active, onHover, onOpen }: CandidateProps): JSX.Element {
  const { t, locale } = useI18n();
  const { record } = candidate;
  const score = Math.max(0, Math.min(1, candidate.score));
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'candidate active' : 'candidate'}
      data-testid="candidate"
      data-record-id={candidate.record_id}
      onMouseMove={onHover}
      // mousedown keeps the focus in the search box, so the list does not close before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}
    >
      <div className="cand-top">
        <span className="cand-id mono">{candidate.record_id}</span>
        {rank === 0 ? <span className="badge badge-best">{t('search.best')}</span> : null}
        <span className="chip">{t('search.matched', { field: t(`field.${candidate.field}`) })}</span>
        <span className="score" title={t('search.score', { percent: formatPercent(score, locale) })}>
          <span className="score-bar" aria-hidden="true">
            <span className="score-fill" style={{ transform: `scaleX(${score})` }} />
          </span>
          <span className="score-text">{formatPercent(score, locale)}</span>
        </span>
      </div>
      <dl className="cand-fields">
        {shownFields.map((f) => (
          <div key={f} className={f === candidate.field ? 'cand-field matched' : 'cand-field'}>
            <dt>{t(`field.${f}`)}</dt>
            <dd className="mono">{record[f] ?? '—'}</dd>
          </div>
        ))}
        <div className="cand-field owner">
          <dt>{t('field.owner_name')}</dt>
          <dd>{record.owner_name ?? '—'}</dd>
        </div>
      </dl>
      <p className="why" data-testid="candidate-why">{candidate.reason ? reasonText(candidate.reason, locale) : engineText(candidate.why, locale)}</p>
    </li>
  );
}
