/**
 * Reconciliation kept fresh (issue 17): after a register, records or licences import, the statuses the Owners and
 * Licences screens, the dashboard and `owners reconcile` read are already those a full pass gives — without
 * anyone pressing "check again" — and officers' decisions stay.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import type { OwnerResult } from '../../main/engine/engine-campaign';
import { csvLine, inRegister, record, RECORD_HEADER, recordCells, resident, RESIDENT_HEADER, residentCells, truth, type RecordRow, type ResidentRow } from '../fixtures/owners-data';

const N = 24;
let dir: string;
let engine: Engine;
let files = 0;

const write = (header: string[], lines: string[]): string => {
  const path = join(dir, `file-${++files}.csv`);
  writeFileSync(path, [csvLine(header), ...lines].join('\n'));
  return path;
};
const residentsFile = (rows: ResidentRow[]): string => write(RESIDENT_HEADER, rows.map((p) => csvLine(residentCells(p))));
const recordsFile = (rows: RecordRow[]): string => write(RECORD_HEADER, rows.map((r) => csvLine(recordCells(r))));
const range = Array.from({ length: N }, (_, i) => i);
const stored = (): OwnerResult[] => [...engine.owners.results({ all: true })];
const resultOf = (id: string): OwnerResult | undefined => stored().find((r) => r.record_id === id);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-owners-fresh-'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('owner reconciliation follows every import', () => {
  it('has every status right after the records and the register arrive, as a full pass says', async () => {
    await engine.records.import({ files: [recordsFile(range.map(record))] });
    // No register yet: nothing to check the owners against (and a million-record import pays nothing for it).
    expect(engine.owners.counts()).toMatchObject({ match: 0, differs: 0, legacy_id: 0, not_found: 0, no_id: 0 });
    expect(stored()).toHaveLength(0);

    await engine.residents.import({ files: [residentsFile(range.filter(inRegister).map(resident))] });
    const fresh = stored();
    expect(fresh).toEqual(range.map((i) => ({ record_id: record(i).record_id, ...truth(i) })));
    const counts = engine.owners.counts();
    expect(engine.owners.reconcile()).toEqual(counts);
    expect(stored()).toEqual(fresh);
  });

  it('follows a register correction of one resident, and a former CMND the register no longer carries', async () => {
    const spelled = 2; // record 2's owner name lacks diacritics: differs (spelling)
    const legacy = 5; // record 5 holds resident 5's former CMND: legacy_id
    const register = range.filter(inRegister).map(resident);
    const corrected = register.map((p, k) => {
      const i = range.filter(inRegister)[k]!;
      if (i === spelled) return { ...p, full_name: record(spelled).owner_name };
      if (i === legacy) return { ...p, former_id: '199999999' };
      return p;
    });
    const before = stored();
    await engine.residents.import({ files: [residentsFile(corrected)] });
    expect(resultOf(record(spelled).record_id)).toMatchObject({ status: 'match', differences: [] });
    expect(resultOf(record(legacy).record_id)).toMatchObject({ status: 'not_found', personal_id: null });
    // Nobody else changed.
    const others = (rows: OwnerResult[]): OwnerResult[] => rows.filter((r) => r.record_id !== record(spelled).record_id && r.record_id !== record(legacy).record_id);
    expect(others(stored())).toEqual(others(before));
    await engine.residents.import({ files: [residentsFile(register)] });
    expect(stored()).toEqual(before);
  });

  it('follows a records import that changes an owner', async () => {
    const i = 8; // a match
    await engine.records.import({ files: [recordsFile([{ ...record(i), owner_name: `${record(i).owner_name} Anh` }])] });
    expect(resultOf(record(i).record_id)).toMatchObject({ status: 'differs', differences: [{ field: 'owner_name', hint: null }] });
    await engine.records.import({ files: [recordsFile([record(i)])] });
    expect(resultOf(record(i).record_id)).toMatchObject({ status: 'match', differences: [] });
  });

  it('keeps an officer decision across a register re-import', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const id = record(4).record_id; // other_name: differs
    expect((await engine.owners.decide({ record: id, field: 'name', action: 'keep-record', reason: 'giấy tờ gốc' })).outcome).toBe('decided');
    const changed = range.filter(inRegister).map((i) => (i === 12 ? { ...resident(i), address: 'Phường Láng, Hà Nội' } : resident(i)));
    await engine.residents.import({ files: [residentsFile(changed)] });
    // The difference is still there, and so is the decision: the same one again changes nothing, another is refused.
    expect(resultOf(id)).toMatchObject({ status: 'differs' });
    expect((await engine.owners.decide({ record: id, field: 'name', action: 'keep-record' })).outcome).toBe('unchanged');
    await expect(engine.owners.decide({ record: id, field: 'name', action: 'take-register' })).rejects.toThrow(/already decided/);
  });
});

describe('licence holders follow the licences and the register', () => {
  it('checks new licences at import and again when their holder enters the register', async () => {
    const holder = resident(N + 3); // not in the register yet
    const licences = write(
      ['Số GPLX', 'Hạng', 'Họ và tên', 'Ngày sinh', 'Số định danh cá nhân'],
      [csvLine(['010203040506', 'B2', holder.full_name, holder.birth_date, holder.personal_id])],
    );
    await engine.licences.import({ files: [licences] });
    expect(engine.licences.counts()).toMatchObject({ not_found: 1, match: 0 });
    await engine.residents.import({ files: [residentsFile([holder])] });
    expect(engine.licences.counts()).toMatchObject({ not_found: 0, match: 1 });
    expect([...engine.licences.results({ all: true })]).toEqual([{ licence_no: '010203040506', status: 'match', personal_id: holder.personal_id, differences: [] }]);
  });
});

describe('a bulk load of the register', () => {
  it('leaves every owner checked as a full pass says, without remembering each person it loaded', async () => {
    const bulkDir = mkdtempSync(join(tmpdir(), 'sohoa-owners-bulk-'));
    const station = await createEngine({ dbPath: join(bulkDir, 'station.db'), archiveDir: join(bulkDir, 'archive'), ocrWorkers: 1 });
    try {
      const path = (name: string, header: string[], lines: string[]): string => {
        const p = join(bulkDir, name);
        writeFileSync(p, [csvLine(header), ...lines].join('\n'));
        return p;
      };
      await station.records.import({ files: [path('records.csv', RECORD_HEADER, range.map((i) => csvLine(recordCells(record(i)))))] });
      // Over 1 MiB and more rows than the register held: the importer loads it in bulk.
      // (The filler people are born in 1900, so none shares a name and birth date with an owner.)
      const filler = Array.from({ length: 14_000 }, (_, k) => ({ ...resident(100_000 + k), birth_date: '1900-01-01' }));
      const people = [...range.filter(inRegister).map(resident), ...filler];
      const file = path('register.csv', RESIDENT_HEADER, people.map((p) => csvLine(residentCells(p))));
      expect(statSync(file).size).toBeGreaterThan(1 << 20);
      await station.residents.import({ files: [file] });
      const results = [...station.owners.results({ all: true })];
      expect(results).toEqual(range.map((i) => ({ record_id: record(i).record_id, ...truth(i) })));
    } finally {
      await station.close();
      rmSync(bulkDir, { recursive: true, force: true });
    }
  }, 120_000);
});
