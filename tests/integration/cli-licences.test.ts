/**
 * The licences commands of CLI.md: `licences import` (CSV and an NFD JSON with English keys, bad rows named with
 * file, row and field, exit codes) and `licences reconcile --json` on generated licences with known truth.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { licence, licenceCells, LICENCE_HEADER, licenceTruth } from '../fixtures/licences-data';
import { csvLine, inRegister, resident, RESIDENT_HEADER, residentCells } from '../fixtures/owners-data';
import { runSohoa } from '../fixtures/sohoa-cli';

const N = 40;
let dir: string;
let db: string;

function sohoa(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-licences-cli-'));
  db = join(dir, 'station.db');
  const range = Array.from({ length: N }, (_, i) => i);
  writeFileSync(join(dir, 'register.csv'), [csvLine(RESIDENT_HEADER), ...range.filter(inRegister).map((i) => csvLine(residentCells(resident(i))))].join('\n'));
  writeFileSync(join(dir, 'gplx.csv'), [csvLine(LICENCE_HEADER), ...range.filter((i) => i % 2 === 0).map((i) => csvLine(licenceCells(licence(i))))].join('\n'));
  // The odd ones as JSON with English keys, in NFD.
  const odd = range.filter((i) => i % 2 === 1).map((i) => licence(i));
  writeFileSync(join(dir, 'gplx.json'), JSON.stringify(odd).normalize('NFD'));
  writeFileSync(
    join(dir, 'bad.csv'),
    [
      csvLine(LICENCE_HEADER),
      csvLine(['0101234567', 'B2', 'Lê Văn Bình', '01/01/1980', '', '01/01/2010', '01/01/2030', 'HN']),
      csvLine(['019999999999', 'B2, Z9', 'Lê Văn Bình', '01/01/1980', '', '05/05/2020', '01/01/2019', 'HN']),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'nokey.csv'), 'Họ và tên,Hạng\nLê Văn Bình,B2\n');
  expect(sohoa(['residents', 'import', join(dir, 'register.csv')]).code).toBe(0);
});

describe('sohoa licences import', () => {
  it('imports CSV and JSON, prints the records importer shape with licence_no in issues, exit 0', () => {
    const r = sohoa(['licences', 'import', join(dir, 'gplx.csv'), join(dir, 'gplx.json'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ imported: N, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    expect(report.issues).toContainEqual({ licence_no: 'AB0000007', field: 'licence_no', message: expect.stringContaining('kept as typed') });
  });

  it('names a wrong-length number with file, row and field and goes on; names an unknown class and valid-until before issued-on (exit 1)', () => {
    const r = sohoa(['licences', 'import', join(dir, 'bad.csv'), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ imported: 1, rejected: 1 });
    expect(report.errors).toEqual([
      { file: join(dir, 'bad.csv'), row: 2, field: 'licence_no', message: 'bad.csv row 2: Licence number 0101234567 has 10 digits, but a licence number has 12 (a leading 0 may have been lost in a spreadsheet).' },
    ]);
    expect(report.issues.map((i: { licence_no: string; field: string }) => [i.licence_no, i.field])).toEqual([
      ['019999999999', 'class'],
      ['019999999999', 'valid_until'],
    ]);
    expect(report.issues[0].message).toContain('"Z9"');
  });

  it('refuses a file without a licence-number column (exit 2, one sentence)', () => {
    const r = sohoa(['licences', 'import', join(dir, 'nokey.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nokey.csv has no licence-number column ("Số GPLX" or "licence_no")');
  });
});

describe('sohoa licences reconcile', () => {
  it('prints the counts and every licence not matching, each as its truth says', () => {
    const r = sohoa(['licences', 'reconcile', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { counts, licences } = JSON.parse(r.stdout) as { counts: Record<string, number>; licences: { licence_no: string }[] };
    const truths = Array.from({ length: N }, (_, i) => licenceTruth(i));
    // The extra licence from bad.csv has no personal ID and no register candidate.
    expect(counts).toEqual({
      match: truths.filter((t) => t.status === 'match').length,
      differs: truths.filter((t) => t.status === 'differs').length,
      legacy_id: truths.filter((t) => t.status === 'legacy_id').length,
      not_found: truths.filter((t) => t.status === 'not_found').length,
      no_id: truths.filter((t) => t.status === 'no_id').length + 1,
    });
    const byNo = new Map(licences.map((l) => [l.licence_no, l]));
    for (const t of truths.filter((x) => x.status !== 'match')) expect(byNo.get(t.licence_no)).toEqual(t);
    expect(licences).toHaveLength(N + 1 - counts.match!);
  });

  it('lists every licence with --all, and one status with --status', () => {
    const all = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--all']).stdout) as { licences: unknown[] };
    expect(all.licences).toHaveLength(N + 1);
    const legacy = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--status', 'legacy_id']).stdout) as { licences: { status: string }[] };
    expect(legacy.licences.length).toBeGreaterThan(0);
    expect(legacy.licences.every((l) => l.status === 'legacy_id')).toBe(true);
  });
});
