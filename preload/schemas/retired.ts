/** Vehicles past service life or out of circulation, as they cross the contract (the Retired screen, issue 18). */
import { z } from 'zod';
import { call } from './call';
import { Locale } from './records';
import { ImportError } from '../../main/engine/domain/import-report';
import { EngineMessageSchema } from '../../main/engine/domain/messages/message.schema';

const text = z.string().nullable();
export const RetiredReason = z.enum(['het_nien_han', 'khong_luu_hanh']);
export type RetiredReason = z.infer<typeof RetiredReason>;

/** What importing the department's list did: vehicles marked, already marked, rows matching no record, rejected rows. */
export const RetiredImportReport = z.object({
  marked: z.number().int(),
  already_marked: z.number().int(),
  unmatched: z.array(z.object({ file: z.string(), row: z.number().int(), message: z.string(), text: EngineMessageSchema.optional() })),
  rejected: z.number().int(),
  errors: z.array(ImportError),
  cancelled: z.boolean(),
  seconds: z.number(),
});
export type RetiredImportReport = z.infer<typeof RetiredImportReport>;

/** A marked vehicle with its current mark, its owner and each scanned dossier (box, state, set apart or not). */
export const RetiredVehicle = z.object({
  record_id: z.string(),
  plate: text,
  chassis: text,
  owner_name: text,
  reason: RetiredReason,
  listed_on: text,
  source_file: z.string(),
  source_row: z.number().int(),
  dossiers: z.array(z.object({ id: z.string(), box: text, status: z.string(), separated: z.boolean() })),
});
export type RetiredVehicle = z.infer<typeof RetiredVehicle>;

/** A list row that matched no record, kept for the officer. */
export const RetiredUnmatched = z.object({
  file: z.string(),
  row: z.number().int(),
  record_id: text,
  chassis: text,
  plate: text,
  reason: text,
  listed_on: text,
  message: z.string(),
  /** The coded message the screens render (rows kept before messages were coded have only the English). */
  text: EngineMessageSchema.optional(),
});
export type RetiredUnmatched = z.infer<typeof RetiredUnmatched>;

/** Listed (marked or unmatched), found (a dossier scanned), dossiers of marked vehicles and those set apart. */
export const RetiredCounts = z.object({
  listed: z.number().int(),
  marked: z.number().int(),
  unmatched: z.number().int(),
  found: z.number().int(),
  dossiers: z.number().int(),
  separated: z.number().int(),
});
export type RetiredCounts = z.infer<typeof RetiredCounts>;

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
    z.object({ file: z.string(), bytes: z.number().int(), lines: z.number().int() }),
    'Save the pick list as a PDF.',
  ),
} as const;
