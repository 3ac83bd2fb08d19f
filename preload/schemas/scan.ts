/** Scanned dossiers and their pages, scan sources and the hot folder, as they cross the contract. */
import { z } from 'zod';
import { ScanMode, ScanSourceKind } from './scan-source';

// A dossier, its status and its flags are the domain's nouns (main/engine/domain/dossier.ts).
export { DossierStatus, DossierView } from '../../main/engine/domain/dossier';

/** One page of a dossier with a small JPEG thumbnail (a data: URL) for the Scan screen. */
export const PageView = z.object({
  pageNo: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  state: z.enum(['queued', 'done', 'failed']),
  error: z.string().nullable(),
  blank: z.boolean(),
  kind: z.string().nullable(),
  /** The clockwise turn (degrees) that makes the page as scanned upright, found by the analysis; null until analysed. */
  rotation: z.number().int().nullable(),
  /** The clockwise turn (degrees) the clerk gave the page; the thumbnail and the analysis apply it. */
  userRotation: z.number().int(),
  thumbnail: z.string().nullable(),
});
export type PageView = z.infer<typeof PageView>;

export const ScanImportReport = z.object({
  created: z.array(z.string()),
  duplicates: z.array(z.object({ source: z.string(), dossier: z.string() })),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  pages: z.number().int(),
  seconds: z.number(),
});
export type ScanImportReport = z.infer<typeof ScanImportReport>;

export { ScanMode, ScanSourceKind };

/** Scan sources this machine can use, and the scanners they can drive now. */
export const ScanDevices = z.object({
  sources: z.array(ScanSourceKind),
  devices: z.array(z.object({ source: ScanSourceKind, id: z.string(), name: z.string() })),
});
export type ScanDevices = z.infer<typeof ScanDevices>;

/** The hot folder being watched (null when none) and the last problem it met. */
export const WatchStatus = z.object({ dir: z.string().nullable(), error: z.string().nullable() });
export type WatchStatus = z.infer<typeof WatchStatus>;
