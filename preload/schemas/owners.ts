/** Citizens' self-declarations as they cross the contract (the Declarations screen, issue 17). */
import { z } from 'zod';

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

/** Owners against the population register (the Owners screen). */
export const OwnerStatus = z.enum(['match', 'differs', 'legacy_id', 'not_found', 'no_id']);
export type OwnerStatus = z.infer<typeof OwnerStatus>;

export const OwnerCounts = z.object({ match: z.number().int(), differs: z.number().int(), legacy_id: z.number().int(), not_found: z.number().int(), no_id: z.number().int() });
export type OwnerCounts = z.infer<typeof OwnerCounts>;

/** One record's owner checked against the register, with each difference named by the record's field. */
export const OwnerResult = z.object({
  record_id: z.string(),
  status: OwnerStatus,
  personal_id: text,
  differences: z.array(z.object({ field: z.string(), record_value: text, register_value: text, hint: z.enum(['spelling', 'candidate']).nullable() })),
});
export type OwnerResult = z.infer<typeof OwnerResult>;

export const OwnerAction = z.enum(['take-register', 'keep-record']);
export type OwnerAction = z.infer<typeof OwnerAction>;
