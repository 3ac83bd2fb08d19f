/**
 * The retired-vehicle list end to end (CLI.md `retired import|list`, issue 18): a station with scanned, linked
 * dossiers receives the department's list afterwards; rows find their records by id, by an OCR-misread chassis and
 * by a plate one record holds; a shared plate and an unknown id are kept as unmatched with a sentence; bad rows are
 * rejected; the dossiers already scanned get their `retired` flag; an officer sets them apart; export writes them
 * only in a separate batch whose manifest says so, and both batches verify.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa } from '../fixtures/sohoa-cli';

let dir: string;
let db: string;
/** Linked, resolved dossiers and their records: [dossier id, record id, chassis, plate]. */
let linked: { id: string; record_id: string; chassis: string; plate: string }[];

const lead = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;
const officer = FIXTURE_ACCOUNTS.find((a) => a.role === 'officer')!;

function sohoa(args: string[], password?: string): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db, password, input: '' });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function json<T>(args: string[], password?: string, code = 0): T {
  const r = sohoa([...args, '--json'], password);
  expect(r.code, r.stderr).toBe(code);
  return JSON.parse(r.stdout) as T;
}

/** An OCR confusion a list typed from a photocopy might carry: the first 0/O, 1/I, 8/B or 5/S swapped. */
function misread(chassis: string): string {
  const swaps: Record<string, string> = { '0': 'O', '1': 'I', '8': 'B', '5': 'S', B: '8', S: '5' };
  const at = [...chassis].findIndex((c, i) => i > 3 && swaps[c] !== undefined);
  return at < 0 ? chassis : chassis.slice(0, at) + swaps[chassis[at]!]! + chassis.slice(at + 1);
}

interface Listed {
  record_id: string;
  plate: string | null;
  chassis: string | null;
  reason: string;
  listed_on: string | null;
  dossiers: { id: string; box: string | null }[];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-retired-'));
  db = join(dir, 'station.db');
  await seedReviewStation(db, { dossiers: 8, cleanShare: 1, seed: 18 });
  const dossiers = json<{ id: string; record_id: string | null; status: string }[]>(['dossiers', 'list']);
  const ids = dossiers.filter((d) => d.record_id && d.status === 'resolved').slice(0, 4);
  const records = json<{ record_id: string; chassis: string; plate: string }[]>(['records', 'show', ...ids.map((d) => d.record_id!)]);
  linked = ids.map((d, i) => ({ id: d.id, record_id: records[i]!.record_id, chassis: records[i]!.chassis, plate: records[i]!.plate }));
  // Two records holding one plate (it followed its owner to another vehicle).
  writeFileSync(
    join(dir, 'shared-plate.csv'),
    ['Mã hồ sơ,Biển số,Số khung,Số máy', 'XH-1,30K-999.99,RLHXH0000AA000001,XH1-0000001', 'XH-2,30K-999.99,RLHXH0000AA000002,XH2-0000002'].join('\n'),
  );
  expect(sohoa(['records', 'import', join(dir, 'shared-plate.csv')]).code).toBe(0);
  writeFileSync(
    join(dir, 'list.csv'),
    [
      'Mã hồ sơ,Số khung,Biển số,Lý do,Ngày',
      `${linked[0]!.record_id},,,het_nien_han,01/11/2025`,
      `,${misread(linked[1]!.chassis)},,Hết niên hạn sử dụng,2025-11-02`,
      `,,${linked[2]!.plate},KHÔNG LƯU HÀNH,`,
      ',,30K-999.99,khong_luu_hanh,',
      'HS-KHONG-CO,,,het_nien_han,',
      ',,,het_nien_han,',
      `${linked[3]!.record_id},,,bị mất,`,
      `${linked[3]!.record_id},,,het_nien_han,31/02/2025`,
    ].join('\n'),
  );
}, 120_000);

