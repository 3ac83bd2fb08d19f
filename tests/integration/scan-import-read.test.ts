import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import { seedReviewStation } from '../fixtures/review-station';

// A benchmark's station seeded by handing the engine pages with their readings must be the station the same pages
// scanned would make: the same dossiers, fields, links, statuses, flags and review queue.
describe('dossiers whose pages were read elsewhere (scan.importRead)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-import-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function station(read: boolean): Promise<{ dossiers: unknown[]; queue: { total: number }; pages: number[] }> {
    const dbPath = join(dir, read ? 'read' : 'scanned', 'station.db');
    await seedReviewStation(dbPath, { dossiers: 24, seed: 5, drawn: 4, read });
    const engine = await createEngine({ dbPath });
    try {
      const all = engine.dossiers.all();
      const pages = await Promise.all(all.map(async (d) => (await engine.dossiers.pages({ id: d.id })).filter((p) => p.state === 'done').length));
      return {
        dossiers: all.map(({ source: _source, ...dossier }) => dossier),
        queue: engine.review.queue({ status: 'open', offset: 0, limit: 100 }),
        pages,
      };
    } finally {
      await engine.close();
    }
  }

  it('lists every dossier once, newest first, page by page and by status', async () => {
    const dbPath = join(dir, 'windows', 'station.db');
    await seedReviewStation(dbPath, { dossiers: 23, seed: 9, drawn: 3, read: true });
    const engine = await createEngine({ dbPath });
    try {
      const all = engine.dossiers.all();
      const newestFirst = all.map((d) => d.id).reverse();
      for (const status of [undefined, 'needs_review', 'resolved'] as const) {
        const expected = newestFirst.filter((id) => !status || all.find((d) => d.id === id)!.status === status);
        const seen: string[] = [];
        for (let offset = 0; offset < 30; offset += 10) {
          const page = engine.dossiers.list({ offset, limit: 10, status });
          expect(page.total).toBe(expected.length);
          seen.push(...page.rows.map((d) => d.id));
        }
        expect(expected.length).toBeGreaterThan(0);
        expect(seen).toEqual(expected);
      }
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('gives the station scanning the same pages gives', async () => {
    const scanned = await station(false);
    const read = await station(true);
    expect(read.dossiers).toHaveLength(24);
    expect(read.pages.every((n) => n === 2)).toBe(true);
    expect(read.queue.total).toBeGreaterThan(10);
    expect(read.dossiers).toEqual(scanned.dossiers);
    expect(read.queue).toEqual(scanned.queue);
  }, 120_000);
});
