import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueFilter as ContractFilter, QueueItem } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export type QueueStatus = ContractFilter['status'];
/** The contract's queue filter as the list's controls hold it: every key there, '' for any (kind, field, dossier kind). */
export type QueueFilter = { [K in keyof ContractFilter]-?: undefined extends ContractFilter[K] ? Exclude<ContractFilter[K], undefined> | '' : ContractFilter[K] };

/** Rows fetched per request; the list asks for the windows it shows. */
export const QUEUE_PAGE = 100;

export interface ReviewQueue {
  filter: QueueFilter;
  setFilter: (patch: Partial<QueueFilter>) => void;
  /** Dossiers matching the filter; null until the first window arrives. */
  total: number | null;
  /** Counts for the status tabs, whatever the filter. */
  /** Rows of the list that no longer match its status since it was fetched (decided or undone). */
  moved: () => number;
  counts: { open: number; resolved: number } | null;
  row: (index: number) => QueueItem | undefined;
  /** Fetches the window holding `index` (and resolves with its row). */
  ensure: (index: number) => Promise<QueueItem | undefined>;
  /** Updates one row in place after a decision: the queue keeps its order until refreshed. */
  patch: (id: string, change: Partial<QueueItem>) => void;
  refresh: () => void;
  /** The loaded rows that may be confirmed in bulk (see QueueItem.clean). */
  cleanIds: () => string[];
  /** Bumped whenever rows arrive or change. */
  version: number;
  error: Shown | null;
}

/**
 * The review queue, most severe first, fetched in windows so ten thousand queued dossiers cost one window.
 * Decisions patch rows in place rather than refetching: the officer's position in the queue must not jump
 * under their feet; a refresh (or a filter change) takes the engine's new order.
 */
export function useReviewQueue(): ReviewQueue {
  const [filter, setFilterState] = useState<QueueFilter>({ status: 'open', kind: '', field: '', dossierKind: '' });
  const [total, setTotal] = useState<number | null>(null);
  const [counts, setCounts] = useState<{ open: number; resolved: number } | null>(null);
  const [version, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<Shown | null>(null);
  const windows = useRef(new Map<number, Promise<QueueItem[]>>());
  const rows = useRef(new Map<number, QueueItem>());

  const loadCounts = useCallback(() => {
    Promise.all([api.review.queue({ status: 'open', limit: 1 }), api.review.queue({ status: 'resolved', limit: 1 })])
      .then(([open, resolved]) => setCounts({ open: open.total, resolved: resolved.total }))
      .catch(() => undefined);
  }, []);

  const fetchWindow = useCallback(
    (page: number): Promise<QueueItem[]> => {
      let request = windows.current.get(page);
      if (!request) {
        request = api.review
          .queue({ status: filter.status, kind: filter.kind || undefined, field: filter.field || undefined, dossierKind: filter.dossierKind || undefined, offset: page * QUEUE_PAGE, limit: QUEUE_PAGE })
          .then((answer) => {
            if (windows.current.get(page) !== request) return answer.rows; // a newer filter replaced this one
            answer.rows.forEach((r, i) => rows.current.set(page * QUEUE_PAGE + i, r));
            setTotal(answer.total);
            setError(null);
            setVersion((v) => v + 1);
            return answer.rows;
          });
        request.catch((e: unknown) => {
          windows.current.delete(page);
          setError(errorMessage(e));
        });
        windows.current.set(page, request);
      }
      return request;
    },
    [filter],
  );

  useEffect(() => {
    windows.current = new Map();
    rows.current = new Map();
    setTotal(null);
    fetchWindow(0).catch(() => undefined);
    loadCounts();
  }, [fetchWindow, loadCounts, generation]);

  const ensure = useCallback(
    async (index: number) => {
      if (index < 0) return undefined;
      const known = rows.current.get(index);
      if (known) return known;
      const page = Math.floor(index / QUEUE_PAGE);
      const got = await fetchWindow(page).catch(() => []);
      return got[index - page * QUEUE_PAGE];
    },
    [fetchWindow],
  );

  const patch = useCallback(
    (id: string, change: Partial<QueueItem>) => {
      for (const [i, r] of rows.current) if (r.id === id) rows.current.set(i, { ...r, ...change });
      setVersion((v) => v + 1);
      loadCounts();
    },
    [loadCounts],
  );

  const setFilter = useCallback((p: Partial<QueueFilter>) => setFilterState((f) => ({ ...f, ...p })), []);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const row = useCallback((index: number) => rows.current.get(index), []);
  // Rows decided since the list was fetched stay in place (the officer's position must not jump), so the list
  // holds more than its tab counts until a refresh: the caption says how many of its rows have left the filter.
  const moved = useCallback(
    () => [...rows.current.values()].filter((r) => (filter.status === 'open' ? r.status === 'resolved' : filter.status === 'resolved' ? r.status === 'needs_review' : false)).length,
    [filter.status],
  );
  const cleanIds = useCallback(() => [...rows.current.values()].filter((r) => r.clean && r.status === 'needs_review').map((r) => r.id), []);

  return { filter, setFilter, total, counts, row, ensure, patch, refresh, cleanIds, moved, version, error };
}