describe('sohoa retired import / list (CLI.md)', () => {
  it('marks by record id, OCR-tolerant chassis and a unique plate; keeps and names unmatched rows; rejects bad ones', () => {
    const report = json<{ marked: number; already_marked: number; unmatched: { file: string; row: number; message: string }[]; rejected: number; errors: { row: number; field: string; message: string }[] }>(
      ['retired', 'import', join(dir, 'list.csv')],
      undefined,
      1,
    );
    expect(report.marked).toBe(3);
    expect(report.already_marked).toBe(0);
    expect(report.unmatched.map((u) => u.row)).toEqual([5, 6]);
    expect(report.unmatched[0]!.message).toMatch(/^list\.csv row 5 .*30K-999\.99 is held by more than one record \(XH-1, XH-2\)/);
    expect(report.unmatched[1]!.message).toMatch(/^list\.csv row 6 .*no record has id HS-KHONG-CO/);
    expect(report.rejected).toBe(3);
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([
      [7, 'record_id'],
      [8, 'reason'],
      [9, 'listed_on'],
    ]);
    expect(report.errors[1]!.message).toMatch(/^list\.csv row 8: the reason "bị mất" is neither het_nien_han/);
  });

  it('lists the marked vehicles with reason, date and their dossiers', () => {
    const listed = json<Listed[]>(['retired', 'list']);
    const byId = new Map(listed.map((v) => [v.record_id, v]));
    expect(listed).toHaveLength(3);
    expect(byId.get(linked[0]!.record_id)).toMatchObject({ reason: 'het_nien_han', listed_on: '2025-11-01', dossiers: [{ id: linked[0]!.id, box: null }] });
    expect(byId.get(linked[1]!.record_id)).toMatchObject({ reason: 'het_nien_han', listed_on: '2025-11-02', chassis: linked[1]!.chassis });
    expect(byId.get(linked[2]!.record_id)).toMatchObject({ reason: 'khong_luu_hanh', listed_on: null, plate: linked[2]!.plate });
  });

  it('importing the same list again marks nothing new', () => {
    const again = json<{ marked: number; already_marked: number; unmatched: unknown[] }>(['retired', 'import', join(dir, 'list.csv')], undefined, 1);
    expect(again).toMatchObject({ marked: 0, already_marked: 3 });
    expect(again.unmatched).toHaveLength(2);
  });

  it('flags the dossiers scanned before the list arrived, and only those', () => {
    const dossiers = json<{ id: string; status: string; flags: { field: string; kind: string; record_value: string | null }[] }[]>(['dossiers', 'list']);
    const byId = new Map(dossiers.map((d) => [d.id, d]));
    for (const d of linked.slice(0, 3)) {
      expect(byId.get(d.id)!.flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'retired' }));
      expect(byId.get(d.id)!.status).toBe('needs_review');
    }
    expect(byId.get(linked[3]!.id)!.flags.some((f) => f.kind === 'retired')).toBe(false);
    expect(byId.get(linked[3]!.id)!.status).toBe('resolved');
  });

  it('exports retired vehicles only in a separate batch whose manifest says so; both batches verify', () => {
    for (const d of linked.slice(0, 3)) {
      const r = sohoa(['review', 'decide', d.id, 'record', 'keep-record', '--user', officer.name], officer.password);
      expect(r.code, r.stderr).toBe(0);
    }
    const out = join(dir, 'batches');
    const result = json<{ batch: string; dir: string; dossiers: string[]; retired_batch: { dir: string; dossiers: string[] } | null }>(
      ['export', '--out', out, '--user', lead.name],
      lead.password,
    );
    const retiredIds = linked.slice(0, 3).map((d) => d.id);
    expect(result.dossiers).toContain(linked[3]!.id);
    expect(result.dossiers.filter((id) => retiredIds.includes(id))).toEqual([]);
    expect(result.retired_batch!.dossiers.sort()).toEqual([...retiredIds].sort());
    const normal = JSON.parse(readFileSync(join(result.dir, 'manifest.json'), 'utf8'));
    const retired = JSON.parse(readFileSync(join(result.retired_batch!.dir, 'manifest.json'), 'utf8'));
    expect(normal.retired).toBeUndefined();
    expect(retired.retired).toBe(true);
    expect(retired.dossiers.map((d: { retired: { reason: string } }) => d.retired.reason).sort()).toEqual(['het_nien_han', 'het_nien_han', 'khong_luu_hanh']);
    // The normal batch took the new --out folder, so the retired one sits beside it.
    expect(result.dir).toBe(out);
    expect(result.retired_batch!.dir).toBe(`${out}-retired`);
    expect(readdirSync(result.retired_batch!.dir)).toContain('manifest.json');
    for (const batch of [result.dir, result.retired_batch!.dir]) expect(sohoa(['batch', 'verify', batch]).code).toBe(0);
  });

  it('writes the pick list as a PDF', () => {
    const file = join(dir, 'pick-list.pdf');
    const written = json<{ file: string; lines: number }>(['retired', 'pick-list', '--out', file]);
    expect(written.lines).toBe(3);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('sohoa scan import --kind / --box (CLI.md)', () => {
  it('keeps what the paper is and the box it came from on each dossier; any other kind is a usage error', () => {
    const file = join(dir, 'hong.pdf');
    writeFileSync(file, 'not a pdf');
    const bad = sohoa(['scan', 'import', file, '--kind', 'truck']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind truck is not a kind of paper: use --kind vehicle or --kind licence\./);
    const r = sohoa(['scan', 'import', file, '--box', 'Hộp 12 – Kệ B', '--json']);
    expect(r.code).toBe(1);
    const created = (JSON.parse(r.stdout) as { created: string[] }).created;
    const dossiers = json<{ id: string; kind: string; box: string | null; status: string }[]>(['dossiers', 'list']);
    expect(dossiers.find((d) => d.id === created[0])).toMatchObject({ kind: 'vehicle', box: 'Hộp 12 – Kệ B', status: 'failed' });
    expect(dossiers.filter((d) => !created.includes(d.id)).every((d) => d.kind === 'vehicle' && d.box === null)).toBe(true);
  });
});

describe('a dossier read after its vehicle was listed', () => {
  it('carries the retired flag from its first reading, above its other flags, and is not resolved until an officer acts', async () => {
    const station = join(mkdtempSync(join(tmpdir(), 'sohoa-retired-first-')), 'station.db');
    const seeded = await seedReviewStation(station, {
      dossiers: 3,
      cleanShare: 1,
      seed: 19,
      retired: [{ record_id: 'HS000002', reason: 'khong_luu_hanh', listed_on: '2025-11-20' }],
    });
    const r = runSohoa(['dossiers', 'list', '--json'], { db: station });
    const dossiers = JSON.parse(r.stdout) as { id: string; record_id: string; status: string; flags: { field: string; kind: string; record_value: string }[] }[];
    const listed = dossiers.find((d) => d.record_id === 'HS000002')!;
    expect(listed.status).toBe('needs_review');
    expect(listed.flags[0]).toMatchObject({ field: 'record', kind: 'retired', record_value: 'khong_luu_hanh' });
    expect(dossiers.filter((d) => d.id !== listed.id).every((d) => d.status === 'resolved' && !d.flags.some((f) => f.kind === 'retired'))).toBe(true);
    expect(seeded.dossiers).toHaveLength(3);
  });
});
