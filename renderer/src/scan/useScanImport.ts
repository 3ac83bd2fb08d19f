import { useCallback, useRef, useState } from 'react';
import type { JobProgress, ScanImportReport } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';

export type ScanSource = 'scans' | 'scan-folder';

export interface ScanImportState {
  running: boolean;
  /** The latest `scan.import` progress; null until the engine's first report. */
  progress: JobProgress | null;
  report: ScanImportReport | null;
  error: string | null;
}

export interface ScanImportControls extends ScanImportState {
  /** Separator sheets split one scanned stack into several dossiers. */
  stack: boolean;
  setStack: (stack: boolean) => void;
  start: (source: ScanSource) => Promise<void>;
  dismissError: () => void;
  dismissReport: () => void;
}

const idle: ScanImportState = { running: false, progress: null, report: null, error: null };

/**
 * One scan import at a time: pick files or folders through the shell, then import them. The call resolves
 * only when every page went through OCR, so the UI follows the job through its progress events meanwhile.
 * Held by the App frame: a long OCR run keeps going (and reporting) while the clerk looks at other screens.
 */
export function useScanImport(): ScanImportControls {
  const [state, setState] = useState<ScanImportState>(idle);
  const [stack, setStack] = useState(false);
  const running = useRef(false);

  useApiEvent('job.progress', (progress) => {
    if (progress.kind !== 'scan.import') return;
    // Pages left queued by an earlier run are processed too: their progress is shown the same way.
    setState((s) => ({ ...s, progress }));
  });

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
      running.current = true;
      setState({ running: true, progress: null, report: null, error: null });
      try {
        const report = await api.scan.import({ paths, stack });
        setState((s) => ({ ...s, running: false, progress: null, report }));
      } catch (error) {
        setState((s) => ({ ...s, running: false, progress: null, error: errorMessage(error) }));
      } finally {
        running.current = false;
      }
    },
    [stack],
  );

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  const dismissReport = useCallback(() => setState((s) => ({ ...s, report: null })), []);

  return { ...state, stack, setStack, start, dismissError, dismissReport };
}
