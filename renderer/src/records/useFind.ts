import { useEffect, useRef, useState } from 'react';
import type { FindResult } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import type { Shown } from '../i18n/engine-text';

export const SEARCH_DEBOUNCE_MS = 150;

export interface FindState {
  /** The answer for the latest settled query; stale answers to earlier keystrokes are dropped. */
  result: FindResult | null;
  searching: boolean;
  error: Shown | null;
}

/** Looks records up as the user types, once typing pauses for ~150 ms. */
export function useFind(text: string): FindState {
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const [state, setState] = useState<FindState>({ result: null, searching: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query) {
      setState({ result: null, searching: false, error: null });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    api.records
      .find({ text: query, limit: 20 })
      .then((result) => {
        if (ticket === latest.current) setState({ result, searching: false, error: null });
      })
      .catch((error: unknown) => {
        if (ticket === latest.current) setState({ result: null, searching: false, error: errorMessage(error) });
      });
  }, [query]);

  const pending = text.trim() !== query;
  return { ...state, searching: state.searching || (pending && text.trim() !== '') };
}
