import { useCallback, useRef, useState } from 'react';
import type { JobProgress, KeyedImportReport } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { Shown } from '../i18n/engine-text';
import type { TableImporter } from './table-importers';

export interface ImportState {
  running: boolean;
  /** The latest progress of the running import; null until the engine's first report. */
  progress: JobProgress | null;
  cancelling: boolean;
  /** What the latest import did, each issue named by the file's own key (record id, personal ID, licence number …). */
  report: KeyedImportReport | null;
  /** The files of the latest import, for the report's title. */
  files: string[];
  /** The report is shown: it opens by itself when an import ends (even on another screen), then from its button. */
  reportOpen: boolean;
  error: Shown | null;
}

export interface ImportControls extends ImportState {
  /** What is imported: the file dialog's purpose, the engine's call, the key that names an issue's row. */
  importer: TableImporter;
  start: () => Promise<void>;
  cancel: () => void;
  dismissError: () => void;
  openReport: () => void;
  closeReport: () => void;
}

const idle: ImportState = { running: false, progress: null, cancelling: false, report: null, files: [], reportOpen: false, error: null };

/**
 * One import of a kind of table at a time (records, the population register, self-declarations, licences): pick
 * files through the shell, run the engine's import (the command line's), follow its progress events. The call
 * resolves only when the job is done; the job id needed to cancel comes with the progress. `importer` is stable.
 */
export function useImport(importer: TableImporter): ImportControls {
  const [state, setState] = useState<ImportState>(idle);
  const running = useRef(false);
  const jobId = useRef<string | null>(null);

  useApiEvent('job.progress', (progress) => {
    // Table imports all report as records.import: the first job heard while this one runs is taken as its own.
    if (!running.current || progress.kind !== 'records.import' || (jobId.current !== null && progress.jobId !== jobId.current)) return;
    jobId.current = progress.jobId;
    setState((s) => ({ ...s, progress }));
  });

  const start = useCallback(async (): Promise<void> => {
    if (running.current) return;
    let files: string[];
    try {
      files = await api.app.pickFiles({ purpose: importer.purpose });
    } catch (error) {
      setState((s) => ({ ...s, error: errorMessage(error) }));
      return;
    }
    if (files.length === 0) return;
    running.current = true;
    jobId.current = null;
    setState((s) => ({ ...s, running: true, progress: null, cancelling: false, error: null, files }));
    try {
      const report = await importer.run(files);
      setState((s) => ({ ...s, running: false, cancelling: false, report, reportOpen: true }));
    } catch (error) {
      setState((s) => ({ ...s, running: false, cancelling: false, error: errorMessage(error) }));
    } finally {
      running.current = false;
      jobId.current = null;
    }
  }, [importer]);

  const cancel = useCallback((): void => {
    const id = jobId.current;
    if (!id) return;
    setState((s) => ({ ...s, cancelling: true }));
    api.jobs.cancel({ jobId: id }).catch((error: unknown) => setState((s) => ({ ...s, error: errorMessage(error) })));
  }, []);

  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  const openReport = useCallback(() => setState((s) => ({ ...s, reportOpen: true })), []);
  const closeReport = useCallback(() => setState((s) => ({ ...s, reportOpen: false })), []);

  return { ...state, importer, start, cancel, dismissError, openReport, closeReport };
}
