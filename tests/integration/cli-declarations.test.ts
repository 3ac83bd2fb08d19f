/**
 * The declarations commands of CLI.md on generated data with known truth: every match (exact, differs,
 * other_owner, no_record), the ward officers' decisions and the refusal of a second, different decision.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvLine, declaration, DECLARATION_HEADER, declarationCells, record, RECORD_HEADER, recordCells } from '../fixtures/owners-data';
import { runSohoa } from '../fixtures/sohoa-cli';

const D = 12;
let dir: string;
let db: string;

function sohoa(args: string[], password?: string): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db, password, input: password === undefined ? undefined : '' });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Listed {
  declaration_id: string;
  status: string;
  match: string;
  record_id: string | null;
  differences: { field: string; declared: string | null; record: string | null }[];
}

function list(...extra: string[]): Listed[] {
  const r = sohoa(['declarations', 'list', '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-declarations-'));
  db = join(dir, 'station.db');
  writeFileSync(join(dir, 'records.csv'), [csvLine(RECORD_HEADER), ...Array.from({ length: 8 * D }, (_, i) => csvLine(recordCells(record(i))))].join('\n'));
  const lines = Array.from({ length: D }, (_, j) => csvLine(declarationCells(declaration(j).row)));
  // The same declaration twice in one file: the second row is refused, the first kept.
  writeFileSync(join(dir, 'ihanoi.csv'), [csvLine(DECLARATION_HEADER), ...lines, lines[0]!].join('\n'));
  expect(sohoa(['records', 'import', join(dir, 'records.csv')]).code).toBe(0);
  for (const [name, role] of [['lan', 'officer'], ['hoa', 'officer'], ['minh', 'clerk']]) {
    expect(runSohoa(['users', 'add', name!, '--role', role!], { db, input: 'mat-khau-dai\n' }).code).toBe(0);
  }
});

describe('sohoa declarations (CLI.md)', () => {
  it('imports with the records importer shape, refusing a repeated declaration id', () => {
    const r = sohoa(['declarations', 'import', join(dir, 'ihanoi.csv'), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ imported: D, updated: 0, unchanged: 0, rejected: 1, issues: [] });
    expect(report.errors).toEqual([
      { file: join(dir, 'ihanoi.csv'), row: D + 2, field: 'declaration_id', message: `ihanoi.csv row ${D + 2} repeats declaration id KB0000000 from row 2; this row was not imported.` },
    ]);
  });

  it('compares every declaration with the record of its vehicle, keeping unknown vehicles as no_record', () => {
    const listed = list();
    expect(listed).toHaveLength(D);
    for (let j = 0; j < D; j++) {
      const want = declaration(j);
      expect(listed[j], `declaration ${j}`).toEqual({
        declaration_id: want.row.declaration_id,
        status: 'pending',
        match: want.match,
        record_id: want.record_id,
        differences: want.differences,
      });
    }
  });

  it('records decisions; a second officer deciding otherwise is refused unless it says the same', () => {
    expect(sohoa(['declarations', 'decide', 'KB0000000', 'confirm', '--user', 'lan'], 'mat-khau-dai').code).toBe(0);
    const other = sohoa(['declarations', 'decide', 'KB0000000', 'reject', '--user', 'hoa', '--reason', 'sai'], 'mat-khau-dai');
    expect(other.code).toBe(1);
    expect(other.stderr.trim()).toMatch(/^lan already decided declaration KB0000000 \(confirm\) at \d{4}-\d{2}-\d{2}T/);
    const same = sohoa(['declarations', 'decide', 'KB0000000', 'confirm', '--user', 'hoa', '--json'], 'mat-khau-dai');
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ outcome: 'unchanged', declaration_id: 'KB0000000', status: 'confirmed' });
    expect(sohoa(['declarations', 'decide', 'KB0000002', 'reject', '--user', 'hoa', '--reason', 'không phải chủ xe'], 'mat-khau-dai').code).toBe(0);
    expect(list('--status', 'confirmed').map((d) => d.declaration_id)).toEqual(['KB0000000']);
    expect(list('--status', 'rejected').map((d) => d.declaration_id)).toEqual(['KB0000002']);
    expect(list('--status', 'pending')).toHaveLength(D - 2);
  });

  it('update-record takes the declared values into the record; a declaration without a record cannot', () => {
    const j = 1; // differs on the plate
    const r = sohoa(['declarations', 'decide', declaration(j).row.declaration_id, 'update-record', '--user', 'lan', '--json'], 'mat-khau-dai');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'confirmed', record_id: record(8 * j).record_id });
    const shown = JSON.parse(sohoa(['records', 'show', record(8 * j).record_id, '--json']).stdout);
    expect(shown[0].plate).toBe(declaration(j).row.plate);
    const none = sohoa(['declarations', 'decide', declaration(3).row.declaration_id, 'update-record', '--user', 'lan'], 'mat-khau-dai');
    expect(none.code).toBe(1);
    expect(list('--status', 'pending').map((d) => d.declaration_id)).toContain(declaration(3).row.declaration_id);
    expect(sohoa(['audit', 'verify']).code).toBe(0);
  });

  it('refuses a clerk and an unknown declaration; a re-import changes nothing', () => {
    expect(sohoa(['declarations', 'decide', 'KB0000004', 'confirm', '--user', 'minh'], 'mat-khau-dai').code).toBe(1);
    expect(sohoa(['declarations', 'decide', 'KB9999999', 'confirm', '--user', 'lan'], 'mat-khau-dai').code).toBe(1);
    expect(sohoa(['declarations', 'decide', 'KB0000004', 'approve', '--user', 'lan'], 'mat-khau-dai').code).toBe(2);
    const again = JSON.parse(sohoa(['declarations', 'import', join(dir, 'ihanoi.csv'), '--json']).stdout);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: D });
    expect(list().find((d) => d.declaration_id === 'KB0000000')!.status).toBe('confirmed');
  });
});
