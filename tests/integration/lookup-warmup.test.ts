/**
 * The desktop app builds the lookup index in the background when the station opens (`warmLookup`): a records import
 * the clerk starts at once is found with its current values, whether the fill had already passed the record
 * (changed), reaches it last (changed) or never had it (new). Where the import lands in the fill is the event loop's
 * choice; tests/unit/records/find-warmup.test.ts steps the fill and a store mid-fill exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import { writeCsvRecords } from '../../main/engine/demo/records.csv';
import { generateRecords } from '../../main/engine/demo/records.generator';

// Several of the fill's chunks (20,000 records each).
const SEEDED = 60_000;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-warm-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lookup index built in the background', () => {
  it('finds the records an import changed or added as the station opened, with their current values', async () => {
    const station = { dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 };
    const generated = [...generateRecords(SEEDED + 1, 11)];
    const seed = join(dir, 'records.csv');
    await writeCsvRecords(seed, generated.slice(0, SEEDED));
    const seeding = await createEngine(station);
    expect(await seeding.records.import({ files: [seed] })).toMatchObject({ imported: SEEDED, rejected: 0 });
    await seeding.close();

    const early = { ...generated[4]!, chassis: 'RLHJF6320BY000042' }; // a record the fill passes as the station opens
    const late = { ...generated[SEEDED - 1]!, engine: 'JF63E-9999999' }; // the last one it reaches
    const fresh = generated[SEEDED]!; // a new record
    const changes = join(dir, 'changes.csv');
    await writeCsvRecords(changes, [early, late, fresh]);

    const engine = await createEngine({ ...station, warmLookup: true }); // fills the first chunk now, the rest on later turns
    try {
      expect(await engine.records.import({ files: [changes] })).toMatchObject({ imported: 1, updated: 2, rejected: 0 });
      const found = (text: string): string | undefined => engine.records.find({ text }).candidates[0]?.record_id;
      expect(found('RLHJF6320BY000042')).toBe(early.record_id);
      expect(found(generated[4]!.chassis)).not.toBe(early.record_id);
      expect(found('JF63E-9999999')).toBe(late.record_id);
      expect(found(fresh.chassis)).toBe(fresh.record_id);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
