/**
 * SIGKILLs at the narrowest windows, where a random kill rarely lands: `SOHOA_CRASH_AT` makes the command kill
 * itself at a named place (main/engine/crash-point.ts) — inside the records transaction, between an original
 * reaching the archive and the database, between a page's result and its dossier's linking, inside a decision's
 * transaction, and on either side of a batch folder's rename. After each, the next command must find a whole
 * database, nothing doubled, nothing confirmed lost, and either a recorded, verifiable batch or none at all.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CrashPoint } from '../../main/engine/crash-point';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { recordsCsv, stationRecordsFor } from '../corpus/discrepancies';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { generateCorpusRecord } from '../corpus/records';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa, type CliRun } from '../fixtures/sohoa-cli';

const OFFICER = FIXTURE_ACCOUNTS.find((a) => a.role === 'officer')!;
const LEAD = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;

function sohoa(db: string, args: string[], opts: { crashAt?: CrashPoint; password?: string } = {}): CliRun {
  return runSohoa(args, { db, password: opts.password ?? '', env: { SOHOA_CRASH_AT: opts.crashAt ?? '' } });
}

/** Runs the command expecting it to die at `point`. */
function killedAt(point: CrashPoint, db: string, args: string[], password?: string): void {
  const r = sohoa(db, args, { crashAt: point, password });
  expect(r.signal, `${point}: ${r.stdout}${r.stderr}`).toBe('SIGKILL');
}

function ok(db: string, args: string[], password?: string): string {
  const r = sohoa(db, args, { password });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r.stdout;
}

