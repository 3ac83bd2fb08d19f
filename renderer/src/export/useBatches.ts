import { useCallback, useEffect, useState } from 'react';
import type { BatchSummary, BatchVerdict } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

const LIMIT = 100;

export interface BatchCheck {
  busy: boolean;
  verdict: BatchVerdict | null;
  error: Shown | null;
}

export interface Batches {
  /** Newest first; null until the engine's first answer. */
  rows: BatchSummary[] | null;
  total: number;
  error: Shown | null;
  /** The latest verification of each batch checked on this screen, by batch id. */
  checks: Readonly<Record<string, BatchCheck>>;
  verify: (batch: BatchSummary) => void;
}

/** The station's batch history (the newest hundred) and the verifications run from it. */
export function useBatches(version: unknown): Batches {
  const [rows, setRows] = useState<BatchSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<Shown | null>(null);
  const [checks, setChecks] = useState<Record<string, BatchCheck>>({});

  const load = useCallback(() => {
    api.export
      .batches({ offset: 0, limit: LIMIT })
      .then((answer) => {
        setRows(answer.rows);
        setTotal(answer.total);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  // `version` changes when a batch was written, so the new one appears at the top.
  useEffect(() => load(), [load, version]);

  const verify = useCallback(
    (batch: BatchSummary) => {
      setChecks((c) => ({ ...c, [batch.id]: { busy: true, verdict: null, error: null } }));
      api.export
        .verify({ dir: batch.dir })
        .then((verdict) => setChecks((c) => ({ ...c, [batch.id]: { busy: false, verdict, error: null } })))
        .catch((e: unknown) => setChecks((c) => ({ ...c, [batch.id]: { busy: false, verdict: null, error: errorMessage(e) } })))
        // The engine records the verdict in the history: show it there too.
        .finally(load);
    },
    [load],
  );

  return { rows, total, error, checks, verify };
}
