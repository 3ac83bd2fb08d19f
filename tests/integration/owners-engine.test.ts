/** The engine side of issue 17 that the command line does not print: record history, audit entries, dashboard figures. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import { openCampaignStation } from '../fixtures/campaign-station';
import type { Engine } from '../../main/engine/engine.types';
import { csvLine, declaration, DECLARATION_HEADER, declarationCells, record, RECORD_HEADER, recordCells, resident, RESIDENT_HEADER, residentCells } from '../fixtures/owners-data';

const N = 32;
const D = 4;
let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-owners-engine-'));
  engine = await openCampaignStation(dir, { records: N, declarations: D });
  engine.owners.reconcile();
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('owner decisions and campaign figures (engine)', () => {
  it('keeps the value a decision replaced in the record history and writes an audit entry', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const id = record(2).record_id; // spelling
    await engine.owners.decide({ record: id, field: 'name', action: 'take-register' });
    const [shown] = engine.records.show({ ids: [id] });
    expect(shown!.owner_name).toBe(resident(2).full_name);
    expect(shown!.history[0]!.values.owner_name).toBe(record(2).owner_name);
    expect(shown!.history[0]!.source).toBe('owner decision by lan');
    const entry = engine.audit.list({ offset: 0, limit: 1 }).rows[0]!;
    expect(entry).toMatchObject({ user: 'lan', action: 'owner.take-register', dossier: id, field: 'owner_name', before: record(2).owner_name, after: resident(2).full_name });
    expect(engine.audit.verify().ok).toBe(true);
  });

  it('counts owners matching and not matching the register, and declarations by status', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    // After the decision above, one more record matches: 2 match cases in every 8, plus the corrected one.
    const matching = (2 * N) / 8 + 1;
    let stats = engine.campaign.stats();
    expect(stats.owners).toMatchObject({ matching, not_matching: N - matching, checked: N });
    expect(stats.clean_share).toBeCloseTo(matching / N, 6);
    expect(stats.residents).toBe(N - N / 8);
    expect(stats.declarations).toEqual({ received: D, confirmed: 0, rejected: 0, waiting: D });
    expect(stats.today).toMatchObject({ residents: N - N / 8, received: D });

    expect(await engine.declarations.confirmExact()).toBe(1);
    await engine.declarations.decide({ id: declaration(2).row.declaration_id, action: 'reject', reason: 'không phải chủ xe' });
    stats = engine.campaign.stats();
    expect(stats.declarations).toEqual({ received: D, confirmed: 1, rejected: 1, waiting: D - 2 });
    expect(stats.this_week).toMatchObject({ confirmed: 1, rejected: 1 });
    expect(stats.last_week).toEqual({ residents: 0, received: 0, confirmed: 0, rejected: 0 });
  });

  it('finds residents by personal ID, former CMND, and name + birth date without diacritics', () => {
    const p = resident(9);
    expect(engine.residents.find({ id: p.personal_id }).map((r) => r.personal_id)).toEqual([p.personal_id]);
    expect(engine.residents.find({ id: p.former_id }).map((r) => r.personal_id)).toEqual([p.personal_id]);
    const [y, m, d] = p.birth_date.split('-');
    const plain = p.full_name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').toUpperCase();
    expect(engine.residents.find({ name: plain, birthDate: `${d}/${m}/${y}` }).map((r) => r.personal_id)).toEqual([p.personal_id]);
    expect(engine.residents.find({ id: '079000000000' })).toEqual([]);
  });

  it('serves the confirmation queue in order, skipping decided declarations', () => {
    const first = engine.declarations.next({ status: 'pending' });
    expect(first?.declaration_id).toBe(declaration(1).row.declaration_id);
    expect(engine.declarations.next({ status: 'pending', after: first!.declaration_id })?.declaration_id).toBe(declaration(3).row.declaration_id);
    expect(engine.declarations.next({ status: 'pending', after: declaration(3).row.declaration_id })).toBeNull();
  });

  it('compares declarations again once the records they name arrive', async () => {
    const late = await createEngine({ dbPath: join(dir, 'late.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    try {
      const j = 0; // exact, about record 0
      writeFileSync(join(dir, 'late-ihanoi.csv'), [csvLine(DECLARATION_HEADER), csvLine(declarationCells(declaration(j).row))].join('\n'));
      await late.declarations.import({ files: [join(dir, 'late-ihanoi.csv')] });
      expect([...late.declarations.list()].map((d) => d.match)).toEqual(['no_record']);
      writeFileSync(join(dir, 'late-records.csv'), [csvLine(RECORD_HEADER), csvLine(recordCells(record(0)))].join('\n'));
      await late.records.import({ files: [join(dir, 'late-records.csv')] });
      expect([...late.declarations.list()].map((d) => [d.match, d.record_id])).toEqual([['exact', record(0).record_id]]);
    } finally {
      await late.close();
    }
  });

  it('finds residents by name after a register import large enough to rebuild its indexes at the end', async () => {
    const big = await createEngine({ dbPath: join(dir, 'big.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    try {
      const count = 15_000; // over 1 MB of CSV: imported as a bulk load
      writeFileSync(join(dir, 'big.csv'), [csvLine(RESIDENT_HEADER), ...Array.from({ length: count }, (_, i) => csvLine(residentCells(resident(i))))].join('\n'));
      expect((await big.residents.import({ files: [join(dir, 'big.csv')] })).imported).toBe(count);
      const p = resident(count - 1);
      expect(big.residents.find({ name: p.full_name, birthDate: p.birth_date }).map((r) => r.personal_id)).toEqual([p.personal_id]);
      expect(big.campaign.stats().today.residents).toBe(count);
    } finally {
      await big.close();
    }
  });

  it('decides a reviewed list in bulk, naming each record it could not decide', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const spelling = [10, 18].map((i) => record(i).record_id); // spelling cases
    const result = await engine.owners.decideMany({ decisions: [...spelling, record(8).record_id].map((id) => ({ record: id, field: 'owner_name', action: 'take-register' })) });
    expect(result.decided).toEqual(spelling);
    expect(result.skipped).toMatchObject([{ record: record(8).record_id, reason: `Record ${record(8).record_id} has no difference with the register on owner_name to decide.` }]);
    expect(spelling.map((id) => engine.owners.check({ record: id }).status)).toEqual(['match', 'match']);
  });

  it('filters declarations by the field that differs', () => {
    expect([...engine.declarations.list({ difference: 'plate' })].map((d) => d.declaration_id)).toEqual([declaration(1).row.declaration_id]);
    expect([...engine.declarations.list({ difference: 'personal_id' })].map((d) => d.declaration_id)).toEqual([declaration(2).row.declaration_id]);
  });
});
