import { useCallback, useEffect, useState } from 'react';
import type { WatchStatus } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';

export interface HotFolderState {
  status: WatchStatus;
  busy: boolean;
  error: string | null;
  /** Asks for a folder, then watches it; does nothing if the dialog is cancelled. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
  dismissError: () => void;
}

/** The engine's hot-folder watcher: its state survives screen changes because the engine holds it. */
export function useHotFolder(): HotFolderState {
  const [status, setStatus] = useState<WatchStatus>({ dir: null, error: null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    api.scan
      .watchStatus({})
      .then(setStatus)
      .catch(() => undefined);
  }, []);
  useEffect(reload, [reload]);
  // Each imported batch changes the dossiers: a good moment to pick up a problem the watcher met.
  useApiEvent('dossiers.changed', reload);

  const run = useCallback(async (fn: () => Promise<WatchStatus | null>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await fn();
      if (next) setStatus(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const start = useCallback(
    () =>
      run(async () => {
        const [dir] = await api.app.pickFiles({ purpose: 'scan-folder' });
        return dir ? api.scan.watch({ dir }) : null;
      }),
    [run],
  );
  const stop = useCallback(() => run(() => api.scan.unwatch({})), [run]);
  const dismissError = useCallback(() => setError(null), []);
  return { status, busy, error, start, stop, dismissError };
}
