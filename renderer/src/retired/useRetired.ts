import { useCallback, useEffect, useState } from 'react';
import type { RetiredCounts, RetiredImportReport, RetiredUnmatched, RetiredVehicle } from '../../../preload/contract';
import { api } from '../api';

const PAGE = 200;

export interface RetiredState {
  counts: RetiredCounts | null;
  vehicles: RetiredVehicle[];
  total: number;
  unmatched: RetiredUnmatched[];
  report: RetiredImportReport | null;
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  /** Asks for the department's list files, imports them, then shows what they did. */
  importList: () => Promise<void>;
  more: () => Promise<void>;
}

/** The Retired screen's data: counts, marked vehicles (a page at a time), unmatched rows and the last import. */
export function useRetired(): RetiredState {
  const [counts, setCounts] = useState<RetiredCounts | null>(null);
  const [vehicles, setVehicles] = useState<RetiredVehicle[]>([]);
  const [total, setTotal] = useState(0);
  const [unmatched, setUnmatched] = useState<RetiredUnmatched[]>([]);
  const [report, setReport] = useState<RetiredImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (count = PAGE) => {
    try {
      const [c, window, rows] = await Promise.all([api.retired.counts({}), api.retired.vehicles({ offset: 0, limit: Math.min(500, count) }), api.retired.unmatched({ limit: 500 })]);
      setCounts(c);
      setVehicles(window.rows);
      setTotal(window.total);
      setUnmatched(rows);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const importList = async (): Promise<void> => {
    const files = await api.app.pickFiles({ purpose: 'records' });
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await api.retired.import({ files }));
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const more = async (): Promise<void> => {
    try {
      const window = await api.retired.vehicles({ offset: vehicles.length, limit: PAGE });
      setVehicles((v) => [...v, ...window.rows]);
      setTotal(window.total);
    } catch (e) {
      setError(e);
    }
  };

  return { counts, vehicles, total, unmatched, report, busy, error, setError, importList, more };
}
