/**
 * Where scans come from besides files the clerk picks: the scanners this machine can drive and the hot folder the
 * station watches. Zod schemas, their types inferred; the engine's scan area (scan/scan-sources.service.ts,
 * scan/device-scan.service.ts, sources/) and the contract (scan.calls.ts) both take them
 * from here.
 */
import { z } from 'zod';
import { EngineMessageSchema } from './messages/message.schema';

/** The scanner drivers the station speaks to: SANE's scanimage (Linux) and NAPS2's console (Windows). */
export const ScanSourceKind = z.enum(['sane', 'naps2']);
export type ScanSourceKind = z.infer<typeof ScanSourceKind>;

/** A scanner a source can drive now: the id to scan with and the name the clerk sees. */
export const ScannerDevice = z.object({
  source: ScanSourceKind,
  id: z.string(),
  name: z.string(),
  /** The name as a code, when the station gives it (a NAPS2 profile): the screen says it in its language. */
  label: EngineMessageSchema.optional(),
});
export type ScannerDevice = z.infer<typeof ScannerDevice>;

/** Scan sources this machine can use, and the scanners they can drive now. */
export const ScanDevices = z.object({ sources: z.array(ScanSourceKind), devices: z.array(ScannerDevice) });
export type ScanDevices = z.infer<typeof ScanDevices>;

/** The hot folder being watched (null when none) and the last problem it met. */
export const WatchStatus = z.object({
  /** The folder being watched, or null. */
  dir: z.string().nullable(),
  /** The last problem the watcher met (a folder gone, a file that could not be imported), or null. */
  error: z.string().nullable(),
  /** The same, coded, when it is one problem the engine said (the screens render it in their language). */
  error_text: EngineMessageSchema.nullable().optional(),
});
export type WatchStatus = z.infer<typeof WatchStatus>;

/** What one batch from the hot folder became: the dossiers created and a sentence for each problem met. */
export const WatchedBatch = z.object({ created: z.array(z.string()), problems: z.array(z.string()) });
export type WatchedBatch = z.infer<typeof WatchedBatch>;
