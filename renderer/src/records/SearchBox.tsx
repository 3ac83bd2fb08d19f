import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { FindCandidate } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { SearchResults, optionId } from './SearchResults';
import { useFind } from './useFind';
import './search.css';

interface Props {
  /** Changes whenever the app asks for the search box (Ctrl+F, "/"). */
  focusRequest: number;
  onOpen: (recordId: string) => void;
}

const LIST_ID = 'search-candidates';

/** A combobox: type a plate, serial or ID; candidates appear as you type; Enter opens the highlighted one. */
export function SearchBox({ focusRequest, onOpen }: Props): JSX.Element {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { result, searching, error } = useFind(text);
  const candidates = result?.candidates ?? [];
  const showList = open && text.trim() !== '';

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // A new answer starts again from the best candidate.
  useEffect(() => setActive(0), [result]);

  useEffect(() => {
    if (showList) document.getElementById(optionId(LIST_ID, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, showList]);

  const choose = (candidate: FindCandidate | undefined): void => {
    if (!candidate) return;
    setOpen(false);
    onOpen(candidate.record_id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((i) => Math.min(i + 1, Math.max(candidates.length - 1, 0)));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        e.preventDefault();
        choose(candidates[active]);
        break;
      case 'Escape':
        if (showList) {
          e.preventDefault();
          setOpen(false);
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className="search" data-testid="search">
      <label className="search-field">
        <span className="visually-hidden">{t('search.label')}</span>
        <Icon name="search" className="search-icon" />
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={showList && candidates.length > 0}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={showList && candidates.length > 0 ? optionId(LIST_ID, active) : undefined}
          placeholder={t('search.placeholder')}
          value={text}
          spellCheck={false}
          autoComplete="off"
          data-testid="search-input"
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {text ? (
          <button
            type="button"
            className="icon-btn search-clear"
            aria-label={t('search.clear')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setText('');
              input.current?.focus();
            }}
          >
            <Icon name="close" size={16} />
          </button>
        ) : (
          <kbd className="kbd" aria-hidden="true">
            {t('search.shortcut')}
          </kbd>
        )}
      </label>
      {showList ? (
        <SearchResults
          id={LIST_ID}
          result={result}
          searching={searching}
          error={error}
          active={active}
          onHover={setActive}
          onOpen={choose}
        />
      ) : null}
    </div>
  );
}
