/** Vehicles past service life or out of circulation, as they cross the contract (the Retired screen, issue 18). */
import { z } from 'zod';
import { call } from './call';
import { Locale } from './records.calls';
import {
  PickListWritten,
  RetiredCounts,
  RetiredImportReport,
  RetiredUnmatched,
  RetiredVehicle,
} from './retired';

// The list's views are the domain's (main/engine/domain/retired.ts): the contract re-exports them, never copies.
export { RetiredCounts, RetiredDossier, RetiredImportReport, RetiredReason, RetiredUnmatched, RetiredVehicle } from './retired';

/** The retired-vehicle list: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const retiredCalls = {
  /**
   * Imports the department's list of vehicles past service life or out of circulation (CSV, XLSX, JSON): marks the
   * records it names, keeps rows matching no record with a sentence, flags their scanned dossiers `retired`.
   */
  'retired.import': call(z.object({ files: z.array(z.string().min(1)).min(1).max(100) }), RetiredImportReport, 'Import the retired-vehicle list.'),
  /** A window of marked vehicles (record order) with their owner, mark and scanned dossiers. */
  'retired.vehicles': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(RetiredVehicle) }),
    'Marked vehicles with their dossiers.',
  ),
  /** List rows that matched no record, kept for the officer (at most `limit`). */
  'retired.unmatched': call(z.object({ limit: z.number().int().min(1).max(5000).default(500) }), z.array(RetiredUnmatched), 'Retired-list rows matching no record.'),
  /** Listed, found (a dossier scanned) and dossiers separated: the counts the Retired screen and the dashboard show. */
  'retired.counts': call(z.object({}), RetiredCounts, 'Retired-vehicle counts.'),
  /** The pick list (which scanned dossier to pull from which box) as a PDF written to `out`, in the given language. */
  'retired.pickList': call(
    z.object({ out: z.string().min(1).max(4096), locale: Locale.default('vi') }),
    PickListWritten,
    'Save the pick list as a PDF.',
  ),
} as const;

/** The type of `retiredCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type RetiredCalls = typeof retiredCalls;
