import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallOutput } from '../../../preload/contract';
import { api } from '../api';
import { useApiEvent } from './useApiEvent';

export type RecordStats = CallOutput<'records.stats'>;

const REFRESH_MS = 500;

/**
 * The record counts, refreshed when the engine reports a change. During an import `records.changed` arrives
 * after every batch; refreshes are spaced out so the counts stay live without hammering the engine.
 * `version` increases with every change so tables know to refetch.
 */
export function useRecordStats(): { stats: RecordStats | null; version: number; error: unknown } {
  const [stats, setStats] = useState<RecordStats | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<number | null>(null);
  const lastRun = useRef(0);

  const refresh = useCallback((changed: boolean) => {
    lastRun.current = Date.now();
    api.records
      .stats()
      .then((next) => {
        setStats(next);
        setError(null);
      })
      .catch(setError);
    if (changed) setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    refresh(false);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [refresh]);

  useApiEvent('records.changed', () => {
    if (timer.current !== null) return;
    const wait = Math.max(0, REFRESH_MS - (Date.now() - lastRun.current));
    timer.current = window.setTimeout(() => {
      timer.current = null;
      refresh(true);
    }, wait);
  });

  return { stats, version, error };
}
