import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierView } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { Shown } from '../i18n/engine-text';

export const WINDOW = 50;
/** Events arrive per page while OCR runs; the list is refetched at most this often. */
const REFRESH_DELAY_MS = 300;

export interface DossierList {
  rows: DossierView[];
  /** Dossiers in the station; null until the first window arrives. */
  total: number | null;
  /** Bumped on every `dossiers.changed`: open panels refetch what they show. */
  version: number;
  loadMore: () => void;
  error: Shown | null;
}

/**
 * The station's dossiers, newest first, in windows of 50: the first window at once, more on request.
 * On `dossiers.changed` every loaded window is fetched again, so statuses update in place.
 */
export function useDossiers(): DossierList {
  const [windows, setWindows] = useState(1);
  const [rows, setRows] = useState<DossierView[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<Shown | null>(null);
  const timer = useRef<number | null>(null);

  useApiEvent('dossiers.changed', () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      setVersion((v) => v + 1);
    }, REFRESH_DELAY_MS);
  });

  useEffect(() => {
    let live = true;
    const requests = Array.from({ length: windows }, (_, i) => api.dossiers.list({ offset: i * WINDOW, limit: WINDOW }));
    Promise.all(requests)
      .then((answers) => {
        if (!live) return;
        setRows(answers.flatMap((a) => a.rows));
        setTotal(answers[answers.length - 1]?.total ?? 0);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [windows, version]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const loadMore = useCallback(() => setWindows((n) => n + 1), []);
  return { rows, total, version, loadMore, error };
}
