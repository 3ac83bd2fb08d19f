// The hot folder through the engine: a PDF written slowly is imported once, only after it is complete.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { createEngine, type Engine, type WatchedBatch } from '../../main/engine';
import { sleep, until } from '../fixtures/polling';

describe('scan.watch', () => {
  let dir: string;
  let hot: string;
  let engine: Engine;
  const changes: number[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-watch-'));
    hot = mkdtempSync(join(tmpdir(), 'sohoa-hot-'));
    engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: 1, hotFolder: { pollMs: 100, settleMs: 600 } });
    engine.subscribe((name, payload) => {
      if (name === 'dossiers.changed') changes.push((payload as { total: number }).total);
    });
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('refuses a folder that does not exist and watches nothing', async () => {
    await expect(engine.scan.watch({ dir: join(hot, 'missing') })).rejects.toThrow(/does not exist/);
    expect(engine.scan.watchStatus()).toEqual({ dir: null, error: null });
  });

  it('imports a PDF written slowly exactly once, after the last byte, then stops on unwatch', async () => {
    expect(await engine.scan.watch({ dir: hot })).toEqual({ dir: hot, error: null });
    // Watching another folder replaces the first; watching this one again is the same.
    const other = mkdtempSync(join(tmpdir(), 'sohoa-hot-'));
    expect((await engine.scan.watch({ dir: other })).dir).toBe(other);
    // What each batch became, as `sohoa scan watch` prints it.
    const batches: WatchedBatch[] = [];
    expect((await engine.scan.watch({ dir: hot }, (batch) => batches.push(batch))).dir).toBe(hot);

    const dossier = await generateDossier(7310, { handwriting: 0, stamp: 0 });
    const pdf = await pagesToPdf(dossier.pages, 'jpeg');
    const file = await open(join(hot, 'hồ sơ nóng.pdf'), 'w');
    // Written in 10 pieces over ~2 s, each pause shorter than the settle time: never handed over half-written.
    const piece = Math.ceil(pdf.length / 10);
    for (let at = 0; at < pdf.length; at += piece) {
      await file.write(pdf.subarray(at, at + piece));
      await file.sync();
      await sleep(200);
      expect(engine.dossiers.all()).toEqual([]);
    }
    await file.close();

    await until(() => engine.dossiers.all().some((d) => d.status !== 'processing'), 120_000);
    await sleep(1500); // several more polls: the same file is not imported again
    const list = engine.dossiers.all();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ pages: 2, status: 'needs_review', error: null });
    expect(list[0]!.source[0]).toBe(join(hot, 'hồ sơ nóng.pdf'));
    expect(list[0]!.fields.plate?.value).toBe(dossier.truth.plate);
    expect(changes).toContain(1);
    expect(batches).toEqual([{ created: [list[0]!.id], problems: [] }]);
    expect(engine.scan.watchStatus()).toEqual({ dir: hot, error: null });

    expect(await engine.scan.unwatch()).toEqual({ dir: null, error: null });
    const later = await generateDossier(7311, { handwriting: 0, stamp: 0 });
    writeFileSync(join(hot, 'sau.pdf'), await pagesToPdf(later.pages, 'jpeg'));
    await sleep(1500);
    expect(engine.dossiers.all()).toHaveLength(1);
  }, 180_000);
});
