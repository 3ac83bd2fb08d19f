/**
 * The licences commands of CLI.md: `licences import` (CSV and an NFD JSON with English keys, bad rows named with
 * file, row and field, exit codes) and `licences reconcile --json` on generated licences with known truth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { licence, licenceCells, LICENCE_HEADER, licenceTruth } from '../fixtures/licences-data';
import { csvLine, inRegister, resident, RESIDENT_HEADER, residentCells } from '../fixtures/owners-data';
import { runSohoa } from '../fixtures/sohoa-cli';

/** Text as Windows-1258 bytes, by Debian's iconv (the importer's own decoder is what is tested). */
const iconv = (text: string): Uint8Array => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: text });

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

  it('keeps a wrong-length number as typed and names it, an unknown class and valid-until before issued-on with file, row and field', () => {
    const r = sohoa(['licences', 'import', join(dir, 'bad.csv'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ imported: 2, rejected: 0, errors: [] });
    expect(report.issues.map((i: { licence_no: string; field: string }) => [i.licence_no, i.field])).toEqual([
      ['0101234567', 'licence_no'],
      ['019999999999', 'class'],
      ['019999999999', 'valid_until'],
    ]);
    expect(report.issues[0].message).toBe('bad.csv row 2 (kept for review): Licence number 0101234567 has 10 digits, but a licence number has 12 (a leading 0 may have been lost in a spreadsheet); it is kept as typed.');
    // Each kept row's issue is one sentence naming file and row, in the JSON and in the human output.
    expect(report.issues[1].message).toMatch(/^bad\.csv row 3 \(kept for review\): Class "Z9" is not a driving-licence class/);
    expect(report.issues[2].message).toBe('bad.csv row 3 (kept for review): Valid-until date 2019-01-01 is before the issue date 2020-05-05.');
    const human = sohoa(['licences', 'import', join(dir, 'bad.csv')]);
    expect(human.stdout).toContain('  bad.csv row 2 (kept for review): Licence number 0101234567 has 10 digits');
    expect(human.stdout).toContain('  bad.csv row 3 (kept for review): Valid-until date 2019-01-01 is before the issue date 2020-05-05.');
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
    // The two extra licences from bad.csv (one of a wrong length, kept) have no personal ID.
    expect(counts).toEqual({
      match: truths.filter((t) => t.status === 'match').length,
      differs: truths.filter((t) => t.status === 'differs').length,
      legacy_id: truths.filter((t) => t.status === 'legacy_id').length,
      not_found: truths.filter((t) => t.status === 'not_found').length,
      no_id: truths.filter((t) => t.status === 'no_id').length + 2,
    });
    const byNo = new Map(licences.map((l) => [l.licence_no, l]));
    for (const t of truths.filter((x) => x.status !== 'match')) expect(byNo.get(t.licence_no)).toEqual(t);
    expect(licences).toHaveLength(N + 2 - counts.match!);
  });

  it('lists every licence with --all, and one status with --status', () => {
    const all = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--all']).stdout) as { licences: unknown[] };
    expect(all.licences).toHaveLength(N + 2);
    const legacy = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--status', 'legacy_id']).stdout) as { licences: { status: string }[] };
    expect(legacy.licences.length).toBeGreaterThan(0);
    expect(legacy.licences.every((l) => l.status === 'legacy_id')).toBe(true);
  });
});

describe('sohoa licences import, bad files after the reconciliation above', () => {
  it('names an empty file, a row of another cell count and reads a Windows-1258 file; the licences already imported stay as they were', () => {
    const before = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--all']).stdout) as { licences: unknown[] };
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = sohoa(['licences', 'import', join(dir, 'empty.csv')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty.csv is empty.');
    const first = licenceCells(licence(0));
    writeFileSync(
      join(dir, 'cells.csv'),
      [csvLine(LICENCE_HEADER), csvLine(first.slice(0, 3).map((c, i) => (i === 2 ? 'Tên Khác' : c))), csvLine([...first.slice(0, 2), 'Tên Khác', ...first.slice(3), 'thừa'])].join('\n'),
    );
    const cells = JSON.parse(sohoa(['licences', 'import', join(dir, 'cells.csv'), '--json']).stdout);
    expect(cells).toMatchObject({ imported: 0, updated: 0, rejected: 2 });
    expect(cells.errors.map((e: { row: number; message: string }) => e.message)).toEqual([
      `cells.csv row 2 has 3 values but the header has ${LICENCE_HEADER.length} columns, so its values cannot be matched to their columns; nothing of it was stored.`,
      `cells.csv row 3 has ${LICENCE_HEADER.length + 1} values but the header has ${LICENCE_HEADER.length} columns (a value probably contains an unquoted ",").`,
    ]);
    const after = JSON.parse(sohoa(['licences', 'reconcile', '--json', '--all']).stdout) as { licences: unknown[] };
    expect(after.licences).toEqual(before.licences);
    // A file saved in Windows-1258 (decomposed tone marks, as that code page writes them) is read in Vietnamese.
    const cp1258 = Buffer.from(iconv('Số GPLX,Hạng,Họ và tên\n011111111111,B2,Phạm Văn Cường\n'));
    writeFileSync(join(dir, 'cp1258.csv'), cp1258);
    expect(JSON.parse(sohoa(['licences', 'import', join(dir, 'cp1258.csv'), '--json']).stdout)).toMatchObject({ imported: 1, rejected: 0, issues: [] });
    expect(sohoa(['licences', 'reconcile', '--json', '--all']).stdout).toContain('"licence_no":"011111111111"');
  });
});
