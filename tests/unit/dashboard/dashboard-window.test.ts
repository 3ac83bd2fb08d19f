/**
 * The dashboard reads only the last 30 days' work plus all-time totals; a station with months of history must
 * still get the same days and running totals as counting every dossier by the rules (scan day for scanning, OCR,
 * linking and flags; last decision in force for a resolution; first batch for an export).
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { DashboardRepo } from '../../../main/engine/db/dashboard.repo';
import { dashboardStats, localDay } from '../../../main/engine/dashboard/dashboard.service';
import { STEPS, type StepCounts } from '../../../main/engine/dashboard/dashboard.types';

const DAY = 86_400_000;
const NOW = new Date('2026-11-22T09:00:00');
const STATUSES = ['processing', 'needs_review', 'resolved', 'exported', 'failed'] as const;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the dashboard over a long history', () => {
  it('gives every day and running total the whole history would, from only the recent work', () => {
    const db = openDatabase(':memory:');
    const rand = prng(42);
    const at = (daysAgo: number): string => new Date(NOW.getTime() - daysAgo * DAY - rand() * 8 * 3600_000).toISOString();
    db.prepare("INSERT INTO users (id, name, role, password, created_at) VALUES (1, 'lan', 'officer', 'x', ?)").run(at(200));
    db.prepare("INSERT INTO batches (seq, id, created_at, user, dir, dossiers, pages, bytes, manifest_sha256) VALUES (1, 'old', ?, 'thu', '/b1', 0, 0, 0, ''), (2, 'new', ?, 'thu', '/b2', 0, 0, 0, '')").run(at(60), at(3));
    const expected = new Map<string, StepCounts>();
    const bump = (day: string, step: keyof StepCounts): void => {
      const counts = expected.get(day) ?? { scanned: 0, ocred: 0, linked: 0, flagged: 0, resolved: 0, exported: 0 };
      counts[step]++;
      expected.set(day, counts);
    };
    for (let seq = 1; seq <= 400; seq++) {
      const age = Math.floor(rand() * 120);
      const created = at(age);
      const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
      const linked = rand() < 0.8;
      db.prepare('INSERT INTO dossiers (seq, id, source, status, record_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(seq, `DS${String(seq).padStart(6, '0')}`, 's', status, linked ? `HS${seq}` : null, created, created);
      const scanDay = localDay(new Date(created));
      bump(scanDay, 'scanned');
      if (status !== 'processing' && status !== 'failed') bump(scanDay, 'ocred');
      if (linked) bump(scanDay, 'linked');
      if (rand() < 0.5) {
        db.prepare("INSERT INTO discrepancies (dossier_seq, field, kind, severity, evidence) VALUES (?, 'chassis', 'mismatch', 3, '[]')").run(seq);
        bump(scanDay, 'flagged');
      }
      // Decisions some days after the scan; an undone one, newer than the one in force, must not count.
      let last: string | null = null;
      if (rand() < 0.6) {
        last = at(Math.max(0, age - Math.floor(rand() * 40)));
        db.prepare("INSERT INTO decisions (dossier_seq, field, action, user_id, decided_at) VALUES (?, 'chassis', 'keep-record', 1, ?)").run(seq, last);
        db.prepare("INSERT INTO decisions (dossier_seq, field, action, user_id, decided_at, undone_at) VALUES (?, 'plate', 'keep-record', 1, ?, ?)").run(seq, at(0), at(0));
      }
      if (status === 'resolved' || status === 'exported') bump(localDay(new Date(last ?? created)), 'resolved');
      if (status === 'exported') {
        // Exported in the old batch, some again in the new one: the first batch's day counts.
        const batches = age > 60 ? (rand() < 0.5 ? [1, 2] : [1]) : [2];
        for (const b of batches) db.prepare('INSERT INTO batch_dossiers (batch_seq, dossier_seq) VALUES (?, ?)').run(b, seq);
        const first = db.prepare<[number], { created_at: string }>('SELECT created_at FROM batches WHERE seq = ?').get(batches[0]!)!.created_at;
        bump(localDay(new Date(first)), 'exported');
      }
    }

    const stats = dashboardStats(new DashboardRepo(db), 'S', NOW);
    const totals = { scanned: 0, ocred: 0, linked: 0, flagged: 0, resolved: 0, exported: 0 };
    for (const counts of expected.values()) for (const step of STEPS) totals[step] += counts[step];
    expect(stats.totals).toEqual(totals);
    expect(stats.days).toHaveLength(30);
    for (const day of stats.days) {
      const counts = expected.get(day.day) ?? { scanned: 0, ocred: 0, linked: 0, flagged: 0, resolved: 0, exported: 0 };
      expect(day.counts, day.day).toEqual(counts);
      const upTo = { scanned: 0, ocred: 0, linked: 0, flagged: 0, resolved: 0, exported: 0 };
      for (const [d, c] of expected) if (d <= day.day) for (const step of STEPS) upTo[step] += c[step];
      expect(day.cumulative, day.day).toEqual(upTo);
    }
    // The history really reaches before the window, so the running totals are not just the window's sums.
    expect(stats.days[0]!.cumulative.scanned).toBeGreaterThan(stats.days[0]!.counts.scanned);
  });
});
