import type { JSX } from 'react';
import type { FindCandidate, FindResult } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import { engineText, type Shown } from '../i18n/engine-text';
import { SearchCandidate } from './SearchCandidate';

interface Props {
  id: string;
  result: FindResult | null;
  searching: boolean;
  error: Shown | null;
  active: number;
  onHover: (index: number) => void;
  onOpen: (candidate: FindCandidate) => void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-opt-${index}`;
}

/** The ranked candidates under the search box, best first, each with the reason it matched. */
export function SearchResults({ id, result, searching, error, active, onHover, onOpen }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const candidates = result?.candidates ?? [];
  let status: string;
  if (error) status = engineText(error, locale);
  else if (!result) status = t('search.searching');
  else if (candidates.length === 0) status = t('search.none', { query: result.query });
  else status = t('search.count', { n: candidates.length });

  return (
    <div className="search-popover" data-testid="search-results">
      <div className={error ? 'search-status error-text' : 'search-status'} role="status" aria-live="polite">
        <span>{status}</span>
        {searching && result ? <span className="spinner small" aria-hidden="true" /> : null}
        {candidates.length > 0 ? <span className="muted small">{t('search.hint')}</span> : null}
      </div>
      {candidates.length > 0 ? (
        <ul id={id} className="candidates" role="listbox" aria-label={t('search.label')}>
          {candidates.map((c, index) => (
            <SearchCandidate
              key={c.record_id}
              id={optionId(id, index)}
              candidate={c}
              rank={index}
              active={index === active}
              onHover={() => onHover(index)}
              onOpen={() => onOpen(c)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
