/** Citizens' self-declarations as they cross the contract (the Declarations screen, issue 17). */
import { z } from 'zod';
import { call } from './call';
import { LicenceResult, OwnerResult, ReconcileStatus } from '../../main/engine/domain/reconcile';

const text = z.string().nullable();

export const DeclarationMatch = z.enum(['exact', 'differs', 'other_owner', 'no_record']);
export type DeclarationMatch = z.infer<typeof DeclarationMatch>;

export const DeclarationStatus = z.enum(['pending', 'confirmed', 'rejected']);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

export const DeclarationAction = z.enum(['confirm', 'reject', 'update-record']);
export type DeclarationAction = z.infer<typeof DeclarationAction>;

/** One declaration with how it compares with the station's record of the vehicle, and its decision. */
export const DeclarationView = z.object({
  declaration_id: z.string(),
  declared_at: text,
  personal_id: text,
  full_name: text,
  plate: text,
  chassis: text,
  engine: text,
  match: DeclarationMatch,
  record_id: text,
  differences: z.array(z.object({ field: z.string(), declared: text, record: text })),
  status: DeclarationStatus,
  decision: text,
  decided_by: text,
  decided_at: text,
  reason: text,
});
export type DeclarationView = z.infer<typeof DeclarationView>;

/** One scanned dossier of the declared vehicle against the declared plate, chassis and engine (the paper's fused values). */
export const PaperCheck = z.object({
  dossier_id: z.string(),
  agrees: z.boolean(),
  differences: z.array(z.object({ field: z.enum(['plate', 'chassis', 'engine']), declared: z.string(), paper: text })),
});
export type PaperCheck = z.infer<typeof PaperCheck>;

export const DeclarationDecision = z.object({
  outcome: z.enum(['decided', 'unchanged']),
  message: z.string(),
  declaration: DeclarationView,
});
export type DeclarationDecision = z.infer<typeof DeclarationDecision>;

// Owners and licence holders against the population register: statuses, differences and results are the domain's.
export { LicenceResult, OwnerResult, ReconcileStatus };

/** How many owners (or licence holders) have each status (the Owners screen). */
export const OwnerCounts = z.object({ match: z.number().int(), differs: z.number().int(), legacy_id: z.number().int(), not_found: z.number().int(), no_id: z.number().int() });
export type OwnerCounts = z.infer<typeof OwnerCounts>;


export const OwnerAction = z.enum(['take-register', 'keep-record']);
export type OwnerAction = z.infer<typeof OwnerAction>;

/** Owners against the register and citizens' declarations: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const ownersCalls = {
  /** Checks every record's owner against the population register again; answers the counts per status. */
  'owners.reconcile': call(z.object({}), OwnerCounts, 'Reconcile every owner with the register.'),
  /** The stored counts per status, kept current by every import and decision (no pass is run). */
  'owners.counts': call(z.object({}), OwnerCounts, 'Owner counts per status.'),
  /** A window of owner results with one status, or every one not matching the register. */
  'owners.window': call(
    z.object({ status: z.union([ReconcileStatus, z.literal('not_match')]).default('not_match'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(OwnerResult) }),
    'Owner results against the register.',
  ),
  /** An officer's decision on one owner difference (the signed-in officer or lead); a second, different one is refused. */
  'owners.decide': call(
    z.object({ record: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), result: OwnerResult }),
    'Take the register value into the record, or keep the record value.',
  ),
  /** The same decision on a reviewed list of owner differences, one by one: each refusal is named, the rest go on. */
  'owners.decideMany': call(
    z.object({
      decisions: z.array(z.object({ record: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() })).min(1).max(500),
    }),
    z.object({ decided: z.array(z.string()), skipped: z.array(z.object({ record: z.string(), reason: z.string() })) }),
    'Decide several owner differences at once.',
  ),
  /** A window of citizens' self-declarations (the confirmation queue), filtered by status and match. */
  'declarations.window': call(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      status: DeclarationStatus.optional(),
      match: DeclarationMatch.optional(),
    }),
    z.object({ total: z.number().int(), rows: z.array(DeclarationView) }),
    'Self-declarations with their comparison and decision.',
  ),
  /** The third leg: each scanned dossier of the declared vehicle against the declared plate, chassis and engine. */
  'declarations.paper': call(z.object({ id: z.string().min(1).max(64) }), z.array(PaperCheck), 'The declared vehicle against its scanned paper.'),
  /** A ward officer's decision on one declaration (the signed-in officer or lead); a second, different one is refused. */
  'declarations.decide': call(
    z.object({ id: z.string().min(1).max(64), action: DeclarationAction, reason: z.string().max(500).optional() }),
    DeclarationDecision,
    'Confirm, reject or take a declaration into the record.',
  ),
} as const;
