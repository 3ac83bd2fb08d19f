/**
 * Kills the `sohoa` command line with SIGKILL at 20 seeded random moments across a station's whole day —
 * records import, scan import (pages, OCR, linking), review decisions and export — reruns each command to
 * completion, and checks what a station would notice: a record, page or dossier lost or doubled, a decision
 * that was confirmed and then vanished, a broken audit chain, a half-written batch, a damaged database.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { recordsCsv, stationRecordsFor } from '../corpus/discrepancies';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { generateCorpusRecord } from '../corpus/records';
import { seedReviewStation } from '../fixtures/review-station';
import { runSohoa, SOHOA_BIN } from '../fixtures/sohoa-cli';

const SEED = 0x5eed7;
const LEAD = { name: 'thu', password: 'lead-pass-123' };
const OFFICER = { name: 'lan', password: 'officer-pass-1' };
// Big enough that an import outlives several progress lines (one per 5,000 rows), so kills land mid-file.
const BIG_RECORDS = 50_000;
/** Kills per phase: 20 in all. */
const KILLS = { records: 5, scan: 6, review: 5, export: 4 } as const;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A small seeded PRNG (mulberry32): the same kill moments on every run, so a failure can be replayed. */
function prng(seed: number): (lo: number, hi: number) => number {
  let a = seed >>> 0;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const x = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(lo + x * (hi - lo));
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sohoa(db: string, args: string[], opts: { password?: string; input?: string } = {}): Run {
  const r = runSohoa(args, { db, password: opts.password ?? '', input: opts.input });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Starts the command and SIGKILLs it `ms` after it began (`from: 'start'`) or after its first progress line
 * (`from: 'progress'`, so the kill lands in the work itself, not in start-up); true when it was killed, false
 * when it had already finished.
 */
async function killAfter(db: string, args: string[], ms: number, from: 'start' | 'progress', password = ''): Promise<boolean> {
  const child = spawn(process.execPath, [SOHOA_BIN, ...args, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SOHOA_PASSWORD: password } });
  let done = false;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  void exited.then(() => (done = true));
  if (from === 'progress') await Promise.race([new Promise((r) => child.stderr.once('data', r)), exited]);
  child.stderr.resume();
  await Promise.race([sleep(ms), exited]);
  if (done) return false;
  child.kill('SIGKILL');
  await exited;
  return true;
}

interface Kill {
  killed: boolean;
  ms: number;
  tries: number;
}

/**
 * `killAfter` until it really kills: when the command finished first, the next run has less left to do, so it
 * aims earlier (half the delay), and from start-up once a progress line may no longer come.
 */
async function killSurely(db: string, args: string[], ms: number, from: 'start' | 'progress', password = ''): Promise<Kill> {
  for (let tries = 1; ; tries++) {
    if (await killAfter(db, args, ms, from, password)) return { killed: true, ms, tries };
    if (tries === 6) return { killed: false, ms, tries };
    ms = Math.floor(ms / 2);
    if (tries >= 2) from = 'start';
  }
}

function withDb<T>(db: string, read: (conn: Database.Database) => T): T {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return read(conn);
  } finally {
    conn.close();
  }
}

