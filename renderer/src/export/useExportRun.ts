import { useCallback, useRef, useState } from 'react';
import type { CallInput, ExportResult, JobProgress } from '../../../preload/contract';
import { api, errorMessage } from '../api';
import { useApiEvent } from '../hooks/useApiEvent';
import type { Shown } from '../i18n/engine-text';

export interface ExportRunState {
  running: boolean;
  /** The latest `export` progress; null until the engine's first report. */
  progress: JobProgress | null;
  result: ExportResult | null;
  /** The separate batch of dossiers of vehicles on the retired list, written beside the normal one. */
  retired: ExportResult | null;
  /** A failure of the job's own controls (stopping it, opening its folder), said at the top with the job. */
  error: Shown | null;
  /** Choosing the folder or writing the batch refused or failed: said beside the buttons the lead pressed. */
  refusal: Shown | null;
  /** The lead stopped the export: no batch was written and the dossiers stay exportable. */
  cancelled: boolean;
  cancelling: boolean;
  /** Where the next batch goes, as chosen in the folder dialog. */
  folder: string | null;
}

export interface ExportRun extends ExportRunState {
  /** Asks the shell for a folder; resolves to it, or null when the dialog was cancelled. */
  pickFolder: () => Promise<string | null>;
  start: (ids: string[], reexport: boolean) => Promise<void>;
  cancel: () => void;
  openFolder: (path: string) => void;
  dismiss: () => void;
}

/** One batch, or the engine's refusal when none of its dossiers is waiting. */
async function batchOrNone(request: CallInput<'export.run'>): Promise<ExportResult | { nothing: unknown }> {
  try {
    return await api.export.run(request);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'nothing_to_export') return { nothing: error };
    throw error;
  }
}

const idle: ExportRunState = { running: false, progress: null, result: null, retired: null, error: null, refusal: null, cancelled: false, cancelling: false, folder: null };

/**
 * One export at a time, followed through its progress events. Held by the App frame: a long batch keeps going
 * (and its result stays to be seen) while the lead looks at other screens.
 */
export function useExportRun(): ExportRun {
  const [state, setState] = useState<ExportRunState>(idle);
  const running = useRef(false);

  useApiEvent('job.progress', (progress) => {
    if (progress.kind === 'export' && running.current) setState((s) => ({ ...s, progress }));
  });

  const pickFolder = useCallback(async (): Promise<string | null> => {
    try {
      const [folder] = await api.app.pickFiles({ purpose: 'export-folder' });
      if (!folder) return null;
      setState((s) => ({ ...s, folder, refusal: null }));
      return folder;
    } catch (error) {
      setState((s) => ({ ...s, refusal: errorMessage(error) }));
      return null;
    }
  }, []);

  const folder = state.folder;
  const start = useCallback(
    async (ids: string[], reexport: boolean): Promise<void> => {
      if (running.current || !folder || ids.length === 0) return;
      running.current = true;
      setState({ ...idle, folder, running: true });
      try {
        // Dossiers of vehicles on the retired list never go in a normal batch: they get a batch of their own, beside it.
        const normal = await batchOrNone({ out: folder, ids, reexport });
        const out = 'dir' in normal && normal.dir === folder ? `${folder}-retired` : folder;
        const retired = await batchOrNone({ out, ids, reexport, retired: true });
        if (!('dir' in normal) && !('dir' in retired)) throw normal.nothing;
        setState((s) => ({ ...s, running: false, progress: null, result: 'dir' in normal ? normal : null, retired: 'dir' in retired ? retired : null }));
      } catch (error) {
        const cancelled = (error as { code?: unknown }).code === 'cancelled';
        setState((s) => ({ ...s, running: false, progress: null, cancelling: false, cancelled, refusal: cancelled ? null : errorMessage(error) }));
      } finally {
        running.current = false;
      }
    },
    [folder],
  );

  const jobId = state.progress && !state.progress.finished ? state.progress.jobId : null;
  const cancel = useCallback((): void => {
    if (!jobId) return;
    setState((s) => ({ ...s, cancelling: true }));
    api.jobs.cancel({ jobId }).catch((error: unknown) => setState((s) => ({ ...s, cancelling: false, error: errorMessage(error) })));
  }, [jobId]);

  const openFolder = useCallback((path: string): void => {
    api.app.openFolder({ path }).catch((error: unknown) => setState((s) => ({ ...s, error: errorMessage(error) })));
  }, []);

  const dismiss = useCallback(() => setState((s) => ({ ...s, result: null, retired: null, error: null, refusal: null, cancelled: false })), []);

  return { ...state, pickFolder, start, cancel, openFolder, dismiss };
}
