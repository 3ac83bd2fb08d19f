/**
 * A disk that fills up during a records import, a scan import or an export: the clerk gets one sentence saying the disk is
 * full (not an "unexpected error"), the database stays consistent, and the same command succeeds once space is
 * back. The real cases run on a tiny tmpfs (mountable when the tests run as root); the injected case, which
 * always runs, opens the engine with its database capped (`maxPageCount`, SQLite's `max_page_count`), which makes
 * SQLite fail exactly as on a full disk (SQLITE_FULL). The export's injected ENOSPC case is in export.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/engine/db/database';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { createEngine } from '../../main/engine/engine';
import type { ImportReport } from '../../main/engine';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { generateCorpusRecord } from '../corpus/records';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa } from '../fixtures/sohoa-cli';

const ROWS = 20_000;
const FULL = /^The disk holding the station database is full: free some space, then import records\.csv again \(the rows already imported are kept\)\.$/;
let dir: string;
let csv: string;

function sohoa(db: string, args: string[], password = ''): { code: number; stdout: string; stderr: string } {
  const r = runSohoa(args, { db, password });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function checkDb(path: string): { integrity: string; records: number; distinct: number } {
  const db = openDatabase(path, { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const { records, uniq } = db.prepare('SELECT count(*) AS records, count(DISTINCT record_id) AS uniq FROM records').get() as { records: number; uniq: number };
    return { integrity, records, distinct: uniq };
  } finally {
    db.close();
  }
}

/** A tmpfs of `size` at `path`, or null where this process may not mount (not root, no CAP_SYS_ADMIN). */
function tmpfs(path: string, size: string): { grow(to: string): void; remove(): void } | null {
  mkdirSync(path, { recursive: true });
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]).status !== 0) return null;
  return {
    grow: (to) => expect(spawnSync('mount', ['-o', `remount,size=${to}`, path]).status).toBe(0),
    remove: () => void spawnSync('umount', ['-l', path]),
  };
}
const canMount = ((): boolean => {
  const probe = mkdtempSync(join(tmpdir(), 'sohoa-mount-probe-'));
  const fs = tmpfs(probe, '64k');
  fs?.remove();
  rmSync(probe, { recursive: true, force: true });
  return fs !== null;
})();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-diskfull-'));
  csv = join(dir, 'records.csv');
  await writeRecordsCsv(csv, ROWS, 21);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('records import on a full disk (injected: the database may not grow)', () => {
  it('says the disk is full, keeps the database consistent, and finishes when space returns', async () => {
    const path = join(dir, 'capped.db');
    const station = { dbPath: path, archiveDir: join(dir, 'capped-archive'), ocrWorkers: 1 };
    await (await createEngine(station)).close();
    const run = async (maxPageCount?: number): Promise<ImportReport> => {
      const engine = await createEngine({ ...station, maxPageCount });
      try {
        return await engine.records.import({ files: [csv] });
      } finally {
        await engine.close();
      }
    };
    const pagesNow = ((): number => {
      const db = openDatabase(path, { readonly: true });
      try {
        return db.pragma('page_count', { simple: true }) as number;
      } finally {
        db.close();
      }
    })();
    // Room for a few thousand rows, not for twenty thousand.
    const full = await run(pagesNow + 400);
    expect(full.errors).toEqual([{ file: csv, row: null, field: null, message: expect.stringMatching(FULL), text: { code: 'file.disk_full', params: { file: 'records.csv' } } }]);
    const partial = checkDb(path);
    expect(partial.integrity).toBe('ok');
    expect(partial.records).toBeLessThan(ROWS);
    expect(partial.records).toBe(full.imported);

    const resumed = await run();
    expect(resumed.errors).toEqual([]);
    expect(resumed.imported).toBe(ROWS - partial.records);
    expect(checkDb(path)).toEqual({ integrity: 'ok', records: ROWS, distinct: ROWS });
  });
});

