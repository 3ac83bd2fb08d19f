import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordFilter, StationRecord } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export const PAGE_SIZE = 200;
/** About 12,000 rows stay in memory: enough to scroll back and forth without refetching, small for 10^6 rows. */
const MAX_PAGES = 60;
/** While the scrollbar thumb is dragged through a million rows, only the window where it settles is fetched. */
const FETCH_DELAY_MS = 40;

export interface RecordPages {
  /** Rows in the current filter; null until the first page arrives. */
  total: number | null;
  row: (index: number) => StationRecord | undefined;
  /** Asks for the rows first..last (inclusive) to be loaded; cheap to call on every scroll frame. */
  want: (first: number, last: number) => void;
  error: Shown | null;
}

/**
 * Windows of the records table, fetched in pages of 200 and cached (least recently used pages dropped).
 * When the data changes (`version`), cached pages stay on screen as stale copies until their fresh copies
 * arrive, so an import running in the background does not make the table flicker.
 */
export function useRecordPages(filter: RecordFilter, version: number): RecordPages {
  const pages = useRef(new Map<number, StationRecord[]>());
  const stale = useRef(new Map<number, StationRecord[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const wanted = useRef<[number, number]>([0, 0]);
  const timer = useRef<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Shown | null>(null);
  const [, setTick] = useState(0);

  const fetchPage = useCallback(
    (page: number): void => {
      const gen = generation.current;
      inflight.current.add(page);
      api.records
        .list({ offset: page * PAGE_SIZE, limit: PAGE_SIZE, filter })
        .then(({ total: count, rows }) => {
          if (gen !== generation.current) return;
          pages.current.delete(page);
          pages.current.set(page, rows);
          stale.current.delete(page);
          while (pages.current.size > MAX_PAGES) pages.current.delete(pages.current.keys().next().value as number);
          setTotal(count);
          setError(null);
          setTick((n) => n + 1);
        })
        .catch((e: unknown) => {
          if (gen === generation.current) setError(errorMessage(e));
        })
        .finally(() => {
          if (gen === generation.current) inflight.current.delete(page);
        });
    },
    [filter],
  );

  const flush = useCallback((): void => {
    timer.current = null;
    const [first, last] = wanted.current;
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      const cached = pages.current.get(page);
      if (cached) {
        pages.current.delete(page); // Re-insert: the Map's order is the recency order.
        pages.current.set(page, cached);
      } else if (!inflight.current.has(page)) {
        fetchPage(page);
      }
    }
  }, [fetchPage]);

  const want = useCallback(
    (first: number, last: number): void => {
      const [f, l] = wanted.current;
      wanted.current = [first, last];
      if (timer.current !== null) return;
      const covered = Math.floor(first / PAGE_SIZE) === Math.floor(f / PAGE_SIZE) && Math.floor(last / PAGE_SIZE) === Math.floor(l / PAGE_SIZE);
      timer.current = window.setTimeout(flush, covered ? 0 : FETCH_DELAY_MS);
    },
    [flush],
  );

  // A new filter is a different list: drop everything. New data (version) keeps the old pages as stale copies.
  useEffect(() => {
    generation.current++;
    inflight.current.clear();
    stale.current = new Map();
    pages.current = new Map();
    setTotal(null);
    flush();
  }, [filter, flush]);

  const firstVersion = useRef(version);
  useEffect(() => {
    if (version === firstVersion.current) return;
    generation.current++;
    inflight.current.clear();
    for (const [page, rows] of pages.current) stale.current.set(page, rows);
    while (stale.current.size > MAX_PAGES) stale.current.delete(stale.current.keys().next().value as number);
    pages.current = new Map();
    flush();
  }, [version, flush]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const row = useCallback((index: number): StationRecord | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const rows = pages.current.get(page) ?? stale.current.get(page);
    return rows?.[index - page * PAGE_SIZE];
  }, []);

  return { total, row, want, error };
}
