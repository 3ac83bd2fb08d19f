/**
 * The station's preferences (what the Settings screen changes) and the facts it shows but cannot change: zod
 * schemas, their types inferred; the engine's settings area and the contract (records.calls.ts,
 * station.calls.ts) both take them from here.
 */
import { z } from 'zod';
import { DossierKind } from './dossier';
import { LOCALES, type Locale as CatalogueLocale } from './messages/message';
import { EngineMessageSchema } from './messages/message.schema';

/** The language of the screens, the reports and the PDFs (the type is the message catalogue's). */
export const Locale = z.enum(LOCALES);
export type Locale = CatalogueLocale;

/** A scanner's colour mode. */
export const ScanMode = z.enum(['color', 'gray', 'lineart']);
export type ScanMode = z.infer<typeof ScanMode>;

/**
 * The station's preferences. Ranges that depend on the computer (OCR workers up to its processor cores) are
 * checked by the engine, which answers with one sentence naming the allowed range; null clears a value.
 */
export const Settings = z.object({
  locale: Locale,
  /** OCR workers from the next start of the app; absent: one less than the processor cores. */
  ocrWorkers: z.number().int().nullable().optional(),
  /** The folder the Scan screen offers to watch. */
  hotFolder: z.string().max(4096).nullable().optional(),
  /** Where originals and page images go from the next start (files already archived stay where they are). */
  archiveFolder: z.string().max(4096).nullable().optional(),
  /** A backup is made into this folder once a day while the app runs; the newest 7 are kept. Absent: none. */
  backupFolder: z.string().max(4096).nullable().optional(),
  /** The Scan screen's defaults for a connected scanner. */
  scanResolution: z.number().int().nullable().optional(),
  scanMode: ScanMode.nullable().optional(),
  scanAdf: z.boolean().nullable().optional(),
  /**
   * What the Scan screen says of the paper (vehicle dossiers or paper licences) and the box or shelf it comes from:
   * a scanner batch and the watched folder (the app's and `sohoa scan watch`'s) import with them too.
   */
  scanKind: DossierKind.nullable().optional(),
  scanBox: z.string().max(200).nullable().optional(),
  /** The demo station's first-run tour was finished or dismissed. */
  tourDone: z.boolean().nullable().optional(),
});
export type Settings = z.infer<typeof Settings>;

/** Facts about this station's computer that the Settings screen shows but cannot change. */
export const StationFacts = z.object({
  archiveDir: z.string(),
  dbPath: z.string(),
  cores: z.number().int(),
  /** Why the archive folder cannot be reached (e.g. its drive is not connected); null when it can. */
  archiveProblem: z.string().nullable(),
  /** The same, coded, for the Settings screen. */
  archiveProblemText: EngineMessageSchema.nullable().optional(),
});
export type StationFacts = z.infer<typeof StationFacts>;