describe.skipIf(!canMount)('a real full disk (tmpfs)', () => {
  it('records import: one sentence, exit 2, a consistent database, and the rerun completes', () => {
    const mnt = join(dir, 'small-disk');
    const fs = tmpfs(mnt, '3m')!;
    try {
      const db = join(mnt, 'station.db');
      const first = sohoa(db, ['records', 'import', csv]);
      expect(first.code).toBe(2);
      expect(first.stderr.split('\n').filter((l) => l && !l.startsWith('Importing '))).toEqual([expect.stringMatching(FULL)]);
      const partial = checkDb(db);
      expect(partial.integrity).toBe('ok');
      expect(partial.records).toBeLessThan(ROWS);

      fs.grow('64m');
      const again = sohoa(db, ['records', 'import', csv, '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ imported: ROWS - partial.records, unchanged: partial.records, errors: [] });
      expect(checkDb(db)).toEqual({ integrity: 'ok', records: ROWS, distinct: ROWS });
    } finally {
      fs.remove();
    }
  });

  it('scan import with the station on a full disk: one sentence naming the files left out, no failed dossiers, and the rerun takes each once', async () => {
    const mnt = join(dir, 'small-station');
    const fs = tmpfs(mnt, '1m')!;
    try {
      const inbox = join(dir, 'scans');
      mkdirSync(inbox, { recursive: true });
      for (const i of [1, 2]) {
        const d = await generateDossier(990 + i, { record: generateCorpusRecord(990 + i), handwriting: 0, stamp: 0 });
        writeFileSync(join(inbox, `dossier-${i}.pdf`), await pagesToPdf(d.pages, 'jpeg'));
      }
      const db = join(mnt, 'station.db');
      const first = sohoa(db, ['scan', 'import', inbox]);
      expect(first.code).toBe(2);
      expect(first.stderr.split('\n').filter((l) => l && !l.startsWith('OCR'))).toEqual([
        `The disk holding the archive (${join(mnt, 'archive')}) is full: 2 of 2 dossiers were not imported, from dossier-1.pdf on; free some space, then import again (the dossiers already imported are kept).`,
      ]);
      expect(checkDb(db).integrity).toBe('ok');
      expect(sohoa(db, ['dossiers', 'list', '--json']).stdout.trim()).toBe('[]');

      fs.grow('64m');
      const again = sohoa(db, ['scan', 'import', inbox, '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ created: ['DS000001', 'DS000002'], duplicates: [], errors: [] });
      const listed = JSON.parse(sohoa(db, ['dossiers', 'list', '--json']).stdout) as { id: string; pages: number }[];
      expect(listed.map((d) => [d.id, d.pages])).toEqual([['DS000001', 2], ['DS000002', 2]]);
    } finally {
      fs.remove();
    }
  }, 180_000);

  it('export to a full disk: one sentence, no batch folder left, and the export succeeds once space returns', async () => {
    const db = join(dir, 'review.db');
    await seedReviewStation(db, { dossiers: 6, cleanShare: 1, seed: 3 });
    const lead = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;
    const mnt = join(dir, 'usb-stick');
    const fs = tmpfs(mnt, '64k')!;
    try {
      const out = join(mnt, 'batch');
      const first = sohoa(db, ['export', '--out', out, '--user', lead.name], lead.password);
      expect(first.code).not.toBe(0);
      expect(first.stderr.split('\n').filter((l) => l && !l.startsWith('Exporting '))).toEqual([
        `The disk holding ${mnt} is full: free some space or choose another folder, then export again.`,
      ]);
      expect(readdirSync(mnt)).toEqual([]);
      expect(checkDb(db).integrity).toBe('ok');

      fs.grow('32m');
      const again = sohoa(db, ['export', '--out', out, '--user', lead.name, '--json'], lead.password);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout).dossiers).toHaveLength(6);
      expect(sohoa(db, ['batch', 'verify', out]).code).toBe(0);
    } finally {
      fs.remove();
    }
  });
});
