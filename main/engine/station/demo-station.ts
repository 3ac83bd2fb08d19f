import type { RecordsRepo, RecordToStore } from '../db/records.repo';
import { generateRecords, type GeneratedRecord } from '../demo/records.generator';
import { normalizeRecord } from '../records/normalize';
import type { Accounts, Role } from '../users/accounts.service';

export const DEMO_STATION_NAME = 'Công an phường Láng Thượng (trạm demo)';
const DEMO_RECORDS = 5000;

/**
 * The slips a real station's data has, so the demo's "with data-quality issues" view is not empty:
 * a VIN typed with the letter O, a citizen ID missing a digit, a plate typed without its series.
 */
const SLIPS: readonly ((r: GeneratedRecord) => GeneratedRecord)[] = [
  (r) => (r.chassis.length === 17 ? { ...r, chassis: `${r.chassis.slice(0, 12)}O${r.chassis.slice(13)}` } : r),
  (r) => ({ ...r, owner_id: r.owner_id.slice(0, -1) }),
  (r) => ({ ...r, plate: r.plate.replace(/^(\d\d)[-\s]?[A-Z]+\d?/, '$1') }),
];

/**
 * Fills an empty demo station with generated records so a newcomer sees the app work at once.
 * Records go through the same normalisation as an import, so the demo shows real data-quality issues.
 */
export function seedDemoStation(repo: RecordsRepo): number {
  if (repo.count() > 0) return 0;
  const batch: RecordToStore[] = [];
  let i = 0;
  for (const generated of generateRecords(DEMO_RECORDS, 2026)) {
    const slip = i % 37 === 5 ? SLIPS[i % SLIPS.length] : undefined;
    i += 1;
    const result = normalizeRecord(slip ? slip(generated) : generated);
    if (result.ok) batch.push({ record: result.record, issues: result.issues });
  }
  repo.upsertBatch(batch, 'demo station');
  return batch.length;
}

/** The demo station's accounts, one per role; the sign-in dialog shows them only on the demo station. */
export const DEMO_ACCOUNTS: readonly { name: string; role: Role; password: string }[] = [
  { name: 'lead', role: 'lead', password: 'demo-lead' },
  { name: 'officer', role: 'officer', password: 'demo-officer' },
  { name: 'clerk', role: 'clerk', password: 'demo-clerk' },
];

/** Creates the demo accounts on a demo station that has none, so a newcomer can sign in and review at once. */
export async function seedDemoAccounts(accounts: Accounts): Promise<number> {
  if (accounts.count() > 0) return 0;
  for (const a of DEMO_ACCOUNTS) await accounts.add(a.name, a.role, a.password);
  return DEMO_ACCOUNTS.length;
}
