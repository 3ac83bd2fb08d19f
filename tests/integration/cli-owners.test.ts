/**
 * The owners commands of CLI.md on generated data with known truth: a register (one TCVN3 CSV, one NFD JSON),
 * records built from it with every reconciliation status and every differing field, bad register rows, and an
 * officer's decisions.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeText } from '../../main/engine/text/encoding';
import {
  csvLine,
  inRegister,
  record,
  RECORD_HEADER,
  recordCells,
  resident,
  RESIDENT_HEADER,
  residentCells,
  truth,
} from '../fixtures/owners-data';
import { runSohoa } from '../fixtures/sohoa-cli';

const N = 48;
let dir: string;
let db: string;

function sohoa(args: string[], password?: string): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db, password, input: password === undefined ? undefined : '' });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function reconcile(...extra: string[]): { counts: Record<string, number>; records: { record_id: string; status: string; personal_id: string | null; differences: unknown[] }[] } {
  const r = sohoa(['owners', 'reconcile', '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-owners-'));
  db = join(dir, 'station.db');
  const ids = Array.from({ length: N }, (_, i) => i).filter(inRegister);
  const even = ids.filter((i) => i % 2 === 0).map((i) => csvLine(residentCells(resident(i))));
  writeFileSync(join(dir, 'register-tcvn3.csv'), encodeText([csvLine(RESIDENT_HEADER), ...even].join('\r\n'), 'tcvn3'));
  const odd = ids.filter((i) => i % 2 === 1).map((i) => resident(i));
  writeFileSync(join(dir, 'register-nfd.json'), JSON.stringify(odd).normalize('NFD'));
  writeFileSync(join(dir, 'records.csv'), [csvLine(RECORD_HEADER), ...Array.from({ length: N }, (_, i) => csvLine(recordCells(record(i))))].join('\n'));
  for (const [name, role] of [['lan', 'officer'], ['hoa', 'officer'], ['minh', 'clerk']]) {
    const r = runSohoa(['users', 'add', name!, '--role', role!], { db, input: 'mat-khau-dai\n' });
    expect(r.code, r.stderr).toBe(0);
  }
});

describe('sohoa residents import / owners reconcile (CLI.md)', () => {
  it('imports a TCVN3 CSV and an NFD JSON register with the records importer shape', () => {
    const r = sohoa(['residents', 'import', join(dir, 'register-tcvn3.csv'), join(dir, 'register-nfd.json'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['errors', 'imported', 'issues', 'rejected', 'unchanged', 'updated', 'with_issues']);
    expect(report).toMatchObject({ imported: N - N / 8, updated: 0, rejected: 0, errors: [], issues: [] });
    expect(sohoa(['records', 'import', join(dir, 'records.csv'), '--json']).code).toBe(0);
  });

  it('gives every record the status and differences its construction says', () => {
    const result = reconcile('--all');
    expect(Object.keys(result.counts)).toEqual(['match', 'differs', 'legacy_id', 'not_found', 'no_id']);
    expect(result.counts).toEqual({ match: (2 * N) / 8, differs: (3 * N) / 8, legacy_id: N / 8, not_found: N / 8, no_id: N / 8 });
    expect(result.records).toHaveLength(N);
    for (let i = 0; i < N; i++) {
      expect(result.records[i], `record ${i}`).toEqual({ record_id: record(i).record_id, ...truth(i) });
    }
  });

  it('lists only the records that do not match without --all', () => {
    const result = reconcile();
    expect(result.records.map((r) => r.record_id)).toEqual(
      Array.from({ length: N }, (_, i) => i).filter((i) => truth(i).status !== 'match').map((i) => record(i).record_id),
    );
  });

  it('rejects bad register rows one sentence each, imports the rest and changes nothing already imported', () => {
    const known = resident(0);
    const rows = [
      csvLine(RESIDENT_HEADER),
      csvLine(['001199000777', 'Mai Thị Tuyết', '03/04/1999', 'Nữ', '', 'Phường Láng, Hà Nội']),
      csvLine(['00119900077', 'Sai Độ Dài', '03/04/1999', 'Nữ', '', '']),
      csvLine(['999199000778', 'Sai Mã Tỉnh', '03/04/1999', 'Nữ', '', '']),
      csvLine(['001199000779', 'Ngày Sai', '31/02/1999', 'Nữ', '', '']),
      csvLine([known.personal_id, 'Tên Khác Hẳn', '30/02/1950', 'Nam', '', '']),
      csvLine(['001199000777', 'Mai Thị Tuyết Lặp', '03/04/1999', 'Nữ', '', '']),
    ];
    writeFileSync(join(dir, 'bad.csv'), rows.join('\n'));
    const r = sohoa(['residents', 'import', join(dir, 'bad.csv'), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ imported: 1, updated: 0, rejected: 5 });
    expect(report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'personal_id'],
      [4, 'personal_id'],
      [5, 'birth_date'],
      [6, 'birth_date'],
      [7, 'personal_id'],
    ]);
    for (const e of report.errors) expect(e.message).toMatch(new RegExp(`^bad\\.csv row ${e.row}\\b`));
    // Record 0's owner still matches the register: the rejected row did not touch its resident.
    expect(reconcile('--all').records[0]).toEqual({ record_id: record(0).record_id, ...truth(0) });
  });

  it('a register file without its key column is unusable input (exit 2, one sentence)', () => {
    writeFileSync(join(dir, 'nokey.csv'), 'Họ và tên,Ngày sinh\nAi Đó,01/01/1990\n');
    const r = sohoa(['residents', 'import', join(dir, 'nokey.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nokey\.csv has no personal-ID column \("Số định danh cá nhân" or "personal_id"\); the column headers found are: "Họ và tên", "Ngày sinh"\.$/m);
    expect(r.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });
});

describe('sohoa owners decide (CLI.md)', () => {
  it('takes the register value into the record, after which the record matches; the audit chain holds', () => {
    const i = 2; // spelling
    const r = sohoa(['owners', 'decide', record(i).record_id, 'owner_name', 'take-register', '--user', 'lan', '--json'], 'mat-khau-dai');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'decided', record_id: record(i).record_id, status: 'match', differences: [] });
    const shown = JSON.parse(sohoa(['records', 'show', record(i).record_id, '--json']).stdout);
    expect(shown[0].owner_name).toBe(resident(i).full_name);
    expect(sohoa(['audit', 'verify']).code).toBe(0);
  });

  it('proposes and takes the personal ID for a former CMND', () => {
    const i = 5; // legacy_id
    const r = sohoa(['owners', 'decide', record(i).record_id, 'owner_id', 'take-register', '--user', 'hoa', '--json'], 'mat-khau-dai');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'match', personal_id: resident(i).personal_id });
  });

  it('keeps the record value with a reason; a second officer deciding otherwise is refused, the same decision is not', () => {
    const id = record(3).record_id; // birth_date differs
    const keep = sohoa(['owners', 'decide', id, 'owner_birth_date', 'keep-record', '--user', 'lan', '--reason', 'giấy khai sinh'], 'mat-khau-dai');
    expect(keep.code, keep.stderr).toBe(0);
    const other = sohoa(['owners', 'decide', id, 'owner_birth_date', 'take-register', '--user', 'hoa'], 'mat-khau-dai');
    expect(other.code).toBe(1);
    expect(other.stderr.trim()).toMatch(/^lan already decided owner_birth_date of record HS0000003 \(keep-record\)/);
    const same = sohoa(['owners', 'decide', id, 'owner_birth_date', 'keep-record', '--user', 'hoa', '--json'], 'mat-khau-dai');
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).outcome).toBe('unchanged');
    expect(reconcile('--all').records[3]!.status).toBe('differs');
  });

  it('refuses a clerk, a wrong password and a field without a difference', () => {
    const id = record(4).record_id;
    expect(sohoa(['owners', 'decide', id, 'owner_name', 'take-register', '--user', 'minh'], 'mat-khau-dai').code).toBe(1);
    expect(sohoa(['owners', 'decide', id, 'owner_name', 'take-register', '--user', 'lan'], 'sai-mat-khau').code).toBe(1);
    const none = sohoa(['owners', 'decide', record(0).record_id, 'owner_name', 'take-register', '--user', 'lan'], 'mat-khau-dai');
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('Record HS0000000 has no difference with the register on owner_name to decide.');
    expect(sohoa(['owners', 'decide', id, 'owner_name', 'replace', '--user', 'lan'], 'mat-khau-dai').code).toBe(2);
  });
});
