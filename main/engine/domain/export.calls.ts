/** Batches for the central system, as they cross the contract (see main/engine/export). */
import { z } from 'zod';
import { call } from './call';
import { BatchSummary, BatchVerdict, ExportPreview, ExportRequest, ExportResult } from './batch';

// The batch's views are the domain's (main/engine/domain/batch.ts): the contract re-exports them, never copies.
export {
  BatchProblem,
  BatchProblemKind,
  BatchSummary,
  BatchVerdict,
  ExportPreview,
  ExportPreviewItem,
  ExportRequest,
  ExportResult,
} from './batch';

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

/** The type of `exportCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type ExportCalls = typeof exportCalls;
