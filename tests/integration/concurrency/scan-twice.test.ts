import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runSohoa, startSohoa } from '../../fixtures/sohoa-cli';

/** Blank scans of different sizes: distinct content, and no OCR needed to read them. */
async function blankScans(inbox: string, n: number): Promise<void> {
  mkdirSync(inbox, { recursive: true });
  for (let i = 0; i < n; i++) {
    const png = await sharp({ create: { width: 800 + i * 8, height: 1100, channels: 3, background: '#ffffff' } }).png().toBuffer();
    writeFileSync(join(inbox, `scan-${i + 1}.png`), png);
  }
}

describe('two scan imports of one folder on one station at once', () => {
  it('claims each file once: one dossier per file, one page per page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-twice-'));
    const inbox = join(dir, 'inbox');
    await blankScans(inbox, 3);
    const db = join(dir, 'station.db');
    expect(runSohoa(['dossiers', 'list', '--json'], { db }).code).toBe(0);
    // Both processes are held between their "imported before?" look-up and their claim, so they meet there.
    const env = { SOHOA_STALL_AT: 'scan.claiming:2500' };
    const runs = await Promise.all([0, 1].map(() => startSohoa(['scan', 'import', inbox, '--json'], { db, env }).done));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const reports = runs.map((r) => JSON.parse(r.stdout) as { created: string[]; duplicates: unknown[] });
    expect(reports.reduce((n, r) => n + r.created.length, 0)).toBe(3);
    expect(reports.reduce((n, r) => n + r.duplicates.length, 0)).toBe(3);

    const conn = new Database(db, { readonly: true });
    const count = (sql: string): number => (conn.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM dossiers')).toBe(3);
    expect(count('SELECT count(*) AS n FROM pages')).toBe(3);
    expect(count('SELECT count(DISTINCT dossier_seq) AS n FROM source_files')).toBe(3);
    conn.close();
  }, 180_000);
});
