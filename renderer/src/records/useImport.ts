import { useCallback, useRef, useState } from 'react';
import type { ImportReport, JobProgress } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { Shown } from '../i18n/engine-text';

export interface ImportState {
  running: boolean;
  /** The latest progress of the running import; null until the engine's first report. */
  progress: JobProgress | null;
  cancelling: boolean;
  report: ImportReport | null;
  /** The files of the latest import, for the report's title. */
  files: string[];
  /** A report arrived that the user has not seen yet (the import may have ended on another screen). */
  reportUnseen: boolean;
  error: Shown | null;
}

export interface ImportControls extends ImportState {
  start: () => Promise<void>;
  cancel: () => void;
  dismissError: () => void;
  markReportSeen: () => void;
}

const idle: ImportState = { running: false, progress: null, cancelling: false, report: null, files: [], reportUnseen: false, error: null };

/**
 * One records import at a time: pick files through the shell, run the import, follow its progress events.
 * The call itself resolves only when the job is done; the job id needed to cancel comes with the progress.
 */
export function useImport(): ImportControls {
  const [state, setState] = useState<ImportState>(idle);
  const running = useRef(false);
  const jobId = useRef<string | null>(null);

  useApiEvent('job.progress', (progress) => {
    if (!running.current || progress.kind !== 'records.import') return;
    jobId.current = progress.jobId;
    setState((s) => ({ ...s, progress }));
  });

  const start = useCallback(async (): Promise<void> => {
    if (running.current) return;
    let files: string[];
    try {
      files = await api.app.pickFiles({ purpose: 'records' });
    } catch (error) {
      setState((s) => ({ ...s, error: errorMessage(error) }));
      return;
    }
    if (files.length === 0) return;
    running.current = true;
    jobId.current = null;
    setState((s) => ({ ...s, running: true, progress: null, cancelling: false, error: null, files }));
    try {
      const report = await api.records.import({ files });
      setState((s) => ({ ...s, running: false, cancelling: false, report, reportUnseen: true }));
    } catch (error) {
      setState((s) => ({ ...s, running: false, cancelling: false, error: errorMessage(error) }));
    } finally {
      running.current = false;
      jobId.current = null;
    }
  }, []);

  const cancel = useCallback((): void => {
    const id = jobId.current;
    if (!id) return;
    setState((s) => ({ ...s, cancelling: true }));
    api.jobs.cancel({ jobId: id }).catch((error: unknown) => setState((s) => ({ ...s, error: errorMessage(error) })));
  }, []);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  const markReportSeen = useCallback(() => setState((s) => ({ ...s, reportUnseen: false })), []);

  return { ...state, start, cancel, dismissError, markReportSeen };
}
