/**
 * The engine's `scan` calls: imports from files, scanners and the hot folder, each refused at once when the
 * archive folder cannot be reached, the import plan and separator sheets.
 */
import type { Engine } from '../engine.types';
import { planDossiers } from '../intake/plan';
import { writeSeparatorSheets } from '../intake/separator-print';
import type { ScanSources } from './scan-sources.service';
import type { Scanner } from './scanner';

export function createScanApi(scanner: Scanner, sources: ScanSources, archiveReachable: () => void): Engine['scan'] {
  return {
    import: async (paths, scanOptions) => {
      archiveReachable();
      return scanner.import(paths, scanOptions);
    },
    plan: async (paths, planOptions) => {
      const { plans, errors } = await planDossiers(paths, planOptions);
      return { dossiers: plans.map((p) => ({ source: p.source, files: p.files })), errors: errors.map((e) => ({ path: e.file, message: e.message })) };
    },
    devices: () => sources.devices(),
    separatorSheets: (outFile, count, style) => writeSeparatorSheets(outFile, count, style),
    fromDevice: async (request) => {
      archiveReachable();
      return sources.fromDevice(request);
    },
    watch: async (dir, onBatch) => {
      archiveReachable();
      return sources.watch(dir, onBatch);
    },
    unwatch: () => sources.unwatch(),
    watchStatus: () => sources.watchStatus(),
  };
}
