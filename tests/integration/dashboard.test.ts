import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { DossierView, Engine } from '../../main/engine/engine.types';
import { localDay } from '../../main/engine/dashboard/dashboard.service';
import { seedReviewStation, type ReviewStation } from '../fixtures/review-station';

let dir: string;
let engine: Engine;
let station: ReviewStation;
let dossiers: DossierView[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-dashboard-'));
  const dbPath = join(dir, 'station.db');
  station = await seedReviewStation(dbPath, { dossiers: 24, seed: 11, cleanShare: 0.25, drawn: 4 });
  engine = await createEngine({ dbPath, ocrWorkers: 1 });
  dossiers = engine.dossiers.list({ offset: 0, limit: 500 }).rows;
}, 120_000);

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the station dashboard', () => {
  it('counts each step of the seeded dossiers, all on today, with the records digitized', () => {
    const stats = engine.dashboard.stats();
    const clean = station.dossiers.filter((d) => d.injection === 'clean').length;
    const linked = dossiers.filter((d) => d.record_id !== null);
    expect(stats.totals).toEqual({
      scanned: 24,
      ocred: 24,
      linked: linked.length,
      flagged: dossiers.filter((d) => d.flags.length > 0).length,
      resolved: dossiers.filter((d) => d.status === 'resolved').length,
      exported: 0,
    });
    expect(stats.totals.resolved).toBeGreaterThanOrEqual(clean);
    // Every dossier without a record is unlinked and flagged.
    expect(stats.totals.linked).toBe(24 - station.dossiers.filter((d) => d.injection === 'no_record').length);
    expect(stats.days).toHaveLength(30);
    const today = stats.days[29]!;
    expect(today.day).toBe(localDay(new Date()));
    expect(today.counts).toEqual(stats.totals);
    expect(today.cumulative).toEqual(stats.totals);
    expect(stats.days[0]!.cumulative.scanned).toBe(0);
    expect(stats.records).toEqual({ total: engine.records.stats().total, digitized: new Set(linked.map((d) => d.record_id)).size });
    const flags = dossiers.flatMap((d) => d.flags);
    expect(stats.flagsByKind.reduce((sum, k) => sum + k.total, 0)).toBe(flags.length);
    expect(stats.flagsByKind.find((k) => k.key === 'unmatched')?.total ?? 0).toBe(station.dossiers.filter((d) => d.injection === 'no_record').length);
    expect(stats.officers).toEqual([]);
    expect(stats.clerks).toEqual([]);
  });

  it('credits each decision to the officer who made it and counts the dossier as resolved', async () => {
    const before = engine.dashboard.stats();
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    const slip = station.dossiers.find((d) => d.injection === 'record_slip')!;
    const review = engine.review.dossier({ id: slip.id });
    for (const flag of review.flags) await engine.review.decide({ dossier: slip.id, field: flag.field, action: 'take-scan' });
    const after = engine.dashboard.stats();
    expect(after.officers).toEqual([
      expect.objectContaining({ name: 'lan', role: 'officer', decisions: review.flags.length, dossiers: 1, today: review.flags.length }),
    ]);
    expect(after.totals.resolved).toBe(before.totals.resolved + 1);
    const open = (s: typeof after): number => s.flagsByKind.reduce((sum, k) => sum + k.open, 0);
    expect(open(after)).toBe(open(before) - review.flags.length);
  });
});
