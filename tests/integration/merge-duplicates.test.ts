/**
 * Merging duplicate dossiers (issue 15): an officer links a dossier to a record another dossier already holds, so
 * both are flagged `duplicate`; merging one into the other moves its pages (none lost), fuses, links and flags the
 * kept dossier again without the duplicate flag, sets the merged one aside with a sentence naming where its pages
 * went, and writes the act in the audit log. Merges that do not fit are refused with one sentence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';

let dir: string;
let engine: Engine;
const officer = FIXTURE_ACCOUNTS.find((a) => a.role === 'officer')!;
const clerk = FIXTURE_ACCOUNTS.find((a) => a.role === 'clerk')!;
type Listed = ReturnType<Engine['dossiers']['all']>[number];
const listed = (id: string): Listed => engine.dossiers.all().find((d) => d.id === id)!;
const duplicateFlags = (id: string): unknown[] => (listed(id).flags ?? []).filter((f) => f.kind === 'duplicate');

let from: Listed;
let into: Listed;
let other: Listed;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-merge-'));
  const db = join(dir, 'station.db');
  await seedReviewStation(db, { dossiers: 5, cleanShare: 1, seed: 15, archiveDir: join(dir, 'archive') });
  engine = await createEngine({ dbPath: db, archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  const linked = engine.dossiers.all().filter((d) => d.record_id && d.status === 'resolved');
  [from, into, other] = linked as [Listed, Listed, Listed];
  await engine.auth.signIn({ name: officer.name, password: officer.password });
  // The officer says the first dossier's paper is the second one's vehicle: two dossiers of one record.
  await engine.review.decide({ dossier: from.id, field: 'record', action: 'set', value: into.record_id! });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('merge a duplicate dossier into the other', () => {
  it('flags both dossiers of one record as duplicates first', () => {
    expect(duplicateFlags(from.id)).not.toEqual([]);
    expect(duplicateFlags(into.id)).not.toEqual([]);
  });

  it('refuses a clerk, a merge into itself and a dossier not duplicating the other', async () => {
    await engine.auth.signIn({ name: clerk.name, password: clerk.password });
    await expect(engine.review.merge({ from: from.id, into: into.id })).rejects.toThrow(/clerk/);
    await engine.auth.signIn({ name: officer.name, password: officer.password });
    await expect(engine.review.merge({ from: from.id, into: from.id })).rejects.toThrow(`Dossier ${from.id} cannot be merged into itself.`);
    await expect(engine.review.merge({ from: other.id, into: into.id })).rejects.toThrow(`Dossier ${other.id} is not flagged as a duplicate of dossier ${into.id}, so they are not merged.`);
  });

  it('moves the pages, re-flags the kept dossier, sets the other aside and audits it', async () => {
    const pages = { from: listed(from.id).pages, into: listed(into.id).pages };
    const outcome = await engine.review.merge({ from: from.id, into: into.id });
    expect(outcome).toMatchObject({ into: into.id, merged: from.id, pages: pages.from });

    const kept = listed(into.id);
    expect(kept.pages).toBe(pages.into + pages.from);
    expect(kept.record_id).toBe(into.record_id);
    expect(duplicateFlags(into.id)).toEqual([]);
    expect(['needs_review', 'resolved']).toContain(kept.status);
    expect((await engine.dossiers.pages({ id: into.id })).length).toBe(pages.into + pages.from);

    const merged = listed(from.id);
    expect(merged).toMatchObject({ status: 'failed', pages: 0 });
    expect(merged.error).toContain(`Merged into ${into.id} by ${officer.name}`);
    // Out of the queue.
    expect(engine.review.queue({ status: 'all', offset: 0, limit: 100 }).rows.map((r) => r.id)).not.toContain(from.id);

    const entry = engine.audit.list({ offset: 0, limit: 1 }).rows[0]!;
    expect(entry).toMatchObject({ user: officer.name, action: 'review.merge', dossier: from.id, before: from.id, after: into.id });
    expect(engine.audit.verify().ok).toBe(true);

    await expect(engine.review.merge({ from: from.id, into: into.id })).rejects.toThrow(`Dossier ${from.id} is not ready for review, so it cannot be merged yet.`);
  });
});
