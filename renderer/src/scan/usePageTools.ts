import { useCallback, useRef, useState } from 'react';
import { api, errorMessage } from '../api';
import type { Shown } from '../i18n/engine-text';

export interface PageToolsControls {
  /** A tool call is on its way; the buttons wait for it. */
  busy: boolean;
  error: Shown | null;
  /** The 0-based number of the page removed last in this panel, offered for restoring. */
  removed: number | null;
  rotate: (pageNo: number) => void;
  move: (pageNo: number, toPageNo: number) => void;
  remove: (pageNo: number) => void;
  restore: () => void;
  rescan: (pageNo: number) => void;
  dismissError: () => void;
}

/**
 * The clerk's page tools for one dossier. The engine answers at once and re-analyses changed pages in the
 * background; the thumbnails refresh on the `dossiers.changed` that follows.
 */
export function usePageTools(id: string): PageToolsControls {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Shown | null>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  const running = useRef(false);

  const run = useCallback(async (work: () => Promise<unknown>): Promise<void> => {
    // One change at a time: a second press while the first is on its way is ignored.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const rotate = useCallback((pageNo: number) => void run(() => api.dossiers.rotatePage({ id, pageNo, quarterTurns: 1 })), [id, run]);
  const move = useCallback((pageNo: number, toPageNo: number) => void run(() => api.dossiers.movePage({ id, pageNo, toPageNo })), [id, run]);
  const remove = useCallback(
    (pageNo: number) =>
      void run(async () => {
        await api.dossiers.removePage({ id, pageNo });
        setRemoved(pageNo);
      }),
    [id, run],
  );
  const restore = useCallback(
    () =>
      void run(async () => {
        await api.dossiers.restorePage({ id });
        setRemoved(null);
      }),
    [id, run],
  );
  const rescan = useCallback(
    (pageNo: number) =>
      void run(async () => {
        const [file] = await api.app.pickFiles({ purpose: 'scans' });
        if (file) await api.dossiers.replacePage({ id, pageNo, file });
      }),
    [id, run],
  );
  const dismissError = useCallback(() => setError(null), []);

  return { busy, error, removed, rotate, move, remove, restore, rescan, dismissError };
}
