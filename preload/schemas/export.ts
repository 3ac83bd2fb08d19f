/** Batches for the central system, as they cross the contract (see main/engine/export). */
import { z } from 'zod';
import { call } from './call';
import { EngineMessageSchema } from '../../main/engine/domain/messages/message.schema';

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
  ids: z.array(z.string().min(1).max(40)).min(1).max(100_000).optional(),
  reexport: z.boolean().default(false),
  /** The separate batch of dossiers of vehicles on the retired list (its manifest says `"retired": true`). */
  retired: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

/** A written batch: where it is, what it holds, its size against the scans', and the signing key's fingerprint. */
export const ExportResult = z.object({
  batch: z.string(),
  dir: z.string(),
  dossiers: z.array(z.string()),
  pages: z.number().int(),
  bytes: z.number().int(),
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

export const BatchProblem = z.object({
  kind: z.enum(['missing', 'extra', 'altered', 'manifest', 'signature', 'key', 'unsafe']),
  path: z.string(),
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
  key_id: z.string().nullable(),
  /** Which checks the batch passed: signature, whose key (this station's or the one given), the recorded manifest, the files. */
  checks: z
    .object({
      signature: z.boolean(),
      key: z.enum(['station', 'given']).nullable(),
      recorded: z.boolean().nullable(),
      files: z.boolean().nullable(),
    })
    .optional(),
  problems: z.array(BatchProblem),
});
export type BatchVerdict = z.infer<typeof BatchVerdict>;

/** Export batches: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const exportCalls = {

  /** Resolved dossiers not exported yet (with `reexport`, exported ones too), for the Export screen's selection. */
  'export.preview': call(z.object({ reexport: z.boolean().default(false) }), ExportPreview, 'Dossiers ready for export.'),
  /**
   * Writes a signed batch (searchable PDFs, manifest.json/csv, audit entries, Ed25519 signature) as the signed-in
   * lead; progress as `job.progress` (kind export). Refused with one sentence for a non-lead, an unwritable folder
   * or a full disk, leaving no batch that looks complete and the dossiers still exportable.
   */
  'export.run': call(ExportRequest, ExportResult, 'Export a batch.'),
  /** The station's batch history, newest first: when, who, how many, where, verified or not. */
  'export.batches': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(BatchSummary) }),
    'Batch history.',
  ),
  /** Checks a batch folder: every missing, extra or altered file, and a manifest or signature that does not match. */
  'export.verify': call(
    z.object({ dir: z.string().min(1).max(4096), key: z.string().max(64).optional() }),
    BatchVerdict,
    'Verify a batch folder against this station\'s key, or against the key fingerprint given for another station\'s batch.',
  ),
} as const;
