/**
 * A person the station holds (a vehicle's owner, a licence holder) checked against the population register, as it
 * crosses the engine's API and the contract (`owners reconcile` and `licences reconcile --json`, CLI.md): the status
 * and each difference named by the subject's own field. Zod schemas, their types inferred; the engine
 * (reconcile/subject.ts, owners, licences) and the contract (owners.calls.ts, licences.calls.ts) take them here.
 */
import { z } from 'zod';

const text = z.string().nullable();

/** The statuses of CLI.md, for owners and licence holders alike. */
export const ReconcileStatus = z.enum(['match', 'differs', 'legacy_id', 'not_found', 'no_id']);
export type ReconcileStatus = z.infer<typeof ReconcileStatus>;

/** How many subjects (owners or licence holders) stand at each status (`owners reconcile`, `licences reconcile`). */
export const StatusCounts = z.object({
  match: z.number().int(),
  differs: z.number().int(),
  legacy_id: z.number().int(),
  not_found: z.number().int(),
  no_id: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One difference from the register: `hint` says a name differs only in its marks, or proposes the personal ID. */
export const Difference = z.object({ field: z.string(), record_value: text, register_value: text, hint: z.enum(['spelling', 'candidate']).nullable() });
export type Difference = z.infer<typeof Difference>;

/** One record's owner checked against the register (`owners reconcile --json`). */
export const OwnerResult = z.object({ record_id: z.string(), status: ReconcileStatus, personal_id: text, differences: z.array(Difference) });
export type OwnerResult = z.infer<typeof OwnerResult>;

/** One licence holder checked against the register (`licences reconcile --json`). */
export const LicenceResult = z.object({ licence_no: z.string(), status: ReconcileStatus, personal_id: text, differences: z.array(Difference) });
export type LicenceResult = z.infer<typeof LicenceResult>;
