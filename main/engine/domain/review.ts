/**
 * The officer's side of a dossier as it crosses the engine's API and the contract: the dossier as the review screen
 * shows it (its flags with every reading), a row of the review queue and an entry of the audit log. Zod schemas,
 * their types inferred; the engine (review/review-view.ts, engine-people.ts) and the contract
 * (review.calls.ts) both take them from here.
 */
import { z } from 'zod';
import { Decision, DossierFlag, DossierKind, DossierStatus, FlagHint, FlagKind } from './dossier';
import { Reading } from './field-reading';
import { LinkInfo } from './link';
import { EngineMessageSchema } from './messages/message.schema';
import { StationRecord } from './station-record';

/**
 * A flag (a difference between paper and record, or a problem with the link) with everything the officer needs
 * to decide it: severity, hint, every reading, the decision standing on it.
 */
export const ReviewFlag = DossierFlag.extend({
  severity: z.number().int(),
  hint: FlagHint,
  readings: z.array(Reading),
  decision: Decision.nullable(),
});
export type ReviewFlag = z.infer<typeof ReviewFlag>;

/** Everything the review screen shows for one dossier. `fields` are the final values (decisions applied). */
export const ReviewDossier = z.object({
  id: z.string(),
  /** A vehicle's registration dossier or a paper driving licence: which fields `scan` and `fields` hold. */
  kind: DossierKind,
  status: DossierStatus,
  pages: z.array(z.object({ pageNo: z.number().int(), width: z.number().int(), height: z.number().int(), rotation: z.number().int() })),
  scan: z.record(z.string(), z.object({ value: z.string(), confidence: z.number() }).nullable()),
  fields: z.record(z.string(), z.string().nullable()),
  /** The linked vehicle record; null for a licence (its record's values are on each flag) or an unlinked dossier. */
  record: StationRecord.nullable(),
  link: LinkInfo.nullable(),
  flags: z.array(ReviewFlag),
  rescan: z.boolean(),
});
export type ReviewDossier = z.infer<typeof ReviewDossier>;

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

/** Which dossiers the review queue lists: open (the default), resolved or all, by flag kind, field or paper. */
export const QueueFilter = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  kind: FlagKind.optional(),
  field: z.string().max(40).optional(),
  /** Only dossiers of this kind: vehicle registration dossiers or paper driving licences. */
  dossierKind: DossierKind.optional(),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

/** A window of the review queue: the filter, and where the page starts and how long it is. */
export const QueueRequest = QueueFilter.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
/** The request as the engine takes it: the status, offset and limit given (the contract fills in their defaults). */
export type QueueRequest = z.output<typeof QueueRequest>;

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
  /** Why, in English: an officer's own words, or what the engine said (a decision withdrawn, a merge). */
  reason: z.string().nullable(),
  /** The engine's reason coded, for the screens (an officer's words come as written). */
  reason_text: z.array(EngineMessageSchema).optional(),
  /** The new value coded, when the engine wrote it as words (a batch's size); `after` is then its English. */
  after_text: z.array(EngineMessageSchema).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The audit chain checked end to end: `broken` names the first entry that was edited, removed or reordered. */
export const AuditVerdict = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  broken: z.object({ seq: z.number().int(), message: z.string(), text: EngineMessageSchema.optional() }).nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;
