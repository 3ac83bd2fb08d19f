import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { generateCorpusRecord } from '../corpus/records';
import { recordsCsv } from '../corpus/discrepancies';
import { createEngine } from '../../main/engine/engine';
import { runSohoa } from '../fixtures/sohoa-cli';

let dir: string;
let db: string;

function sohoa(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = runSohoa(args, { db });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-backup-'));
  db = join(dir, 'station', 'station.db');
  const record = generateCorpusRecord(42);
  writeFileSync(join(dir, 'records.csv'), recordsCsv([record, ...Array.from({ length: 50 }, (_, i) => generateCorpusRecord(500 + i))]));
  const dossier = await generateDossier(42, { record, degrade: false, handwriting: 0, stamp: 0 });
  writeFileSync(join(dir, 'page.jpg'), dossier.pages[0]!);
  const engine = await createEngine({ dbPath: db, ocrWorkers: 1 });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  await engine.scan.import({ paths: [join(dir, 'page.jpg')] });
  await engine.close();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('backs up the station with an index of its archived files, and restores it keeping the replaced database', async () => {
    const made = sohoa('backup', '--out', join(dir, 'backups', 'monday.sohoa-backup'), '--json');
    expect(made.status).toBe(0);
    const report = JSON.parse(made.stdout);
    expect(report).toMatchObject({ app: 'sohoa-station', records: 51, dossiers: 1, missing_files: [] });
    expect(report.archived_files).toBeGreaterThanOrEqual(1);

    // The station changes after the backup: a new record.
    writeFileSync(join(dir, 'more.csv'), recordsCsv([generateCorpusRecord(9999)]));
    expect(sohoa('records', 'import', join(dir, 'more.csv')).status).toBe(0);
    const restored = sohoa('restore', report.file, '--json');
    expect(restored.status).toBe(0);
    const previous = JSON.parse(restored.stdout).previous as string;
    expect(existsSync(previous)).toBe(true);
    const list = JSON.parse(sohoa('dossiers', 'list', '--json').stdout);
    expect(list).toHaveLength(1);
    expect(sohoa('records', 'show', generateCorpusRecord(9999).record_id).status).toBe(1);
    expect(sohoa('records', 'show', generateCorpusRecord(42).record_id).status).toBe(0);
  }, 240_000);

  it('refuses a file from another app, a truncated backup and a missing file, leaving the station as it was', () => {
    const backupFile = join(dir, 'backups', 'monday.sohoa-backup');
    writeFileSync(join(dir, 'notes.sqlite'), 'not a database at all');
    writeFileSync(join(dir, 'cut.sohoa-backup'), readFileSync(backupFile).subarray(0, 8192));
    const cases: [string, RegExp][] = [
      [join(dir, 'notes.sqlite'), /notes\.sqlite is not a valid backup: it is not an SQLite database/],
      [join(dir, 'cut.sohoa-backup'), /cut\.sohoa-backup is not a valid backup/],
      [db, /station\.db is not a valid backup: it is not a Sohoa Station backup/],
      [join(dir, 'nowhere.sohoa-backup'), /does not exist/],
    ];
    for (const [file, message] of cases) {
      const r = sohoa('restore', file);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(JSON.parse(sohoa('dossiers', 'list', '--json').stdout)).toHaveLength(1);
  }, 240_000);
});
