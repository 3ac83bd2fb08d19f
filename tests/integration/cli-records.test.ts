import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSohoa } from '../fixtures/sohoa-cli';

let dir: string;
let db: string;

function sohoa(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db: null, env: { SOHOA_DB: db } });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-cli-'));
  db = join(dir, 'station.db');
  writeFileSync(
    join(dir, 'records.csv'),
    [
      'record_id,plate,chassis,engine,owner_name,owner_id,registered_on',
      'HS100017,29A-123.45,RLHJF6320BY123456,JF63E-1234567,Phạm Thu Hà,001190012345,2019-03-15',
      'HS100018,30E-678.90,RL4BT9F36K5012345,1NZ-X123456,Đỗ Văn Hùng,12345,2020-11-02',
      ',29A-555.55,RLHJF6320BY555555,JF63E-5555555,No Id,001190055555,2020-01-01',
    ].join('\n'),
  );
});

describe('sohoa records (CLI.md contract)', () => {
  it('import --json prints exactly the contract keys and exits 1 when a row is rejected', () => {
    const r = sohoa('records', 'import', join(dir, 'records.csv'), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['errors', 'imported', 'issues', 'rejected', 'unchanged', 'updated', 'with_issues']);
    expect(report).toMatchObject({ imported: 2, updated: 0, unchanged: 0, rejected: 1, with_issues: 1 });
    expect(report.errors[0]).toEqual({ file: join(dir, 'records.csv'), row: 4, field: 'record_id', message: expect.any(String) });
    expect(report.issues).toEqual([{ record_id: 'HS100018', field: 'owner_id', message: expect.any(String) }]);
  });

  it('find --json prints one entry per TEXT with ranked candidates', () => {
    const r = sohoa('records', 'find', 'RLHJF632OBY123456', '29A12345', 'ZZZZZZZZ', '--json');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results).toHaveLength(3);
    expect(results[0].query).toBe('RLHJF632OBY123456');
    expect(Object.keys(results[0].candidates[0]).sort()).toEqual(['record_id', 'score', 'why']);
    expect(results[0].candidates[0].record_id).toBe('HS100017');
    expect(results[1].candidates[0]).toMatchObject({ record_id: 'HS100017', score: 1 });
    expect(results[2].candidates).toEqual([]);
  });

  it('show --json prints the records as stored, in NFC, with their issues', () => {
    const r = sohoa('records', 'show', 'HS100018', '--json');
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(Object.keys(record)).toEqual([
      'record_id', 'plate', 'chassis', 'engine', 'owner_name', 'owner_id', 'address', 'brand', 'model', 'color', 'registered_on', 'issues',
    ]);
    expect(record.owner_name).toBe('Đỗ Văn Hùng'.normalize('NFC'));
    expect(record.issues[0].field).toBe('owner_id');
  });

  it('show names an unknown id in one sentence and exits 1', () => {
    const r = sohoa('records', 'show', 'HS999999');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('No record with id HS999999 in this station.');
  });

  it('bad usage and unusable input exit 2 with one sentence and no stack trace', () => {
    const missing = sohoa('records', 'import', join(dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const unknown = sohoa('records', 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/^Unknown command "records frobnicate"/);
    const badFlag = sohoa('records', 'find', 'x', '--colour');
    expect(badFlag.code).toBe(2);
  });
});
