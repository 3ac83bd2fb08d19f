/**
 * A batch for the central system (export/): what the Export screen can select, what to export, the batch written,
 * the station's batch history and a batch folder's verdict (`sohoa batch verify --json` prints it, CLI.md). Zod
 * schemas, their types inferred; the engine's export area and the contract (export.calls.ts) both take
 * them from here.
 */
import { z } from 'zod';
import { EngineMessageSchema } from './messages/message.schema';

/** A dossier the Export screen can select: resolved, and (unless re-exporting) never exported. */
export const ExportPreviewItem = z.object({
  id: z.string(),
  record_id: z.string().nullable(),
  plate: z.string().nullable(),
  pages: z.number().int(),
  status: z.enum(['resolved', 'exported']),
  /** The vehicle is on the retired list: the dossier leaves only in the separate retired batch. */
  retired: z.boolean().default(false),
});
export type ExportPreviewItem = z.infer<typeof ExportPreviewItem>;

export const ExportPreview = z.object({ dossiers: z.array(ExportPreviewItem), pages: z.number().int() });
export type ExportPreview = z.infer<typeof ExportPreview>;

/** What to export: a folder (a new batch folder is made inside it unless it is empty or new), optionally some dossiers. */
export const ExportRequest = z.object({
  out: z.string().min(1).max(4096),
  /** Only these dossiers (default: every resolved dossier not exported yet). */
  ids: z.array(z.string().min(1).max(40)).min(1).max(100_000).optional(),
  /** Export dossiers again even if an earlier batch carried them. */
  reexport: z.boolean().default(false),
  /**
   * The separate batch of dossiers of vehicles on the retired list (past service life, out of circulation), whose
   * manifest says `"retired": true`; without it, those dossiers are left out. The two are never mixed.
   */
  retired: z.boolean().default(false),
});
/** A request as a caller writes it: the flags may be left out (false). */
export type ExportRequest = z.input<typeof ExportRequest>;

/** A written batch: where it is, what it holds, its size against the scans', and the signing key's fingerprint. */
export const ExportResult = z.object({
  batch: z.string(),
  dir: z.string(),
  dossiers: z.array(z.string()),
  pages: z.number().int(),
  bytes: z.number().int(),
  /** Total size of the scanned page images that went in, to compare with `bytes`. */
  input_bytes: z.number().int(),
  key_id: z.string(),
  seconds: z.number(),
});
export type ExportResult = z.infer<typeof ExportResult>;

/** One batch of the station's history; `verified_ok` null = never verified here. */
export const BatchSummary = z.object({
  id: z.string(),
  created_at: z.string(),
  user: z.string(),
  dir: z.string(),
  dossiers: z.number().int(),
  pages: z.number().int(),
  bytes: z.number().int(),
  manifest_sha256: z.string(),
  reexport: z.boolean(),
  verified_at: z.string().nullable(),
  verified_ok: z.boolean().nullable(),
});
export type BatchSummary = z.infer<typeof BatchSummary>;

export const BatchProblemKind = z.enum(['missing', 'extra', 'altered', 'manifest', 'signature', 'key', 'unsafe']);
export type BatchProblemKind = z.infer<typeof BatchProblemKind>;

/** One thing wrong with a batch folder. */
export const BatchProblem = z.object({
  kind: BatchProblemKind,
  /** The file concerned, relative to the batch folder. */
  path: z.string(),
  /** The problem in English (the command line's words). */
  message: z.string(),
  /** The problem coded, for the screens (`message` is its English). */
  text: EngineMessageSchema.optional(),
});
export type BatchProblem = z.infer<typeof BatchProblem>;

/** `sohoa batch verify`'s verdict: ok only when there is no problem at all. */
export const BatchVerdict = z.object({
  ok: z.boolean(),
  dir: z.string(),
  batch: z.string().nullable(),
  station: z.string().nullable(),
  created_at: z.string().nullable(),
  dossiers: z.number().int(),
  files: z.number().int(),
  /** Fingerprint of the key the manifest names. */
  key_id: z.string().nullable(),
  /** Which checks the batch passed (null: not made, or not applicable). */
  checks: z.object({
    signature: z.boolean(),
    /** Whose key signed it: this station's own, or the fingerprint the user gave; null when neither. */
    key: z.enum(['station', 'given']).nullable(),
    /** The manifest is the one this station recorded for that batch id (null: not a batch of this station's). */
    recorded: z.boolean().nullable(),
    /** Every listed file is there, whole, and nothing else is (null: not checked, an earlier check failed). */
    files: z.boolean().nullable(),
  }),
  problems: z.array(BatchProblem),
});
export type BatchVerdict = z.infer<typeof BatchVerdict>;
