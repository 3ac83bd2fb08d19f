/** What a search for a record answers: the candidates, best first, each with why it matched. */
import type { StationRecord } from './record';

export type LookupField = 'plate' | 'chassis' | 'engine' | 'owner_id';

export interface FindCandidate {
  record_id: string;
  score: number;
  field: LookupField;
  why: string;
  record: StationRecord;
}

export interface FindResult {
  query: string;
  candidates: FindCandidate[];
}
