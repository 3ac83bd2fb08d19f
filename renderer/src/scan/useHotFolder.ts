import { useCallback, useEffect, useState } from 'react';
import type { WatchStatus } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { StoredSettings } from '../settings/useStoredSettings';
import type { Shown } from '../i18n/engine-text';

export interface HotFolderState {
  status: WatchStatus;
  busy: boolean;
  error: Shown | null;
  /** Watches the station's hot folder; without one, asks for a folder and keeps it as the station's. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
  dismissError: () => void;
}

/** The engine's hot-folder watcher: its state survives screen changes because the engine holds it. */
export function useHotFolder({ settings, update }: StoredSettings): HotFolderState {
  const stored = settings?.hotFolder ?? null;
  const [status, setStatus] = useState<WatchStatus>({ dir: null, error: null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Shown | null>(null);

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
        if (stored) return api.scan.watch({ dir: stored });
        const [dir] = await api.app.pickFiles({ purpose: 'scan-folder' });
        if (!dir) return null;
        const status = await api.scan.watch({ dir });
        update({ hotFolder: dir });
        return status;
      }),
    [run, stored, update],
  );
  const stop = useCallback(() => run(() => api.scan.unwatch({})), [run]);
  const dismissError = useCallback(() => setError(null), []);
  return { status, busy, error, start, stop, dismissError };
}
