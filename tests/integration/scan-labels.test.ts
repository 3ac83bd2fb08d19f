/**
 * A scanner batch and the watched folder label their dossiers as `scan import --kind/--box` does: a device batch
 * with the kind and box the Scan screen sends, the hot folder (the app's and `sohoa scan watch`'s, for which
 * CLI.md names no flags) with the station's Scan-screen choice, read for each batch.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';

const hasScanimage = !spawnSync('scanimage', ['--version'], { stdio: 'ignore' }).error;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(100);
  }
}

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
