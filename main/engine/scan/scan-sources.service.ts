import { resolve } from 'node:path';
import type { JobProgress } from '../domain/job-progress';
import type { ScanImportReport } from './scan-import-report';
import type { JobRegistry } from '../jobs/job-registry';
import { ProgressMeter } from '../jobs/progress-meter';
import type { SourceOptions } from '../sources';
import { batchFolder, listScanDevices, planBatch, scanBatch, type DeviceScanRequest } from './device-scan.service';
import { watchHotFolder } from './hot-folder';
import type { Scanner } from './scanner';
import type { EngineMessage } from '../domain/messages/message';
import type { ScanDevices, WatchedBatch, WatchStatus } from '../domain/scan-sources';
import type { DossierKind } from '../domain/dossier';
import { renderMessage } from '../domain/messages/render';

export type { WatchedBatch, WatchStatus };

export interface ScanSources {
  devices(): Promise<ScanDevices>;
  fromDevice(request: DeviceScanRequest): Promise<ScanImportReport>;
  watch(dir: string, onBatch?: (batch: WatchedBatch) => void): Promise<WatchStatus>;
  unwatch(): Promise<WatchStatus>;
  watchStatus(): WatchStatus;
  close(): Promise<void>;
}

/**
 * Scanners and the hot folder as the engine offers them: both end in the scanner's one import path, so a
 * batch from a device or a folder is archived, de-duplicated and processed exactly like a file the clerk chose.
 */
export function createScanSources(deps: {
  scanner: Scanner;
  archiveDir: string;
  jobs: JobRegistry;
  sourceOptions: SourceOptions;
  emit: (progress: JobProgress) => void;
  /** Hot-folder timing (tests make it fast). */
  hotFolder?: { pollMs?: number; settleMs?: number };
  /** The station's Scan-screen choice of kind and box, read for each batch (a change applies to the next one). */
  labels: () => { kind: DossierKind; box: string | null };
}): ScanSources {
  let watcher: { dir: string; stop: () => Promise<void> } | null = null;
  let lastError: { message: string; text: EngineMessage | null } | null = null;
  // Serialises watch/unwatch so two quick toggles never leave two watchers running.
  let switching: Promise<unknown> = Promise.resolve();
  const status = (): WatchStatus => ({ dir: watcher?.dir ?? null, error: lastError?.message ?? null, ...(lastError?.text ? { error_text: lastError.text } : {}) });

  // Stopping takes effect at once (nothing more is handed over); only closing waits for a batch being imported,
  // so the clerk's toggle answers right away even while a long batch is still being read.
  const stopWatcher = async (wait: boolean): Promise<void> => {
    const current = watcher;
    watcher = null;
    const stopped = current?.stop().catch(() => undefined);
    if (wait) await stopped;
  };
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = switching.then(fn, fn);
    switching = next.catch(() => undefined);
    return next;
  };

  return {
    devices: () => listScanDevices(deps.sourceOptions),

    async fromDevice(request) {
      const dir = batchFolder(deps.archiveDir);
      const job = deps.jobs.start();
      const meter = new ProgressMeter(job.jobId, 'scan.import', deps.emit);
      let batch: Awaited<ReturnType<typeof scanBatch>>;
      try {
        meter.update('scanner', 0, null, 0, false);
        batch = await scanBatch(request, dir, deps.sourceOptions, job.signal, (index) => meter.update('scanner', index + 1, null, index + 1));
        meter.update('scanner', batch.files.length, batch.files.length, batch.files.length, true);
      } finally {
        job.finish();
      }
      const chosen = deps.labels();
      const labels = { kind: request.kind ?? chosen.kind, box: request.box === undefined ? chosen.box : request.box };
      const report = await deps.scanner.importPlans(await planBatch(dir, batch.files, request.stack === true), labels);
      if (batch.stopped) report.errors.push({ path: request.device, message: batch.stopped.message, text: batch.stopped.text ?? undefined });
      return report;
    },

    watch: (dir, onBatch) =>
      serial(async () => {
        await stopWatcher(false);
        const absolute = resolve(dir);
        lastError = null;
        const stop = await watchHotFolder(absolute, {
          ...deps.hotFolder,
          // The watcher hands over one batch at a time and waits for it: imports never overlap.
          onReady: async (paths) => {
            const report = await deps.scanner.import(paths, deps.labels());
            if (report.errors.length > 0) lastError = { message: report.errors.map((e) => e.message).join(' '), text: report.errors.length === 1 ? (report.errors[0]!.text ?? null) : null };
            onBatch?.({ created: report.created, problems: report.errors.map((e) => e.message) });
          },
          onError: (problem) => {
            const message = typeof problem === 'object' ? renderMessage(problem, 'en') : String(problem);
            lastError = { message, text: typeof problem === 'object' ? problem : null };
            onBatch?.({ created: [], problems: [message] });
          },
        });
        watcher = { dir: absolute, stop };
        return status();
      }),

    unwatch: () =>
      serial(async () => {
        await stopWatcher(false);
        lastError = null;
        return status();
      }),

    watchStatus: status,

    close: () => serial(() => stopWatcher(true)).catch(() => undefined),
  };
}
