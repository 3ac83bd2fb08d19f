/**
 * A scanner batch and the watched folder label their dossiers as `scan import --kind/--box` does: a device batch
 * with the kind and box the Scan screen sends, the hot folder (the app's and `sohoa scan watch`'s, for which
 * CLI.md names no flags) with the station's Scan-screen choice, read for each batch.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { startSohoa } from '../fixtures/sohoa-cli';
import { sleep, until } from '../fixtures/polling';

const hasScanimage = !spawnSync('scanimage', ['--version'], { stdio: 'ignore' }).error;

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-scan-labels-'));
  const sane = mkdtempSync(join(tmpdir(), 'sohoa-sane-'));
  writeFileSync(join(sane, 'dll.conf'), 'test\n');
  engine = await createEngine({
    dbPath: join(dir, 'station.db'),
    ocrWorkers: 1,
    hotFolder: { pollMs: 100, settleMs: 300 },
    scanSources: { sane: { env: { ...process.env, SANE_CONFIG_DIR: sane }, deviceOptions: { 'test-picture': 'Grid' } } },
  });
});

afterAll(async () => {
  await engine?.close();
});

describe('kind and box beyond scan import', () => {
  it('labels what arrives in the watched folder with the Scan screen\'s kind and box, each batch with the choice of its time', async () => {
    const hot = mkdtempSync(join(tmpdir(), 'sohoa-hot-labels-'));
    engine.settings.set({ scanKind: 'licence', scanBox: 'Hộp GPLX 3' });
    await engine.scan.watch({ dir: hot });
    // Files that are not images: each becomes a failed dossier at once, with no OCR, but labelled all the same.
    writeFileSync(join(hot, 'the-1.jpg'), 'not a picture');
    await until(() => engine.dossiers.all().length === 1, 20_000);
    expect(engine.dossiers.all()[0]).toMatchObject({ kind: 'licence', box: 'Hộp GPLX 3', status: 'failed' });

    engine.settings.set({ scanKind: 'vehicle', scanBox: null });
    writeFileSync(join(hot, 'ho-so-2.jpg'), 'not a picture either');
    await until(() => engine.dossiers.all().length === 2, 20_000);
    expect(engine.dossiers.all().find((d) => d.source[0]!.endsWith('ho-so-2.jpg'))).toMatchObject({ kind: 'vehicle', box: null });
    await engine.scan.unwatch();
  });

  it.skipIf(!hasScanimage)('labels a scanner batch with the kind and box it was sent with', async () => {
    const report = await engine.scan.fromDevice({ source: 'sane', device: 'test:0', resolution: 150, mode: 'gray', adf: false, maxPages: 1, kind: 'licence', box: 'Kệ B' });
    expect(report.created).toHaveLength(1);
    expect(engine.dossiers.all().find((d) => d.id === report.created[0])).toMatchObject({ kind: 'licence', box: 'Kệ B' });
  }, 240_000);
});

describe('sohoa scan watch', () => {
  it('says what it imports as (the Scan screen\'s choice) and names a file it could not read, until interrupted', async () => {
    const station = join(mkdtempSync(join(tmpdir(), 'sohoa-watch-cli-')), 'station.db');
    const hot = mkdtempSync(join(tmpdir(), 'sohoa-hot-cli-'));
    const setup = await createEngine({ dbPath: station, ocrWorkers: 1 });
    setup.settings.set({ scanKind: 'licence', scanBox: 'Hộp 4' });
    await setup.close();
    // A file already in the folder is taken on the first look, like one arriving later.
    writeFileSync(join(hot, 'the-hong.jpg'), 'not a picture');
    const run = startSohoa(['scan', 'watch', hot], { db: station });
    // The command's own output comes at its end: its progress is watched in the station database.
    const failed = (): number => {
      try {
        const db = new Database(station, { readonly: true, fileMustExist: true });
        try {
          return (db.prepare("SELECT count(*) AS n FROM dossiers WHERE status = 'failed'").get() as { n: number }).n;
        } finally {
          db.close();
        }
      } catch {
        return 0;
      }
    };
    await until(() => failed() === 1, 45_000);
    await sleep(1500);
    process.kill(run.pid, 'SIGINT');
    const result = await run.done;
    const stderr = result.stderr;
    expect(result.code).toBe(0);
    expect(stderr).toContain(`Watching ${hot} for scans, imported as paper driving licences from box Hộp 4 (the Scan screen's choice)`);
    expect(stderr).toMatch(/Imported DS\d+\.\nDS\d+: the-hong\.jpg is named like a JPG image but is not one/);
  }, 60_000);
});