function integrity(db: string): string {
  // Killed before the command created the database: nothing to damage yet.
  if (!existsSync(db)) return 'ok';
  return withDb(db, (c) => (c.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '));
}

function count(db: string, sql: string): number {
  return withDb(db, (c) => (c.prepare(sql).get() as { n: number }).n);
}

/** Records stored and pages done; zeros before the first command created its tables. */
function progress(db: string): { r: number; p: number } {
  try {
    return withDb(db, (c) => c.prepare("SELECT (SELECT count(*) FROM records) AS r, (SELECT count(*) FROM pages WHERE state = 'done') AS p").get() as { r: number; p: number });
  } catch {
    return { r: 0, p: 0 };
  }
}

interface Flag {
  field: string;
  kind: string;
}

function dossiers(db: string): { id: string; status: string; flags: Flag[] }[] {
  const r = sohoa(db, ['dossiers', 'list', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the station after 20 SIGKILLs at random moments', () => {
  it('loses nothing, doubles nothing, and leaves no partial batch', async () => {
    const rand = prng(SEED);
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-crash20-'));
    const db = join(dir, 'station.db');
    const inbox = join(dir, 'inbox');
    const exports = join(dir, 'exports');
    mkdirSync(inbox);
    // A non-empty parent: every batch gets its own folder inside it, so leftovers of a killed export sit beside it.
    mkdirSync(exports);
    writeFileSync(join(exports, 'README.txt'), 'batches for the province\n');
    const big = join(dir, 'records.csv');
    await writeRecordsCsv(big, BIG_RECORDS, 11);
    const truths = [0, 1].map((i) => generateCorpusRecord(960 + i));
    const { records: scanned } = stationRecordsFor(truths, 5, ['slip', 'new_owner']);
    const small = join(dir, 'scanned.csv');
    writeFileSync(small, recordsCsv(scanned));
    for (const [i, truth] of truths.entries()) {
      const d = await generateDossier(960 + i, { record: truth, handwriting: 0, stamp: 0 });
      writeFileSync(join(inbox, `dossier-${i + 1}.pdf`), await pagesToPdf(d.pages, 'jpeg'));
    }
    const expectedIds = new Set(
      [big, small].flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[0]!)),
    );
    const kills: string[] = [];
    const afterKill = (phase: string, { killed, ms, tries }: Kill): void => {
      // What the kill interrupted, for the log: records stored, pages done, half-written batches left beside.
      const seen = progress(db);
      const partial = readdirSync(exports).filter((n) => n.endsWith('.partial')).length;
      kills.push(`${phase}@${ms}ms${tries > 1 ? ` (try ${tries})` : ''}${killed ? '' : ' (always finished first)'} [records ${seen.r}, pages ${seen.p}, partial ${partial}]`);
      expect(integrity(db), `after ${phase} kill at ${ms} ms`).toBe('ok');
    };

    // 1. Records import, killed mid-stream; each rerun upserts by record id.
    for (let i = 0; i < KILLS.records; i++) {
      const ms = rand(0, 800);
      afterKill('records', await killSurely(db, ['records', 'import', big, small], ms, 'progress'));
    }
    const imported = sohoa(db, ['records', 'import', big, small, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary.imported + summary.updated + summary.unchanged).toBe(expectedIds.size);
    expect(summary.rejected).toBe(0);

    for (const [u, role] of [[LEAD, 'lead'], [OFFICER, 'officer']] as const) {
      const added = sohoa(db, ['users', 'add', u.name, '--role', role], { input: `${u.password}\n` });
      expect(added.code, added.stderr).toBe(0);
    }

    // 2. Scan import: pages, OCR, fields, linking and flags, killed anywhere in between.
    for (let i = 0; i < KILLS.scan; i++) {
      // Even rounds aim at intake (archiving, splitting into pages, queueing), odd ones at OCR after a page is done.
      const from = i % 2 === 0 ? 'start' : 'progress';
      const ms = from === 'start' ? rand(300, 3000) : rand(0, 2500);
      afterKill(`scan(${from})`, await killSurely(db, ['scan', 'import', inbox], ms, from));
    }
    const scan = sohoa(db, ['scan', 'import', inbox, '--json']);
    expect(scan.code, scan.stderr).toBe(0);
    // Every dossier was linked to its record, even one killed between its last page and its linking.
    expect(withDb(db, (c) => c.prepare('SELECT id, record_id FROM dossiers ORDER BY seq').all())).toEqual(
      truths.map((t, i) => ({ id: `DS00000${i + 1}`, record_id: t.record_id })),
    );

    // 3. Review: each decision is killed once at a random moment, then made to completion; what returned success is kept.
    const flagged = dossiers(db).flatMap((d) => d.flags.map((f) => ({ dossier: d.id, field: f.field })));
    expect(flagged.length).toBeGreaterThan(0);
    const confirmed = new Map<string, string>();
    let decideMs = 1200;
    for (let i = 0; i < KILLS.review; i++) {
      const { dossier, field } = flagged[i % flagged.length]!;
      const action = i % 2 === 0 ? 'take-scan' : 'keep-record';
      const args = ['review', 'decide', dossier, field, action, '--user', OFFICER.name, '--replace', '--reason', `round ${i}`];
      // Most of a decision's run is start-up: aim at the last 40% of how long the previous one took.
      const ms = rand(Math.round(decideMs * 0.6), decideMs);
      afterKill('review', await killSurely(db, args, ms, 'start', OFFICER.password));
      const started = Date.now();
      const decided = sohoa(db, [...args, '--json'], { password: OFFICER.password });
      decideMs = Date.now() - started;
      expect(decided.code, decided.stderr).toBe(0);
      confirmed.set(`${dossier}/${field}`, action);
    }
    for (const { dossier, field } of flagged) {
      if (confirmed.has(`${dossier}/${field}`)) continue;
      const decided = sohoa(db, ['review', 'decide', dossier, field, 'take-scan', '--user', OFFICER.name, '--replace'], { password: OFFICER.password });
      expect(decided.code, decided.stderr).toBe(0);
      confirmed.set(`${dossier}/${field}`, 'take-scan');
    }
    expect(dossiers(db).map((d) => d.status)).toEqual(['resolved', 'resolved']);

    // 4. Export, killed while PDFs are built, files written, or the batch committed.
    const exportArgs = ['export', '--out', exports, '--user', LEAD.name];
    for (let i = 0; i < KILLS.export; i++) {
      const ms = rand(0, 600);
      afterKill('export', await killSurely(db, exportArgs, ms, 'progress', LEAD.password));
    }
    const batchesBefore = count(db, 'SELECT count(*) AS n FROM batches');
    if (batchesBefore === 0) {
      const exported = sohoa(db, exportArgs, { password: LEAD.password });
      expect(exported.code, exported.stderr).toBe(0);
    }
    console.log(`crash points (seed ${SEED}):\n${kills.join('\n')}`);
    expect(kills.filter((k) => !k.includes('always finished first'))).toHaveLength(20);

    // Every record exactly once, nothing lost.
    const stored = withDb(db, (c) => (c.prepare('SELECT record_id FROM records').all() as { record_id: string }[]).map((r) => r.record_id));
    expect(stored.length).toBe(expectedIds.size);
    expect(new Set(stored)).toEqual(expectedIds);
    // Every dossier and page exactly once, each page processed once.
    expect(count(db, 'SELECT count(*) AS n FROM dossiers')).toBe(2);
    expect(withDb(db, (c) => c.prepare("SELECT count(*) AS n, sum(state = 'done') AS done FROM pages").get())).toEqual({ n: 4, done: 4 });
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT sha256 FROM pages GROUP BY sha256 HAVING count(*) > 1)')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM (SELECT page_id, field, source, box FROM field_readings GROUP BY 1, 2, 3, 4 HAVING count(*) > 1)')).toBe(0);
    // Each confirmed decision is the live one.
    const live = withDb(db, (c) =>
      c.prepare('SELECT d.id AS dossier, x.field, x.action FROM decisions x JOIN dossiers d ON d.seq = x.dossier_seq WHERE x.undone_at IS NULL').all() as { dossier: string; field: string; action: string }[],
    );
    expect(new Map(live.map((l) => [`${l.dossier}/${l.field}`, l.action]))).toEqual(confirmed);
    // The audit chain holds, and it recorded at least every decision that returned success.
    const audit = sohoa(db, ['audit', 'verify']);
    expect(audit.code, audit.stdout + audit.stderr).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE action LIKE 'decide.%'")).toBeGreaterThanOrEqual(KILLS.review);
    // Exactly one batch; every visible batch folder verifies; each dossier exported once.
    const folders = readdirSync(exports, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
    expect(folders.map((f) => f.name)).toHaveLength(1);
    for (const f of folders) {
      const verdict = sohoa(db, ['batch', 'verify', join(exports, f.name)]);
      expect(verdict.code, verdict.stdout + verdict.stderr).toBe(0);
    }
    expect(count(db, 'SELECT count(*) AS n FROM batches')).toBe(1);
    expect(count(db, 'SELECT count(*) AS n FROM batch_dossiers')).toBe(2);
    expect(dossiers(db).map((d) => d.status)).toEqual(['exported', 'exported']);
    expect(integrity(db)).toBe('ok');
  }, 420_000);

  it('a dossier killed between its last page and its linking is linked and flagged on the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-stranded-'));
    const db = join(dir, 'station.db');
    await seedReviewStation(db, { dossiers: 3, cleanShare: 0, seed: 5 });
    const before = dossiers(db);
    // The state SIGKILL leaves there: pages done and fields fused (status set), but no link and no flags yet.
    const conn = new Database(db);
    conn.prepare("UPDATE dossiers SET status = 'needs_review', link = NULL, record_id = NULL WHERE id = ?").run(before[0]!.id);
    conn.prepare('DELETE FROM discrepancies WHERE dossier_seq = (SELECT seq FROM dossiers WHERE id = ?)').run(before[0]!.id);
    conn.close();
    expect(dossiers(db)[0]!.flags).toEqual([]);
    // The clerk imports an empty folder (nothing new): the run still finishes what the crash left.
    mkdirSync(join(dir, 'empty'));
    const rerun = sohoa(db, ['scan', 'import', join(dir, 'empty')]);
    expect(rerun.stdout).toMatch(/^0 dossiers created/);
    const after = dossiers(db);
    expect(after[0]!.flags.map((f) => [f.field, f.kind])).toEqual(before[0]!.flags.map((f) => [f.field, f.kind]));
    expect(after.map((d) => d.status)).toEqual(before.map((d) => d.status));
  }, 120_000);
});
