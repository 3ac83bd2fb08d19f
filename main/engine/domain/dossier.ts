/**
 * A dossier as it crosses the engine's API and the contract (`sohoa dossiers list --json`, CLI.md): its status,
 * its fields as read, its link, and its flags — each a difference between paper and record (or a problem with
 * the link), with the evidence's hint and the officer's decision. Zod schemas, their types inferred; the engine
 * (scan/dossier-view.ts) and the contract (review.calls.ts, scan.calls.ts) both take them from here.
 */
import { z } from 'zod';
import { EngineMessageSchema } from './messages/message.schema';

export const DossierStatus = z.enum(['processing', 'needs_review', 'resolved', 'exported', 'failed']);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** What a dossier holds: a vehicle's registration dossier, or a paper driving licence (`scan import --kind`). */
export const DossierKind = z.enum(['vehicle', 'licence']);
export type DossierKind = z.infer<typeof DossierKind>;

/** What a flag is (CLI.md): `unmatched` and `duplicate` are about the link, their field is `record`. */
export const FlagKind = z.enum(['mismatch', 'missing_in_record', 'missing_on_scan', 'unreadable', 'unmatched', 'duplicate', 'retired']);
export type FlagKind = z.infer<typeof FlagKind>;

/** Which side the evidence points at: the OCR misread the paper, or the record was typed wrong. */
export const FlagHint = z.enum(['ocr_misread', 'record_error']).nullable();
export type FlagHint = z.infer<typeof FlagHint>;

/** The officer's answers: the record is right, the paper is right, an entered value, or the page must be scanned again. */
export const DecisionAction = z.enum(['keep-record', 'take-scan', 'set', 'rescan']);
export type DecisionAction = z.infer<typeof DecisionAction>;

/** A decision as it stands on a flag. */
export const Decision = z.object({
  /** What `review.decide` takes as `expected`: the decision the officer saw. */
  id: z.number().int(),
  action: DecisionAction,
  value: z.string().nullable(),
  user: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
});
export type Decision = z.infer<typeof Decision>;

/** A flag as `sohoa dossiers list --json` shows it (CLI.md), with its hint and decision. */
export const DossierFlag = z.object({
  field: z.string(),
  kind: FlagKind,
  scan_value: z.string().nullable(),
  record_value: z.string().nullable(),
  hint: FlagHint.optional(),
  decision: Decision.nullable().optional(),
});
export type DossierFlag = z.infer<typeof DossierFlag>;

/** A scanned dossier as `sohoa dossiers list --json` shows it. */
export const DossierView = z.object({
  id: z.string(),
  source: z.array(z.string()),
  pages: z.number().int(),
  status: DossierStatus,
  /** Why it failed or what went wrong on a page, in English (the command line's `error`). */
  error: z.string().nullable(),
  /** The same problems coded, for the screens; the command line leaves them out. */
  problems: z.array(EngineMessageSchema).optional(),
  fields: z.record(z.string(), z.object({ value: z.string(), confidence: z.number().optional() }).nullable()),
  record_id: z.string().nullable(),
  /** A vehicle's registration dossier or a paper driving licence. */
  kind: DossierKind,
  /** The box or shelf the paper came from (`scan import --box`), or null. */
  box: z.string().nullable(),
  flags: z.array(DossierFlag),
});
export type DossierView = z.infer<typeof DossierView>;
