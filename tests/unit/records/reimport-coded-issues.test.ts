/**
 * Re-importing the same file after an upgrade that coded the issues (records, licences, the register's residents,
 * self-declarations): a row whose issues the older version stored as the English sentence only is reported
 * unchanged, with no history entry repeating its values; a real change is still an update.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';

let dir: string;
let dbPath: string;
const options = (): { dbPath: string; archiveDir: string; ocrWorkers: number } => ({ dbPath, archiveDir: join(dir, 'archive'), ocrWorkers: 1 });

/** Rewrites the stored issues as a version before coded issues stored them: the English sentence alone. */
function storeAsOlderVersion(table: 'records' | 'licences' | 'residents' | 'declarations' = 'records'): void {
  const db = openDatabase(dbPath);
  const rows = db.prepare<[], { seq: number; issues: string }>(`SELECT seq, issues FROM ${table} WHERE issues IS NOT NULL`).all();
  for (const row of rows) {
    const older = (JSON.parse(row.issues) as { field: string; message: string }[]).map(({ field, message }) => ({ field, message }));
    db.prepare(`UPDATE ${table} SET issues = ?, digest = 0 WHERE seq = ?`).run(JSON.stringify(older), row.seq);
  }
  db.close();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-reimport-'));
  dbPath = join(dir, 'station.db');
  // HS000002's citizen ID has 10 digits: the record is kept with an issue.
  writeFileSync(
    join(dir, 'records.csv'),
    'record_id,plate,chassis,engine,owner_id\nHS000001,29A-123.45,RLHJF6320BY123456,JF63E-1234567,001078012345\nHS000002,29A-678.90,RLHJF6320BY654321,JF63E-7654321,0010780123\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('re-importing records after their issues were coded', () => {
  let engine: Engine;
  afterAll(async () => engine?.close());

  it('reports a record with issues stored by an older version as unchanged, with no history entry', async () => {
    const first = await createEngine(options());
    const imported = await first.records.import({ files: [join(dir, 'records.csv')] });
    expect(imported.imported).toBe(2);
    expect(imported.with_issues).toBe(1);
    await first.close();
    storeAsOlderVersion();

    engine = await createEngine(options());
    const again = await engine.records.import({ files: [join(dir, 'records.csv')] });
    expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 2 });
    const [shown] = engine.records.show({ ids: ['HS000002'] });
    expect(shown!.history).toEqual([]);
    // The issue now carries its code, so a Vietnamese screen says it in Vietnamese.
    expect(shown!.issues[0]!.text?.code).toBeTruthy();
    // And the import after that finds it unchanged by its fingerprint alone.
    const third = await engine.records.import({ files: [join(dir, 'records.csv')] });
    expect(third.unchanged).toBe(2);
  });

  it('still reports a record whose value changed as updated, keeping the earlier values', async () => {
    storeAsOlderVersion();
    writeFileSync(join(dir, 'changed.csv'), 'record_id,plate,chassis,engine,owner_id\nHS000002,29A-678.91,RLHJF6320BY654321,JF63E-7654321,0010780123\n');
    const changed = await engine.records.import({ files: [join(dir, 'changed.csv')] });
    expect(changed.updated).toBe(1);
    const [shown] = engine.records.show({ ids: ['HS000002'] });
    expect(shown!.history.map((h) => h.values.plate)).toEqual(['29A-678.90']);
  });
});

describe('re-importing licences after their issues were coded', () => {
  it('reports a licence with issues stored by an older version as unchanged, with no history entry', async () => {
    // Licence AB12 is not a 12-digit number: kept as written, with an issue.
    writeFileSync(join(dir, 'gplx.csv'), 'Số GPLX,Hạng,Họ và tên\n010123456789,B2,Nguyễn Văn An\nAB12,A1,Trần Thị Bình\n');
    const first = await createEngine(options());
    expect((await first.licences.import({ files: [join(dir, 'gplx.csv')] })).with_issues).toBe(1);
    await first.close();
    storeAsOlderVersion('licences');
    const engine = await createEngine(options());
    try {
      const again = await engine.licences.import({ files: [join(dir, 'gplx.csv')] });
      expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 2 });
      expect(engine.licences.show({ licence_no: 'AB12' })!.history).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});

describe("re-importing the register's extract after its issues were coded", () => {
  it('reports a resident with issues stored by an older version as unchanged', async () => {
    // A name with a digit in it is kept with an issue.
    writeFileSync(join(dir, 'dan-cu.csv'), 'Số định danh cá nhân,Họ và tên\n001190012345,Phạm Thu Hà\n001078012345,Nguyễn Văn 4\n');
    const first = await createEngine(options());
    expect((await first.residents.import({ files: [join(dir, 'dan-cu.csv')] })).with_issues).toBe(1);
    await first.close();
    storeAsOlderVersion('residents');
    const engine = await createEngine(options());
    try {
      const again = await engine.residents.import({ files: [join(dir, 'dan-cu.csv')] });
      expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 2 });
    } finally {
      await engine.close();
    }
  });
});

describe("re-importing citizens' self-declarations after their issues were coded", () => {
  it('reports a declaration with issues stored by an older version as unchanged', async () => {
    // A plate no series can be is kept with an issue.
    writeFileSync(join(dir, 'khai-bao.csv'), 'Mã khai báo,Số định danh cá nhân,Biển số\nKB0001,001190012345,29A-123.45\nKB0002,001078012345,XYZ\n');
    const first = await createEngine(options());
    expect((await first.declarations.import({ files: [join(dir, 'khai-bao.csv')] })).with_issues).toBe(1);
    await first.close();
    storeAsOlderVersion('declarations');
    const engine = await createEngine(options());
    try {
      const again = await engine.declarations.import({ files: [join(dir, 'khai-bao.csv')] });
      expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 2 });
    } finally {
      await engine.close();
    }
  });
});
