/** The station's settings (what the Settings screen changes) and the facts it shows but cannot change. */
import type { EngineMessage } from '../domain/messages/message';
export interface Settings {
  locale: 'vi' | 'en';
  /** OCR workers from the next start; absent: one less than the processor cores. */
  ocrWorkers?: number | null;
  /** The folder the Scan screen offers to watch. */
  hotFolder?: string | null;
  archiveFolder?: string | null;
  /** Where the scheduled daily backup goes; absent: no daily backup. */
  backupFolder?: string | null;
  /** The Scan screen's defaults for a connected scanner. */
  scanResolution?: number | null;
  scanMode?: 'gray' | 'color' | 'lineart' | null;
  scanAdf?: boolean | null;
  /**
   * What the Scan screen says of the paper (vehicle dossiers or paper licences) and the box or shelf it comes from:
   * a scanner batch and the watched folder (the app's and `sohoa scan watch`'s) import with them too.
   */
  scanKind?: 'vehicle' | 'licence' | null;
  scanBox?: string | null;
  /** The demo station's first-run tour was finished or dismissed. */
  tourDone?: boolean | null;
}

/** What the Settings screen shows but cannot change. */
export interface StationFacts {
  archiveDir: string;
  dbPath: string;
  cores: number;
  /** Why the archive folder cannot be reached (e.g. its drive is not connected); null when it can. */
  archiveProblem: string | null;
  /** The same, coded, for the Settings screen. */
  archiveProblemText?: EngineMessage | null;
}
