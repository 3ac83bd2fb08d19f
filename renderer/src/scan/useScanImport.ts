import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallOutput, JobProgress, ScanImportReport } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { Shown } from '../i18n/engine-text';

export type ScanSource = 'scans' | 'scan-folder';
export type ScanKind = CallInput<'scan.import'>['kind'] & string;

export interface ScanImportState {
  running: boolean;
  /** The latest `scan.import` progress; null until the engine's first report. */
  progress: JobProgress | null;
  report: ScanImportReport | null;
  error: Shown | null;
  /** The clerk asked the running OCR job to stop; it finishes the pages being read first. */
  cancelling: boolean;
  /** After a stop: how many pages are still queued (processed at the next scan, page change or start). */
  stopped: { queued: number } | null;
}

/** The chosen files and how they will become dossiers, shown before anything is imported. */
export interface PendingScan {
  paths: string[];
  plan: CallOutput<'scan.plan'> | null;
  error: Shown | null;
}

export interface ScanImportControls extends ScanImportState {
  pending: PendingScan | null;
  /** Imports what `pending` shows, split as it shows. */
  confirm: () => Promise<void>;
  cancelPending: () => void;
  /** Separator sheets split one scanned stack into several dossiers. */
  stack: boolean;
  setStack: (stack: boolean) => void;
  /** What the paper is (vehicle dossiers or paper licences) and the box or shelf it came from, kept on each dossier. */
  kind: ScanKind;
  setKind: (kind: ScanKind) => void;
  box: string;
  setBox: (box: string) => void;
  start: (source: ScanSource) => Promise<void>;
  /** Scans a batch with a connected scanner and imports it (one dossier, or one per separator sheet with `stack`). */
  startDevice: (request: Omit<CallInput<'scan.fromDevice'>, 'stack' | 'kind' | 'box'>) => Promise<void>;
  dismissError: () => void;
  dismissReport: () => void;
  /** Stops the OCR job the latest progress event belongs to; its unread pages stay queued. */
  cancel: () => void;
  dismissStopped: () => void;
}

const idle: ScanImportState = { running: false, progress: null, report: null, error: null, cancelling: false, stopped: null };

/**
 * One scan import at a time: pick files or folders through the shell, then import them. The call resolves
 * only when every page went through OCR, so the UI follows the job through its progress events meanwhile.
 * Held by the App frame: a long OCR run keeps going (and reporting) while the clerk looks at other screens.
 */
export function useScanImport(): ScanImportControls {
  const [state, setState] = useState<ScanImportState>(idle);
  const [stack, setStack] = useState(false);
  const [kind, setKind] = useState<ScanKind>('vehicle');
  const [box, setBox] = useState('');
  const [pending, setPending] = useState<PendingScan | null>(null);
  const pendingPaths = pending?.paths ?? null;

  // The plan follows the "split at separator sheets" choice while the clerk looks at it.
  useEffect(() => {
    if (!pendingPaths) return undefined;
    let live = true;
    setPending((p) => (p ? { ...p, plan: null, error: null } : p));
    api.scan.plan({ paths: pendingPaths, stack }).then(
      (plan) => live && setPending((p) => (p && p.paths === pendingPaths ? { ...p, plan } : p)),
      (error: unknown) => live && setPending((p) => (p && p.paths === pendingPaths ? { ...p, error: errorMessage(error) } : p)),
    );
    return () => {
      live = false;
    };
  }, [pendingPaths, stack]);
  const running = useRef(false);
  const cancelled = useRef<string | null>(null);

  useApiEvent('job.progress', (progress) => {
    if (progress.kind !== 'scan.import') return;
    // Pages left queued by an earlier run are processed too: their progress is shown the same way.
    if (progress.finished && cancelled.current === progress.jobId) {
      cancelled.current = null;
      // The engine's total counts the pages still queued when the job stopped.
      const queued = Math.max(0, (progress.total ?? progress.done) - progress.done);
      setState((s) => ({ ...s, progress, cancelling: false, stopped: { queued } }));
      return;
    }
    setState((s) => ({ ...s, progress }));
  });

  const run = useCallback(async (work: () => Promise<ScanImportReport>): Promise<void> => {
    running.current = true;
    setState({ ...idle, running: true });
    try {
      const report = await work();
      setState((s) => ({ ...s, running: false, progress: null, report }));
    } catch (error) {
      setState((s) => ({ ...s, running: false, progress: null, error: errorMessage(error) }));
    } finally {
      running.current = false;
    }
  }, []);

  const start = useCallback(
    async (source: ScanSource): Promise<void> => {
      if (running.current) return;
      let paths: string[];
      try {
        paths = await api.app.pickFiles({ purpose: source });
      } catch (error) {
        setState((s) => ({ ...s, error: errorMessage(error) }));
        return;
      }
      if (paths.length === 0) return;
      setPending({ paths, plan: null, error: null });
    },
    [],
  );

  const confirm = useCallback(async (): Promise<void> => {
    if (!pending || running.current) return;
    const { paths } = pending;
    setPending(null);
    await run(() => api.scan.import({ paths, stack, kind, box: box.trim() || null }));
  }, [pending, stack, kind, box, run]);
  const cancelPending = useCallback(() => setPending(null), []);

  const startDevice = useCallback(
    async (request: Omit<CallInput<'scan.fromDevice'>, 'stack' | 'kind' | 'box'>): Promise<void> => {
      if (running.current) return;
      // A scanner batch is labelled like an import of files: the kind and box chosen on the Scan screen.
      await run(() => api.scan.fromDevice({ ...request, stack, kind, box: box.trim() || null }));
    },
    [stack, kind, box, run],
  );

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  const dismissReport = useCallback(() => setState((s) => ({ ...s, report: null })), []);

  const jobId = state.progress && !state.progress.finished ? state.progress.jobId : null;
  const cancel = useCallback((): void => {
    if (!jobId) return;
    cancelled.current = jobId;
    setState((s) => ({ ...s, cancelling: true }));
    api.jobs
      .cancel({ jobId })
      .then(({ cancelled: found }) => {
        // The job ended on its own meanwhile: nothing is left to stop.
        if (!found) setState((s) => ({ ...s, cancelling: false }));
      })
      .catch((error: unknown) => setState((s) => ({ ...s, cancelling: false, error: errorMessage(error) })));
  }, [jobId]);

  const dismissStopped = useCallback(() => setState((s) => ({ ...s, stopped: null })), []);

  return { ...state, stack, setStack, kind, setKind, box, setBox, start, startDevice, dismissError, dismissReport, cancel, dismissStopped, pending, confirm, cancelPending };
}
