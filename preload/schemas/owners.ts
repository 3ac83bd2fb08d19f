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

export const DeclarationDecision = z.object({
  outcome: z.enum(['decided', 'unchanged']),
  message: z.string(),
  declaration: DeclarationView,
});
export type DeclarationDecision = z.infer<typeof DeclarationDecision>;
