/**
 * The station's electronic registration record as it crosses the engine's API and the contract (`sohoa records show
 * --json`, CLI.md; the Records screen, the review's record panel): NFC text, canonical serials, null where the station
 * has no value, with its data-quality issues. Zod schemas, their types inferred; the engine (records/, db/records.repo)
 * and the contract (records.calls.ts, review.calls.ts) both take them from here.
 */
import { z } from 'zod';
import { RECORD_FILE_FIELDS } from './record-fields';
import { EngineMessageSchema } from './messages/message.schema';

const text = z.string().nullable();

/**
 * A data-quality problem found in a record: the value is kept as the station has it, the problem listed for cleaning.
 * `message` is the English (`records show` prints it), `text` the coded message the screens render; issues stored
 * before messages were coded have no `text`.
 */
export const RecordIssue = z.object({ field: z.enum(RECORD_FILE_FIELDS), message: z.string(), text: EngineMessageSchema.optional() });
export type RecordIssue = z.infer<typeof RecordIssue>;

/** One station record as stored. */
export const StationRecord = z.object({
  record_id: z.string(),
  plate: text,
  chassis: text,
  engine: text,
  owner_name: text,
  owner_id: text,
  address: text,
  brand: text,
  model: text,
  color: text,
  registered_on: text,
  /** The owner's birth date where the records file gave one (checked against the population register). */
  owner_birth_date: text.optional(),
  issues: z.array(RecordIssue),
});
export type StationRecord = z.infer<typeof StationRecord>;

/**
 * One earlier version of a record: when, from which import or decision (`source` in English, `text` its coded
 * message; versions kept before sources were coded have only the English), and its values then.
 */
export const HistoryEntry = z.object({ changed_at: z.string(), source: z.string(), text: EngineMessageSchema.optional(), values: z.record(z.string(), text) });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A record with its earlier versions (newest first), for the record detail panel and `records.show`. */
export const RecordDetail = StationRecord.extend({ history: z.array(HistoryEntry) });
export type RecordDetail = z.infer<typeof RecordDetail>;
