/**
 * Restore on a station in real use: another command holding the station, a WAL left by a killed command, and
 * restore itself killed between its renames (`SOHOA_CRASH_AT=restore.swapping`).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { recordsCsv } from '../../corpus/discrepancies';
import { generateCorpusRecord } from '../../corpus/records';
import { runSohoa, startSohoa } from '../../fixtures/sohoa-cli';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function blankScan(file: string, width: number): Promise<void> {
  writeFileSync(file, await sharp({ create: { width, height: 1000, channels: 3, background: '#ffffff' } }).png().toBuffer());
}

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** A station with 20 records, and a backup of it. */
function stationWithBackup(): { dir: string; db: string; backup: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-restore-'));
  const db = join(dir, 'station', 'station.db');
  writeFileSync(join(dir, 'records.csv'), recordsCsv(Array.from({ length: 20 }, (_, i) => generateCorpusRecord(300 + i))));
  expect(runSohoa(['records', 'import', join(dir, 'records.csv')], { db }).code).toBe(0);
  const backup = join(dir, 'monday.sohoa-backup');
  expect(runSohoa(['backup', '--out', backup], { db }).code).toBe(0);
  return { dir, db, backup };
}

describe('restore while the station is in use', () => {
  it('is refused while a scan import has the station open, and the scan keeps its dossier', async () => {
    const { dir, db, backup } = stationWithBackup();
    await blankScan(join(dir, 'scan.png'), 900);
    // The scan is held just before it claims its file, with the station open.
    const scan = startSohoa(['scan', 'import', join(dir, 'scan.png'), '--json'], { db, env: { SOHOA_STALL_AT: 'scan.claiming:6000' } });
    const archive = join(dir, 'station', 'archive');
    for (let i = 0; i < 300 && !(existsSync(archive) && readdirSync(archive).length > 0); i++) await sleep(50);
    expect(existsSync(archive)).toBe(true);
    const refused = runSohoa(['restore', backup], { db });
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toMatch(/station .*station\.db is open in Sohoa Station or in another sohoa command.*close it, then restore\.$/);
    expect(readdirSync(join(dir, 'station')).filter((n) => n.includes('before-restore'))).toEqual([]);

    const scanned = await scan.done;
    expect(scanned.code, scanned.stderr).toBe(0);
    expect(JSON.parse(scanned.stdout).created).toHaveLength(1);
    expect(count(db, 'SELECT count(*) AS n FROM dossiers')).toBe(1);
    // Once the scan has finished, the restore goes ahead.
    expect(runSohoa(['restore', backup], { db }).code).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM dossiers')).toBe(0);
  }, 120_000);

  it('killed between its renames, leaves the restored station at the next start, and the replaced one whole with its WAL', async () => {
    const { dir, db, backup } = stationWithBackup();
    await blankScan(join(dir, 'scan.png'), 910);
    // A scan killed right after committing its page leaves that work in the station's WAL only.
    const killed = runSohoa(['scan', 'import', join(dir, 'scan.png')], { db, env: { SOHOA_CRASH_AT: 'scan.page-done' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(`${db}-wal`)).toBe(true);

    const restore = runSohoa(['restore', backup], { db, env: { SOHOA_CRASH_AT: 'restore.swapping' } });
    expect(restore.signal).toBe('SIGKILL');
    const list = runSohoa(['records', 'show', generateCorpusRecord(300).record_id, '--json'], { db });
    expect(list.code, list.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM records')).toBe(20);
    expect(count(db, 'SELECT count(*) AS n FROM dossiers')).toBe(0);
    const station = readdirSync(join(dir, 'station'));
    expect(station.filter((n) => n.endsWith('.restoring') || n.endsWith('.restore-journal'))).toEqual([]);
    const kept = station.filter((n) => /^station\.db\.before-restore-[^.]*$/.test(n) && !/-(wal|shm)$/.test(n));
    expect(kept).toHaveLength(1);
    // The replaced database is whole on its own: the scan's dossier was carried out of the WAL into it.
    const previous = join(dir, 'station', `${kept[0]}.alone`);
    renameSync(join(dir, 'station', kept[0]!), previous);
    expect(count(previous, 'SELECT count(*) AS n FROM dossiers')).toBe(1);
    expect(count(previous, 'SELECT count(*) AS n FROM pages')).toBe(1);
  }, 120_000);

  it('never opens a new, empty station where a replaced database is kept', () => {
    const { dir, db, backup } = stationWithBackup();
    expect(runSohoa(['restore', backup], { db }).code).toBe(0);
    mkdirSync(join(dir, 'elsewhere'));
    renameSync(db, join(dir, 'elsewhere', 'station.db'));
    const r = runSohoa(['dossiers', 'list', '--json'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/station\.db is missing, but the station's earlier database is kept as .*before-restore-.*rather than start an empty station\.$/);
    expect(existsSync(db)).toBe(false);
  }, 60_000);
});
