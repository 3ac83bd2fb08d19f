// scan.fromDevice end to end against SANE's real `test` backend (Debian sane-utils), through the engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine, JobProgress } from '../../main/engine/engine.types';
import { SANE_NOT_INSTALLED } from '../../main/engine/sources';

const hasScanimage = !spawnSync('scanimage', ['--version'], { stdio: 'ignore' }).error;
const SKIP = 'scanimage is not installed (apt-get install sane-utils): scanning from a device needs it';

/** Debian ships the test backend disabled; a private config dir loads it alone (and skips network discovery). */
function saneEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-sane-'));
  writeFileSync(join(dir, 'dll.conf'), 'test\n');
  return { ...process.env, SANE_CONFIG_DIR: dir };
}

describe.skipIf(!hasScanimage)(`scan.fromDevice on the SANE test device (skipped when ${SKIP})`, () => {
  let dir: string;
  let engine: Engine;
  const progress: JobProgress[] = [];
  const changes: number[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-device-'));
    engine = await createEngine({
      dbPath: join(dir, 'station.db'),
      ocrWorkers: 1,
      scanSources: { sane: { env: saneEnv(), deviceOptions: { 'test-picture': 'Grid' } } },
    });
    engine.subscribe((name, payload) => {
      if (name === 'job.progress') progress.push(payload as JobProgress);
      if (name === 'dossiers.changed') changes.push((payload as { total: number }).total);
    });
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('lists SANE as a source and the test device among its scanners', async () => {
    const found = await engine.scan.devices();
    expect(found.sources).toContain('sane');
    expect(found.devices).toContainEqual({ source: 'sane', id: 'test:0', name: 'frontend-tester (virtual device)' });
  });

  it('scans a 3-page ADF batch into the archive inbox and makes one dossier of 3 processed pages', async () => {
    const report = await engine.scan.fromDevice({ source: 'sane', device: 'test:0', resolution: 150, mode: 'gray', adf: true, maxPages: 3 });
    expect(report.errors).toEqual([]);
    expect(report.created).toHaveLength(1);
    expect(report.pages).toBe(3);
    const [dossier] = engine.dossiers.all();
    expect(dossier).toMatchObject({ id: report.created[0], pages: 3 });
    expect(dossier!.status).not.toBe('processing');
    expect(dossier!.source).toHaveLength(1);
    expect(dossier!.source[0]!.startsWith(join(dir, 'archive', 'inbox') + sep)).toBe(true);
    const pages = await engine.dossiers.pages({ id: dossier!.id });
    expect(pages.map((p) => [p.pageNo, p.state])).toEqual([
      [0, 'done'],
      [1, 'done'],
      [2, 'done'],
    ]);
    // Pages arriving from the scanner are reported before OCR starts, under the same job kind.
    const scanning = progress.filter((p) => p.label === 'scanner');
    expect(scanning.length).toBeGreaterThan(0);
    expect(scanning.every((p) => p.kind === 'scan.import')).toBe(true);
    expect(scanning[scanning.length - 1]).toMatchObject({ done: 3, finished: true });
    expect(changes[changes.length - 1]).toBe(1);
  }, 180_000);

  it('refuses a scanner that is not connected with one sentence, and creates nothing', async () => {
    await expect(engine.scan.fromDevice({ source: 'sane', device: 'test:9', resolution: 150, mode: 'gray', adf: false })).rejects.toThrow(
      /^The scanner test:9 is not connected; connected scanners: .*test:0.*\.$/,
    );
    expect(engine.dossiers.all()).toHaveLength(1);
  });
});

describe('scan.fromDevice without scanimage', () => {
  it('offers no source and explains what to install', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-device-'));
    const engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: 1, scanSources: { sane: { command: join(dir, 'no-scanimage') } } });
    try {
      expect(await engine.scan.devices()).toEqual({ sources: [], devices: [] });
      await expect(engine.scan.fromDevice({ source: 'sane', device: 'test:0', resolution: 300, mode: 'color', adf: false })).rejects.toThrow(SANE_NOT_INSTALLED);
      expect(engine.dossiers.all()).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
