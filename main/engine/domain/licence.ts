/**
 * A driving licence (giấy phép lái xe, GPLX) as it crosses the engine's API and the contract (the Licences screen,
 * `licences.show`): its number, class(es), holder and dates as stored, with its data-quality issues and history. Zod
 * schemas, their types inferred; the engine (licences/, db/licences.repo) and the contract (licences.calls.ts) both
 * take them from here. A licence holder checked against the register is reconcile.ts's LicenceResult.
 */
import { z } from 'zod';
import { EngineMessageSchema } from './messages/message.schema';
import { HistoryEntry } from './station-record';

const text = z.string().nullable();

/** A licence as stored: NFC text, ISO dates (a date that could not be read is kept as typed, with an issue). */
export const Licence = z.object({
  licence_no: z.string(),
  /** One class or several, as "A1, B2". */
  class: text,
  full_name: text,
  birth_date: text,
  personal_id: text,
  issued_on: text,
  /** Null also for a licence without expiry ("Không thời hạn", classes A1–A3). */
  valid_until: text,
  issued_by: text,
});
export type Licence = z.infer<typeof Licence>;

/** A licence file's columns (CLI.md), in its usual order: every field of the schema, checked. */
export const LICENCE_FIELDS = [
  'licence_no', 'class', 'full_name', 'birth_date', 'personal_id', 'issued_on', 'valid_until', 'issued_by',
] as const satisfies readonly (keyof Licence)[];
export type LicenceField = (typeof LICENCE_FIELDS)[number];
const everyFieldIsAColumn: Exclude<keyof Licence, LicenceField> extends never ? true : never = true;
void everyFieldIsAColumn;

/** A data-quality problem found in a licence: the value is kept as the file has it; `text` is its coded message. */
export const LicenceIssue = z.object({ field: z.string(), message: z.string(), text: EngineMessageSchema.optional() });
export type LicenceIssue = z.infer<typeof LicenceIssue>;

/** A licence as stored with its issues: what the Licences screen shows beside the register. */
export const LicenceView = Licence.extend({ issues: z.array(LicenceIssue) });
export type LicenceView = z.infer<typeof LicenceView>;

/**
 * A licence with its earlier versions, newest first (an import that changed it, a decision on a scanned card and its
 * undoing), as a record's are: what the Licences screen shows under the licence and `licences.show` answers.
 */
export const LicenceDetail = LicenceView.extend({ history: z.array(HistoryEntry) });
export type LicenceDetail = z.infer<typeof LicenceDetail>;