function query<T>(db: string, sql: string): T[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

const integrity = (db: string): string => query<{ integrity_check: string }>(db, 'PRAGMA integrity_check').map((r) => r.integrity_check).join('; ');
const count = (db: string, sql: string): number => query<{ n: number }>(db, sql)[0]!.n;
const statuses = (db: string): string[] => (JSON.parse(ok(db, ['dossiers', 'list', '--json'])) as { status: string }[]).map((d) => d.status);

describe('a kill at the narrowest windows', () => {
  it('records: a batch killed inside its transaction is stored wholly or not at all, and the rerun stores each row once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-cp-records-'));
    const db = join(dir, 'station.db');
    const csv = join(dir, 'records.csv');
    await writeRecordsCsv(csv, 3000, 21);
    killedAt('records.batch', db, ['records', 'import', csv]);
    expect(integrity(db)).toBe('ok');
    expect(count(db, 'SELECT count(*) AS n FROM records')).toBe(0);
    const summary = JSON.parse(ok(db, ['records', 'import', csv, '--json']));
    expect(summary.imported).toBe(3000);
    expect(count(db, 'SELECT count(DISTINCT record_id) AS n FROM records')).toBe(3000);
    expect(count(db, 'SELECT count(*) AS n FROM records')).toBe(3000);
  }, 120_000);

  it('scan: killed after archiving an original, then after a page was read, the rerun makes one dossier, linked and flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-cp-scan-'));
    const db = join(dir, 'station.db');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const truth = generateCorpusRecord(971);
    const { records } = stationRecordsFor([truth], 5, ['slip']);
    writeFileSync(join(dir, 'records.csv'), recordsCsv(records));
    ok(db, ['records', 'import', join(dir, 'records.csv')]);
    const dossier = await generateDossier(971, { record: truth, handwriting: 0, stamp: 0 });
    writeFileSync(join(inbox, 'dossier.pdf'), await pagesToPdf(dossier.pages, 'jpeg'));

    killedAt('scan.archived', db, ['scan', 'import', inbox]);
    expect(integrity(db)).toBe('ok');
    // The original is safe in the archive; the database does not know it yet.
    expect(count(db, 'SELECT count(*) AS n FROM dossiers')).toBe(0);
    expect(readdirSync(join(dir, 'archive'), { recursive: true }).some((f) => String(f).endsWith('.pdf'))).toBe(true);

    killedAt('scan.page-done', db, ['scan', 'import', inbox]);
    expect(integrity(db)).toBe('ok');
    expect(query(db, 'SELECT state, count(*) AS n FROM pages GROUP BY state ORDER BY state')).toEqual([
      { state: 'done', n: 1 },
      { state: 'queued', n: 1 },
    ]);

    ok(db, ['scan', 'import', inbox]);
    expect(query(db, 'SELECT id, record_id FROM dossiers')).toEqual([{ id: 'DS000001', record_id: truth.record_id }]);
    expect(query(db, "SELECT count(*) AS n, sum(state = 'done') AS done FROM pages")).toEqual([{ n: 2, done: 2 }]);
    const [listed] = JSON.parse(ok(db, ['dossiers', 'list', '--json'])) as { status: string; flags: { field: string }[] }[];
    // The injected slip is flagged, so the dossier waits for an officer rather than slipping through unreviewed.
    expect(listed!.status).toBe('needs_review');
    expect(listed!.flags.length).toBeGreaterThan(0);
  }, 240_000);

  it('review and export: a decision killed in its transaction leaves nothing; a batch killed on either side of its rename is finished or removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-cp-export-'));
    const db = join(dir, 'station.db');
    await seedReviewStation(db, { dossiers: 3, cleanShare: 0, seed: 7 });
    const flags = (JSON.parse(ok(db, ['dossiers', 'list', '--json'])) as { id: string; flags: { field: string }[] }[]).flatMap((d) =>
      d.flags.map((f) => ({ dossier: d.id, field: f.field })),
    );
    expect(flags.length).toBeGreaterThan(0);
    const decide = (f: { dossier: string; field: string }): string[] => ['review', 'decide', f.dossier, f.field, 'keep-record', '--user', OFFICER.name];

    killedAt('review.decision', db, decide(flags[0]!), OFFICER.password);
    expect(integrity(db)).toBe('ok');
    expect(count(db, 'SELECT count(*) AS n FROM decisions')).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE action LIKE 'decide.%'")).toBe(0);
    for (const f of flags) ok(db, decide(f), OFFICER.password);
    expect(count(db, 'SELECT count(*) AS n FROM decisions WHERE undone_at IS NULL')).toBe(flags.length);
    expect(new Set(statuses(db))).toEqual(new Set(['resolved']));

    const exports = join(dir, 'exports');
    mkdirSync(exports);
    writeFileSync(join(exports, 'README.txt'), 'batches for the province\n');
    const exportArgs = ['export', '--out', exports, '--user', LEAD.name];
    const visible = (): string[] => readdirSync(exports).filter((n) => n !== 'README.txt');

    // Killed after the batch was noted but before its folder was renamed: the next start removes the leftovers.
    killedAt('export.placing', db, exportArgs, LEAD.password);
    expect(visible().some((n) => n.endsWith('.partial'))).toBe(true);
    expect(new Set(statuses(db))).toEqual(new Set(['resolved']));
    expect(visible()).toEqual([]);
    expect(count(db, 'SELECT count(*) AS n FROM batch_placements')).toBe(0);

    // Killed after the rename but before the database recorded it: the next start records the batch it finds.
    killedAt('export.placed', db, exportArgs, LEAD.password);
    const [folder] = visible();
    expect(visible()).toHaveLength(1);
    expect(count(db, 'SELECT count(*) AS n FROM batches')).toBe(0);
    expect(new Set(statuses(db))).toEqual(new Set(['exported']));
    expect(count(db, 'SELECT count(*) AS n FROM batches')).toBe(1);
    expect(count(db, 'SELECT count(*) AS n FROM batch_dossiers')).toBe(3);
    expect(query(db, 'SELECT dir FROM batches')).toEqual([{ dir: join(exports, folder!) }]);
    expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'export' AND reason LIKE '%audit.export_dossier_late%'")).toBe(3);
    ok(db, ['batch', 'verify', join(exports, folder!)]);
    ok(db, ['audit', 'verify']);
    // Nothing is left to export twice, and no second folder appears.
    expect(ok(db, exportArgs, LEAD.password)).toMatch(/no resolved dossier waiting/);
    expect(visible()).toEqual([folder]);
    expect(existsSync(join(exports, folder!, 'manifest.json'))).toBe(true);
    expect(integrity(db)).toBe('ok');
  }, 180_000);

  it('a batch placed on a USB stick that is not plugged in at the next start is recorded once the stick is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-cp-usb-'));
    const db = join(dir, 'station.db');
    await seedReviewStation(db, { dossiers: 2, cleanShare: 1, seed: 9 });
    const stick = join(dir, 'usb');
    const exports = join(stick, 'exports');
    mkdirSync(exports, { recursive: true });
    killedAt('export.placed', db, ['export', '--out', exports, '--user', LEAD.name], LEAD.password);
    // The chosen folder was empty, so the batch took its place.
    expect(readdirSync(exports)).toContain('manifest.json');
    // The stick is pulled before the station is opened again: the batch is neither recorded nor forgotten.
    renameSync(stick, `${stick}-away`);
    expect(new Set(statuses(db))).toEqual(new Set(['resolved']));
    expect(count(db, 'SELECT count(*) AS n FROM batch_placements')).toBe(1);
    renameSync(`${stick}-away`, stick);
    expect(new Set(statuses(db))).toEqual(new Set(['exported']));
    expect(query(db, 'SELECT dir FROM batches')).toEqual([{ dir: exports }]);
    ok(db, ['batch', 'verify', exports]);
  }, 120_000);
});
