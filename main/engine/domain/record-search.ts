/**
 * What a search for a station record answers (`sohoa records find --json`, CLI.md; the Records screen's search box):
 * the candidates, best first, each with the key that matched and why, in plain words and as a code. Zod schemas,
 * their types inferred; the engine (records/find.service.ts) and the contract (records.calls.ts) both take
 * them from here.
 */
import { z } from 'zod';
import { LinkReason } from './link';
import { StationRecord } from './station-record';

/** The keys a record is found by, tolerant of OCR confusions and one slip. */
export const LookupField = z.enum(['plate', 'chassis', 'engine', 'owner_id']);
export type LookupField = z.infer<typeof LookupField>;

/** One ranked candidate and, in plain words, why it matched. */
export const FindCandidate = z.object({
  record_id: z.string(),
  score: z.number(),
  field: LookupField,
  why: z.string(),
  /** `why` as a code with parameters, for the UI's catalogues. */
  reason: LinkReason.optional(),
  record: StationRecord,
});
export type FindCandidate = z.infer<typeof FindCandidate>;

/** One search text's candidates. */
export const FindResult = z.object({ query: z.string(), candidates: z.array(FindCandidate) });
export type FindResult = z.infer<typeof FindResult>;
