/**
 * The officer's side of a dossier as it crosses the engine's API and the contract: a row of the review queue and an
 * entry of the audit log. Zod schemas, their types inferred; the engine (review/review-view.ts, engine-people.ts)
 * and the contract (preload/schemas/review.ts) both take them from here.
 */
import { z } from 'zod';
import { FlagKind } from './dossier';

/** One row of the review queue. `clean` = linked confidently with nothing but probable OCR misreads left. */
export const QueueItem = z.object({
  id: z.string(),
  status: z.enum(['needs_review', 'resolved']),
  severity: z.number().int(),
  open: z.number().int(),
  flags: z.number().int(),
  top: z.object({ field: z.string(), kind: FlagKind }).nullable(),
  record_id: z.string().nullable(),
  plate: z.string().nullable(),
  clean: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** One entry of the audit log, in order (its hash chain stays in the engine). */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  user: z.string(),
  action: z.string(),
  dossier: z.string().nullable(),
  field: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
