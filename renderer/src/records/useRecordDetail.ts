import { useEffect, useState } from 'react';
import type { RecordDetail } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; record: RecordDetail }
  | { status: 'missing' }
  | { status: 'error'; message: Shown };

/** The full record with its history; refetched when the records change so the panel never shows old values. */
export function useRecordDetail(recordId: string, version: number): DetailState {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    api.records
      .show({ ids: [recordId] })
      .then((found) => {
        if (!alive) return;
        const record = found[0];
        setState(record ? { status: 'ready', record } : { status: 'missing' });
      })
      .catch((error: unknown) => {
        if (alive) setState({ status: 'error', message: errorMessage(error) });
      });
    return () => {
      alive = false;
    };
  }, [recordId, version]);
  // A different record starts from "loading", not from the previous record's values.
  const [shownFor, setShownFor] = useState(recordId);
  if (shownFor !== recordId) {
    setShownFor(recordId);
    setState({ status: 'loading' });
  }
  return state;
}
