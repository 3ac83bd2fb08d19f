import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardStats } from '../../../preload/contract';
import { api } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';

// OCR and imports report changes several times a second; the dashboard follows at a calmer pace.
const REFRESH_MS = 2000;

/** The station's progress, read again a little after dossiers or records change. */
export function useDashboard(): { stats: DashboardStats | null; error: unknown; refresh: () => void } {
  const [stats, setStats] = useState<DashboardStats | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<number | null>(null);

  const refresh = useCallback(() => {
    api.dashboard
      .stats()
      .then((next) => {
        setStats(next);
        setError(null);
      })
      .catch(setError);
  }, []);

  useEffect(() => {
    refresh();
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [refresh]);

  const later = (): void => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      refresh();
    }, REFRESH_MS);
  };
  useApiEvent('dossiers.changed', later);
  useApiEvent('records.changed', later);

  return { stats, error, refresh };
}
