/**
 * Vehicles past their service life or out of circulation, on the traffic police department's list (issue 18), as
 * the engine answers them and the contract carries them: zod schemas, their types inferred. The engine's retired
 * area (retired/, db/retired.repo.ts) and the contract (retired.calls.ts) both take them from here.
 * Two views of a marked vehicle: `RetiredVehicle`, the Retired screen's row (owner, each dossier's state), and
 * `RetiredListEntry`, what `sohoa retired list --json` prints (CLI.md's keys, no more).
 */
import { z } from 'zod';
import { ImportError } from './import-report';
import { EngineMessageSchema } from './messages/message.schema';

export const RETIRED_REASONS = ['het_nien_han', 'khong_luu_hanh'] as const;
export const RetiredReason = z.enum(RETIRED_REASONS);
export type RetiredReason = z.infer<typeof RetiredReason>;

const text = z.string().nullable();

/** What importing the department's list did: vehicles marked, already marked, rows matching no record, rejected rows. */
export const RetiredImportReport = z.object({
  marked: z.number().int(),
  already_marked: z.number().int(),
  /** `message` in English (the command line prints it), `text` its coded message for the screens. */
  unmatched: z.array(z.object({ file: z.string(), row: z.number().int(), message: z.string(), text: EngineMessageSchema.optional() })),
  rejected: z.number().int(),
  errors: z.array(ImportError),
  cancelled: z.boolean(),
  seconds: z.number(),
});
export type RetiredImportReport = z.infer<typeof RetiredImportReport>;

/** A scanned dossier of a marked vehicle: its box, its state and whether its paper has been set apart. */
export const RetiredDossier = z.object({
  id: z.string(),
  box: text,
  status: z.string(),
  /**
   * An officer confirmed the paper was set apart (a live decision on its retired flag). A dossier exported before
   * its vehicle was listed is not: its paper may still be on the shelf.
   */
  separated: z.boolean(),
});
export type RetiredDossier = z.infer<typeof RetiredDossier>;

/** A marked vehicle with its current mark, its owner and each scanned dossier (the Retired screen's row). */
export const RetiredVehicle = z.object({
  record_id: z.string(),
  plate: text,
  chassis: text,
  owner_name: text,
  reason: RetiredReason,
  listed_on: text,
  source_file: z.string(),
  source_row: z.number().int(),
  /** When the current mark was made (a list imported again with the same mark leaves it). */
  marked_at: z.string(),
  dossiers: z.array(RetiredDossier),
});
export type RetiredVehicle = z.infer<typeof RetiredVehicle>;

/** One marked vehicle as `retired list --json` prints it (CLI.md): its mark and its dossiers' ids and boxes. */
export const RetiredListEntry = z.object({
  record_id: z.string(),
  plate: text,
  chassis: text,
  reason: RetiredReason,
  listed_on: text,
  dossiers: z.array(RetiredDossier.pick({ id: true, box: true })),
});
export type RetiredListEntry = z.infer<typeof RetiredListEntry>;

/** A list row that matched no record, kept for the officer. */
export const RetiredUnmatched = z.object({
  file: z.string(),
  row: z.number().int(),
  record_id: text,
  chassis: text,
  plate: text,
  reason: text,
  listed_on: text,
  /** Why no record was found, in English (the command line prints it). */
  message: z.string(),
  /** The coded message the screens render (rows kept before messages were coded have only the English). */
  text: EngineMessageSchema.optional(),
});
export type RetiredUnmatched = z.infer<typeof RetiredUnmatched>;

/** Listed (marked or unmatched), found (a dossier scanned), dossiers of marked vehicles and those set apart. */
export const RetiredCounts = z.object({
  /** Vehicles on the list: marked records and rows kept unmatched. */
  listed: z.number().int(),
  marked: z.number().int(),
  unmatched: z.number().int(),
  /** Marked vehicles with a scanned dossier. */
  found: z.number().int(),
  /** Scanned dossiers of marked vehicles, and those an officer confirmed set apart. */
  dossiers: z.number().int(),
  separated: z.number().int(),
});
export type RetiredCounts = z.infer<typeof RetiredCounts>;

/** What writing the pick list (which dossier to pull from which box) produced. */
export const PickListWritten = z.object({ file: z.string(), bytes: z.number().int(), lines: z.number().int() });
export type PickListWritten = z.infer<typeof PickListWritten>;
