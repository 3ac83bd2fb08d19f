import type { RecordsRepo, RecordToStore } from '../db/records.repo';
import { generateRecords } from '../demo/records.generator';
import { normalizeRecord } from '../records/normalize';
import type { RawRecordFields } from '../records/record';

export const DEMO_STATION_NAME = 'Công an phường Láng Thượng (trạm demo)';
const DEMO_RECORDS = 5000;

/**
 * Fills an empty demo station with generated records so a newcomer sees the app work at once.
 * Records go through the same normalisation as an import, so the demo shows real data-quality issues.
 */
export function seedDemoStation(repo: RecordsRepo): number {
  if (repo.count() > 0) return 0;
  const batch: RecordToStore[] = [];
  for (const generated of generateRecords(DEMO_RECORDS, 2026)) {
    const result = normalizeRecord(generated as unknown as RawRecordFields);
    if (result.ok) batch.push({ record: result.record, issues: result.issues });
  }
  repo.upsertBatch(batch, 'demo station');
  return batch.length;
}
