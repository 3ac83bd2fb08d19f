/**
 * A citizen's self-declaration of a vehicle (the iHanoi app) as it crosses the engine's API and the contract
 * (`sohoa declarations list --json`, CLI.md; the Declarations screen): what was declared, how it compares with the
 * station's record of the vehicle and with its scanned paper, and the ward officer's decision. Zod schemas, their
 * types inferred; the engine (declarations/, db/declarations.repo) and the contract (owners.calls.ts) both
 * take them from here.
 */
import { z } from 'zod';

const text = z.string().nullable();

/** What was declared, as stored: NFC text, canonical plate and serials, digits-only ID and phone. */
export const Declaration = z.object({
  declaration_id: z.string(),
  declared_at: text,
  personal_id: text,
  full_name: text,
  phone: text,
  plate: text,
  chassis: text,
  engine: text,
  brand: text,
  model: text,
  color: text,
});
export type Declaration = z.infer<typeof Declaration>;

/** A declaration's columns (CLI.md), in a declaration file's usual order: every field of the schema, checked. */
export const DECLARATION_FIELDS = [
  'declaration_id', 'declared_at', 'personal_id', 'full_name', 'phone', 'plate', 'chassis', 'engine', 'brand', 'model', 'color',
] as const satisfies readonly (keyof Declaration)[];
export type DeclarationField = (typeof DECLARATION_FIELDS)[number];
const everyFieldIsAColumn: Exclude<keyof Declaration, DeclarationField> extends never ? true : never = true;
void everyFieldIsAColumn;

/** How a declaration compares with the station's record of the vehicle (CLI.md). */
export const DeclarationMatch = z.enum(['exact', 'differs', 'other_owner', 'no_record']);
export type DeclarationMatch = z.infer<typeof DeclarationMatch>;

export const DeclarationStatus = z.enum(['pending', 'confirmed', 'rejected']);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

/** A ward officer's answers: the declaration is right, it is not, or its values go into the record. */
export const DeclarationAction = z.enum(['confirm', 'reject', 'update-record']);
export type DeclarationAction = z.infer<typeof DeclarationAction>;

/** A declared value beside the record's. */
export const DeclarationDifference = z.object({ field: z.string(), declared: text, record: text });
export type DeclarationDifference = z.infer<typeof DeclarationDifference>;

/** One declaration with how it compares with the station's record of the vehicle, and its decision. */
export const DeclarationView = Declaration.extend({
  match: DeclarationMatch,
  record_id: text,
  differences: z.array(DeclarationDifference),
  status: DeclarationStatus,
  decision: text,
  decided_by: text,
  decided_at: text,
  reason: text,
});
export type DeclarationView = z.infer<typeof DeclarationView>;

/** A declared serial beside the paper's fused value (null when the scan did not yield one). */
export const PaperDifference = z.object({ field: z.enum(['plate', 'chassis', 'engine']), declared: z.string(), paper: text });
export type PaperDifference = z.infer<typeof PaperDifference>;

/** One scanned dossier of the declared vehicle against the declared plate, chassis and engine (the paper's fused values). */
export const PaperCheck = z.object({
  dossier_id: z.string(),
  /** Every declared plate, chassis and engine number the paper shows agrees with it. */
  agrees: z.boolean(),
  differences: z.array(PaperDifference),
});
export type PaperCheck = z.infer<typeof PaperCheck>;

/** What a ward officer's decision answers: whether it changed anything, in a sentence, and the declaration now. */
export const DeclarationDecision = z.object({
  outcome: z.enum(['decided', 'unchanged']),
  message: z.string(),
  declaration: DeclarationView,
});
export type DeclarationDecision = z.infer<typeof DeclarationDecision>;
