/** Scanners the station drives directly (SANE on Linux, NAPS2's console on Windows), behind one interface. */
import type { ScanSourceKind } from '../domain/scan-sources';
import type { ScanMode } from '../domain/settings';
import type { EngineMessage } from '../domain/messages/message';

// A scan source's kind and a scan's colour mode are the domain's (domain/scan-sources.ts, domain/settings.ts).
export type { ScanMode, ScanSourceKind };

export interface ScanDevice {
  /** The id to pass back in `ScanOptions.device` (SANE: `test:0`; NAPS2: `wia:Canon DR-C225`, `profile:Sohoa`). */
  id: string;
  /** What the clerk sees in the source picker. */
  name: string;
  /** `name` as a coded message, when the station names the device itself (a NAPS2 profile). */
  label?: EngineMessage;
}

export type ScanFormat = 'png' | 'jpeg' | 'tiff';

export interface ScanOptions {
  /** A device id from `listDevices()`. */
  device: string;
  /** Dots per inch, 150–600. */
  resolution: number;
  mode: ScanMode;
  /** Feed every sheet in the document feeder; otherwise scan one page from the glass. */
  adf: boolean;
  format?: ScanFormat;
  /** Stop after this many pages (a feeder that never runs dry, a test device). NAPS2 ignores it. */
  maxPages?: number;
}

export interface ScanSource {
  kind: ScanSourceKind;
  /** Devices the source can drive now. */
  listDevices(): Promise<ScanDevice[]>;
  /**
   * Scans a batch (ADF: every sheet in the feeder) into `outDir` as page image files in page order; resolves to
   * their paths. Cancelling through `signal` stops the scanner and resolves to the pages already finished.
   * A scanner that stops with an error rejects with a `ScanStoppedError` carrying the pages finished before it.
   */
  scanBatch(
    options: ScanOptions,
    outDir: string,
    signal?: AbortSignal,
    onPage?: (path: string, index: number) => void,
  ): Promise<string[]>;
}
