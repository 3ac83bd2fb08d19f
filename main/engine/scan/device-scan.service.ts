import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../errors';
import { splitStack } from '../intake/plan';
import { asClause, availableSources, createScanSource, ScanStoppedError, type ScanSourceKind, type SourceOptions } from '../sources';
import { say } from '../domain/messages/catalogue';
import type { DossierPlan } from './scan.types';
import type { ScannerDevice } from '../domain/scan-sources';
import type { InputOf } from '../domain/call';
import type { ScanCalls } from '../domain/scan.calls';

/** What the clerk chose on the Scan screen for one scanner batch. */
/** A batch to scan from a device: the `scan.fromDevice` call's input (domain/scan.calls.ts, where each field is described). */
export type DeviceScanRequest = InputOf<ScanCalls, 'scan.fromDevice'>;

export type { ScannerDevice };

/** The sources this machine can use and the devices each can drive now; a source that cannot list gives none. */
export async function listScanDevices(options: SourceOptions): Promise<{ sources: ScanSourceKind[]; devices: ScannerDevice[] }> {
  const sources = await availableSources(options);
  const devices: ScannerDevice[] = [];
  for (const source of sources) {
    const found = await createScanSource(source, options).listDevices().catch(() => []);
    devices.push(...found.map((d) => ({ source, id: d.id, name: d.name, ...(d.label ? { label: d.label } : {}) })));
  }
  return { sources, devices };
}

/** A fresh folder for one batch, named by its time so the archive's inbox reads in scanning order. */
export function batchFolder(archiveDir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('T', '_').replace('Z', '');
  return join(archiveDir, 'inbox', `${stamp}-${randomBytes(2).toString('hex')}`);
}

/** The dossiers a batch makes: one with every page in order, or with `stack` one per group between separators. */
export async function planBatch(dir: string, files: string[], stack: boolean): Promise<DossierPlan[]> {
  if (files.length === 0) return [];
  return stack ? splitStack(files) : [{ source: [dir], files: [...files] }];
}

/**
 * Scans one batch into `dir`. A scanner that stops part-way (jam, empty feeder after some pages) still hands
 * over the pages it finished, with its sentence as `stopped`; one that gives no page at all throws.
 */
export async function scanBatch(
  request: DeviceScanRequest,
  dir: string,
  options: SourceOptions,
  signal: AbortSignal,
  onPage: (index: number) => void,
): Promise<{ files: string[]; stopped: UserError | null }> {
  const source = createScanSource(request.source, options);
  try {
    const files = await source.scanBatch(
      { device: request.device, resolution: request.resolution, mode: request.mode, adf: request.adf ?? false, maxPages: request.maxPages, format: 'png' },
      dir,
      signal,
      (_path, index) => onPage(index),
    );
    return { files, stopped: null };
  } catch (error) {
    if (error instanceof ScanStoppedError && error.pages.length > 0) return { files: error.pages, stopped: error };
    if (error instanceof UserError) throw error;
    throw new UserError(say('scanner.could_not_scan', { device: request.device, reason: asClause((error as Error).message) }), 'scanner');
  }
}
