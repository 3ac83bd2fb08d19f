/**
 * The engine's `scan` calls: imports from files, scanners and the hot folder, each refused at once when the
 * archive folder cannot be reached, the import plan and separator sheets.
 */
import type { ScanDevices } from '../domain/scan-sources';
import type { EngineMessage } from '../domain/messages/message';
import type { ScanImportReport } from './scan-import-report';
import type { WatchedBatch, WatchStatus } from './scan-sources.service';
import { planDossiers } from '../intake/plan';
import { writeSeparatorSheets } from '../intake/separator-print';
import type { ScanSources } from './scan-sources.service';
import type { Scanner } from './scanner';
import type { ReadDossier } from './read-dossiers.service';
import { withDefaults, type InputOf } from '../domain/call';
import { scanCalls, type ScanCalls } from '../domain/scan.calls';

/** The engine's `scan` calls, as `engine.scan` offers them. */
export interface ScanApi {
  /** Imports files and folders as dossiers and runs the pipeline until every queued page is processed. */
  import(input: In<'scan.import'>): Promise<ScanImportReport>;
  /**
   * Stores dossiers whose pages were already read (each page's image and analysis given) and takes them through
   * fusion, linking and flags like scanned ones, in one transaction and without the page queue: a benchmark's
   * station of 100,000 dossiers is seeded this way. Not a contract call.
   */
  importRead(input: { dossiers: ReadDossier[] }): Promise<{ created: string[] }>;
  /** How `import` would split these paths into dossiers (CLI.md rules), without importing anything. */
  plan(input: In<'scan.plan'>): Promise<{ dossiers: { source: string[]; files: string[] }[]; errors: { path: string; message: string; text?: EngineMessage }[] }>;
  /** Scan sources usable on this machine and the devices they can drive now. */
  devices(): Promise<ScanDevices>;
  /**
   * Scans a batch into a fresh folder under the archive's `inbox`, imports it as one dossier (or, with `stack`,
   * one per separator sheet) and runs the pipeline like `import`. Progress: `scan.import` labelled `scanner`.
   */
  fromDevice(request: In<'scan.fromDevice'>): Promise<ScanImportReport>;
  /** Writes `count` separator sheets as an A4 PDF to print (the intake splits a stack at them). */
  separatorSheets(input: In<'scan.separatorSheets'>): Promise<{ file: string; sheets: number }>;
  /**
   * Watches a hot folder (stopping any earlier one); each finished batch is imported like `import`, one at a
   * time. `onBatch` hears what each batch became (the command line prints it; the Scan screen reads watchStatus).
   */
  watch(input: In<'scan.watch'>, onBatch?: (batch: WatchedBatch) => void): Promise<WatchStatus>;
  unwatch(): Promise<WatchStatus>;
  watchStatus(): WatchStatus;
}

/** A call's input, as its schema in domain/scan.calls.ts gives it. */
type In<K extends keyof ScanCalls> = InputOf<ScanCalls, K>;

export function createScanApi(scanner: Scanner, sources: ScanSources, archiveReachable: () => void): ScanApi {
  return {
    import: async (input) => {
      archiveReachable();
      const { paths, ...scanOptions } = withDefaults(scanCalls['scan.import'], input);
      return scanner.import(paths, scanOptions);
    },
    importRead: async ({ dossiers }) => {
      archiveReachable();
      return { created: await scanner.importRead(dossiers) };
    },
    plan: async ({ paths, stack }) => {
      const { plans, errors } = await planDossiers(paths, { stack });
      return { dossiers: plans.map((p) => ({ source: p.source, files: p.files })), errors: errors.map((e) => ({ path: e.file, message: e.message, text: e.text })) };
    },
    devices: () => sources.devices(),
    separatorSheets: (input) => {
      const { out, count, style } = withDefaults(scanCalls['scan.separatorSheets'], input);
      return writeSeparatorSheets(out, count, style);
    },
    fromDevice: async (request) => {
      archiveReachable();
      return sources.fromDevice(request);
    },
    watch: async ({ dir }, onBatch) => {
      archiveReachable();
      return sources.watch(dir, onBatch);
    },
    unwatch: () => sources.unwatch(),
    watchStatus: () => sources.watchStatus(),
  };
}
