/** Driving licences against the population register, as they cross the contract (the Licences screen, issue 18). */
import { z } from 'zod';
import { OwnerStatus } from './owners';

const text = z.string().nullable();

/** One licence holder checked against the register, each difference named by the licence's field. */
export const LicenceResult = z.object({
  licence_no: z.string(),
  status: OwnerStatus,
  personal_id: text,
  differences: z.array(z.object({ field: z.string(), record_value: text, register_value: text, hint: z.enum(['spelling', 'candidate']).nullable() })),
});
export type LicenceResult = z.infer<typeof LicenceResult>;

/** A licence as stored: what the Licences screen shows beside the register. */
export const LicenceView = z.object({
  licence_no: z.string(),
  class: text,
  full_name: text,
  birth_date: text,
  personal_id: text,
  issued_on: text,
  /** Null also for a licence without expiry. */
  valid_until: text,
  issued_by: text,
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type LicenceView = z.infer<typeof LicenceView>;
