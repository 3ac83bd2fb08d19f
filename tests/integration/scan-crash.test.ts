import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';

const BIN = join(__dirname, '..', '..', 'bin', 'sohoa.js');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function donePages(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM pages WHERE state = 'done'").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe('scan pipeline after a crash', () => {
  it('resumes after kill -9 with every page processed exactly once and no dossier twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-crash-'));
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 3; i++) {
      const d = await generateDossier(700 + i, { handwriting: 0, stamp: 0 });
      writeFileSync(join(inbox, `dossier-${i + 1}.pdf`), await pagesToPdf(d.pages, 'jpeg'));
    }
    const db = join(dir, 'station.db');
    const child = spawn(process.execPath, [BIN, 'scan', 'import', inbox, '--db', db], { stdio: 'ignore' });
    // Kill it hard once some pages are done and others are not.
    for (let i = 0; i < 600 && donePages(db) < 1; i++) await sleep(100);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const before = donePages(db);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(6);

    const rerun = spawnSync(process.execPath, [BIN, 'scan', 'import', inbox, '--db', db, '--json'], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const conn = new Database(db, { readonly: true });
    const dossiers = conn.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number };
    const pages = conn.prepare("SELECT count(*) AS n, sum(state = 'done') AS done FROM pages").get() as { n: number; done: number };
    const repeated = conn
      .prepare('SELECT count(*) AS n FROM (SELECT page_id, field, source, box, count(*) AS c FROM field_readings GROUP BY 1, 2, 3, 4 HAVING c > 1)')
      .get() as { n: number };
    const finished = conn.prepare("SELECT count(*) AS n FROM dossiers WHERE status = 'needs_review'").get() as { n: number };
    conn.close();
    expect(dossiers.n).toBe(3);
    expect(pages).toEqual({ n: 6, done: 6 });
    expect(repeated.n).toBe(0);
    expect(finished.n).toBe(3);
  }, 300_000);
});
