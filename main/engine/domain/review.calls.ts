/** Linking, discrepancies, decisions, accounts and the audit log, as they cross the contract. */
import { z } from 'zod';
import { call, DossierId } from './call';
import { LinkReason } from './link';
import { Decision, DecisionAction, DossierFlag, FlagHint, FlagKind } from './dossier';
import { AuditEntry, AuditVerdict, QueueFilter, QueueItem, QueueRequest, ReviewDossier, ReviewFlag } from './review';
import { LinkCandidate, LinkInfo, LinkVerdictCode } from './link';
import { EngineMessageSchema } from './messages/message.schema';
import { Role, User } from './user';

export { LinkReason };

// An account and its role are the domain's (main/engine/domain/user.ts).
export { Role, User };

// A box on a page and one reading of a field, a flag and its decision are the domain's nouns (main/engine/domain/).
export { Box, Reading } from './field-reading';
export { Decision, DecisionAction, DossierFlag, FlagHint, FlagKind };

// How a dossier was linked, and why, is the domain's (main/engine/domain/link.ts).
export { LinkCandidate, LinkInfo, LinkVerdictCode };

// A dossier and its flags as the review screen shows them, a queue row, an audit entry and the audit chain's verdict
// are the domain's too
// (main/engine/domain/review.ts).
export { AuditEntry, AuditVerdict, QueueItem, ReviewDossier, ReviewFlag };

// The review queue's filter and window are the domain's (main/engine/domain/review.ts).
export { QueueFilter, QueueRequest };

/** Accounts, the review and the audit log: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const reviewCalls = {

  /** Signs in with a local account (salted scrypt); a wrong name or password gets one sentence, the same for both. */
  'auth.signIn': call(z.object({ name: z.string().min(1).max(80), password: z.string().min(1).max(500) }), User, 'Sign in.'),
  'auth.signOut': call(z.object({}), z.null(), 'Sign out.'),
  /** The signed-in user, and whether the station has no account yet (first run). */
  'auth.current': call(z.object({}), z.object({ user: User.nullable(), needsFirstUser: z.boolean() }), 'Who is signed in.'),
  /** Adds an account: only a signed-in lead may, except for the station's very first account. */
  'users.add': call(
    z.object({ name: z.string().min(1).max(80), role: Role, password: z.string().min(1).max(500) }),
    User,
    'Add a local account.',
  ),
  'users.list': call(z.object({}), z.array(User), 'The local accounts.'),

  /** The review queue, most severe first; `open` = waiting for decisions. */
  'review.queue': call(
    QueueRequest,
    z.object({ total: z.number().int(), rows: z.array(QueueItem) }),
    'The review queue.',
  ),
  /** One dossier for review: final values, scan values, record, link, flags with every reading and decision. */
  'review.dossier': call(z.object({ id: DossierId }), ReviewDossier, 'A dossier for review.'),
  /**
   * A decision by the signed-in officer or lead on one flag (`record` for the link; `set` on `record` links a record
   * by id). `expected` is the decision id the screen showed (null for none): if another officer decided meanwhile
   * the call is refused with who and what, unless it says the same thing.
   */
  'review.decide': call(
    z.object({
      dossier: DossierId,
      field: z.string().min(1).max(40),
      action: DecisionAction,
      value: z.string().max(500).nullable().optional(),
      reason: z.string().max(500).nullable().optional(),
      expected: z.number().int().nullable().optional(),
    }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), text: EngineMessageSchema.optional(), dossier: ReviewDossier }),
    'Decide a flag.',
  ),
  /** Takes back the newest decision on the dossier (or on one field); a record it corrected is put back. */
  'review.undo': call(
    z.object({ dossier: DossierId, field: z.string().max(40).optional() }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), text: EngineMessageSchema.optional(), dossier: ReviewDossier }),
    'Undo a decision.',
  ),
  /** "The record is right" on every open flag of each confidently linked dossier whose flags are all probable OCR misreads. */
  'review.bulkConfirm': call(
    z.object({ ids: z.array(DossierId).min(1).max(1000) }),
    z.object({ confirmed: z.array(z.string()), skipped: z.array(z.object({ id: z.string(), reason: z.string(), text: EngineMessageSchema.optional() })) }),
    'Confirm clean dossiers in bulk.',
  ),
  /**
   * Merges a duplicate dossier into the other (signed-in officer or lead): its pages move, kept with their readings,
   * to the end of `into`, which is fused, linked and flagged again; `from` is set aside with a sentence naming `into`.
   */
  'review.merge': call(
    z.object({ from: DossierId, into: DossierId }),
    z.object({ into: z.string(), merged: z.string(), pages: z.number().int(), message: z.string(), text: EngineMessageSchema.optional() }),
    'Merge a duplicate dossier into the other.',
  ),
  /** The audit log, newest first, optionally about one dossier. */
  'audit.list': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100), dossier: DossierId.optional() }),
    z.object({ total: z.number().int(), rows: z.array(AuditEntry) }),
    'The audit log.',
  ),
  /** Checks the audit log's hash chain end to end. */
  'audit.verify': call(z.object({}), AuditVerdict, 'Verify the audit chain.'),
} as const;

/** The type of `reviewCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type ReviewCalls = typeof reviewCalls;
