/**
 * Which station record a list row means (CLI.md): its record id, else its chassis (exactly first, then tolerant
 * of OCR confusions and one slip, as the records lookup is), else a plate that exactly one record holds — never a
 * plate two records share, since plates follow their owner since 2023. A row that finds nothing is told why in
 * one sentence.
 */
import type { FindCandidate } from '../records/find-result';
import type { StationRecord } from '../records/record';
import type { ListedVehicle } from './retired-list';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';

/** Below this a lookup hit is not the vehicle: exact (1), an OCR confusion (0.75–0.9) or one slip (0.7) are. */
const MIN_SCORE = 0.7;

/** Which record a row means: all that marking it needs (its row number and id), not its values. */
export type ListedRecord = Pick<StationRecord, 'record_id'> & { seq: number };

export interface ListedVehicleLookup {
  byRecordId(id: string): ListedRecord | undefined;
  /** Ranked candidates for a plate or chassis, tolerant of OCR confusions unless `fuzzy` is false (the records finder). */
  find(text: string, fuzzy: boolean): FindCandidate[];
}

/** The record found, or why none was: a clause per key tried, joined by "; ". */
export type ListedMatch = { record: ListedRecord; by: 'record_id' | 'chassis' | 'plate' } | { why: MessageParam };

export function findListedVehicle(row: ListedVehicle, lookup: ListedVehicleLookup): ListedMatch {
  const why: EngineMessage[] = [];
  if (row.record_id !== null) {
    const record = lookup.byRecordId(row.record_id);
    if (record) return { record, by: 'record_id' };
    why.push(say('retired.no_id', { id: row.record_id }));
  }
  if (row.chassis !== null) {
    let tie = false;
    for (const fuzzy of [false, true]) {
      const hits = lookup.find(row.chassis, fuzzy).filter((c) => c.field === 'chassis' && c.score >= MIN_SCORE);
      if (hits.length === 0) continue;
      if (hits.length > 1 && hits[1]!.score === hits[0]!.score && hits[1]!.record_id !== hits[0]!.record_id) {
        tie = true;
        continue;
      }
      const record = lookup.byRecordId(hits[0]!.record_id);
      if (record) return { record, by: 'chassis' };
    }
    why.push(say(tie ? 'retired.chassis_tie' : 'retired.no_chassis', { chassis: row.chassis }));
  }
  if (row.plate !== null) {
    const holders = lookup.find(row.plate, false).filter((c) => c.field === 'plate' && c.score === 1);
    const record = holders.length === 1 ? lookup.byRecordId(holders[0]!.record_id) : undefined;
    if (record) return { record, by: 'plate' };
    why.push(
      holders.length > 1 ? say('retired.plate_shared', { plate: row.plate, records: holders.map((h) => h.record_id).join(', ') }) : say('retired.no_plate', { plate: row.plate }),
    );
  }
  return { why: why.slice(1).reduce<MessageParam>((list, next) => say('list.semicolon', { first: list, next }), why[0] ?? '') };
}
