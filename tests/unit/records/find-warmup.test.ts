/**
 * The lookup index's own race, stepped exactly: the fill has passed some rows and not reached others when a batch
 * of changed and new records is stored. Through the engine the import lands wherever the event loop puts it
 * (tests/integration/lookup-warmup.test.ts checks what the clerk sees); here the order is fixed, so a finder that
 * dropped or double-kept a row stored mid-fill fails every time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { RecordsRepo, type RecordToStore } from '../../../main/engine/db/records.repo';
import { generateRecords } from '../../../main/engine/demo/records.generator';
import { RecordFinder } from '../../../main/engine/records/find.service';
import { normalizeRecord } from '../../../main/engine/records/normalize';
import type { NormalizedRecord } from '../../../main/engine/records/record';

function toStore(raw: Parameters<typeof normalizeRecord>[0]): RecordToStore {
  const result = normalizeRecord(raw);
  if (!result.ok) throw new Error(result.message);
  return { record: result.record, issues: result.issues };
}

describe('the lookup index filling in chunks', () => {
  it('answers with current values for records imported or changed while it was still filling', async () => {
    const repo = new RecordsRepo(openDatabase(join(mkdtempSync(join(tmpdir(), 'sohoa-warm-')), 'station.db')));
    const generated = [...generateRecords(50_001, 11)];
    repo.upsertBatch(generated.slice(0, 50_000).map(toStore), 'seed');
    const finder = new RecordFinder(repo);

    const warming = finder.warmUp(); // fills the first chunk now, the rest on later turns
    const early = { ...generated[4]!, chassis: 'RLHJF6320BY000042' }; // a record the fill has passed
    const late = { ...generated[45_000]!, engine: 'JF63E-9999999' }; // one it has not reached yet
    const fresh = generated[50_000]!; // a new record
    const batch = [toStore(early), toStore(late), toStore(fresh)];
    const stored = repo.upsertBatch(batch, 'import during warm-up');
    finder.onStored(stored.map((s, i) => ({ seq: s.seq, record: batch[i]!.record as NormalizedRecord })));
    await warming;

    expect(finder.find('RLHJF6320BY000042').candidates[0]?.record_id).toBe(early.record_id);
    expect(finder.find(generated[4]!.chassis).candidates[0]?.record_id).not.toBe(early.record_id);
    expect(finder.find('JF63E-9999999').candidates[0]?.record_id).toBe(late.record_id);
    expect(finder.find(fresh.chassis).candidates[0]?.record_id).toBe(fresh.record_id);
  });
});
