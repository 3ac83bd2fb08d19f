// `npm run bench:volume [-- --dossiers N]`: a station late in the campaign. Seeds N dossiers (default 100,000; without
// OCR, their pages drawn once and reused with a per-page trailer, so every page is its own content) over 2N records,
// then times every engine call a screen makes on start or refresh — the dashboard, the dossier and review lists
// (first and last page, filtered), a review dossier, the export list, the audit trail, a record search, a backup —
// as the median and worst of 5 runs.
// The engine answers every call in one process (a utility process beside the window): a call that takes long
// holds every other call behind it, so the target is ≤ 100 ms for what a screen calls on each change; the
// dashboard refreshes at most once per 2 s.
// The station is seeded through the engine: a records file imported, then each dossier's pages handed over with
// their readings (`engine.scan.importRead`): archived, fused, linked and flagged by the engine's own stages, a
// thousand dossiers to a transaction. Scanning folders of page files instead (intake's archive copies with their
// fsyncs, the page queue's commit per page) cost 20–35 ms a dossier, most of an hour at 100,000; this path takes a
// few ms a dossier (the rate and the database's size are printed). `--dossiers N` for another size.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../main/engine/engine';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? 0) || fallback;
const DOSSIERS = arg('dossiers', 100_000);
const RUNS = 5;

async function timed(label: string, call: () => unknown, target: number | null): Promise<void> {
  const times: number[] = [];
  let size = '';
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const result = await call();
    times.push(performance.now() - t);
    if (i === 0) size = describe(result);
  }
  times.sort((a, b) => a - b);
  const verdict = target === null ? '' : times[Math.floor(RUNS / 2)]! <= target ? `  ≤ ${target} ms ok` : `  OVER ${target} ms`;
  console.log(`${label.padEnd(44)} median ${times[Math.floor(RUNS / 2)]!.toFixed(1).padStart(8)} ms   max ${times[RUNS - 1]!.toFixed(1).padStart(8)} ms   ${size}${verdict}`);
}

function describe(result: unknown): string {
  if (Array.isArray(result)) return `${result.length} rows`;
  if (result && typeof result === 'object') {
    const r = result as { total?: number; rows?: unknown[]; dossiers?: unknown[] };
    if (Array.isArray(r.rows)) return `${r.rows.length} of ${r.total ?? '?'} rows`;
    if (Array.isArray(r.dossiers)) return `${r.dossiers.length} dossiers`;
  }
  return '';
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-volume-'));
  const dbPath = join(dir, 'station.db');
  try {
    const seeded = await seedReviewStation(dbPath, { dossiers: DOSSIERS, seed: 23, read: true });
    const size = (statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 1e6;
    console.log(`seeded ${DOSSIERS.toLocaleString('en-US')} dossiers (about 20% clean; --dossiers N for another size) in ${(seeded.ms / 1000).toFixed(1)} s, ${(seeded.ms / DOSSIERS).toFixed(1)} ms a dossier; database ${size.toFixed(0)} MB`);
    const t = performance.now();
    const engine = await createEngine({ dbPath, station: 'Volume' });
    console.log(`engine opened in ${(performance.now() - t).toFixed(0)} ms`);
    try {
      const lead = FIXTURE_ACCOUNTS.find((a) => a.role === 'lead')!;
      await engine.auth.signIn({ name: lead.name, password: lead.password });
      const someId = seeded.dossiers[Math.floor(DOSSIERS / 2)]!.id;
      await timed('dashboard.stats (each refresh)', () => engine.dashboard.stats(), 2000);
      await timed('dossiers.list first 100', () => engine.dossiers.list({ offset: 0, limit: 100 }), 100);
      await timed('dossiers.list last 100', () => engine.dossiers.list({ offset: DOSSIERS - 100, limit: 100 }), 100);
      await timed('dossiers.list needs_review first 100', () => engine.dossiers.list({ offset: 0, limit: 100, status: 'needs_review' }), 100);
      await timed('review.queue open first 100', () => engine.review.queue({ status: 'open', offset: 0, limit: 100 }), 100);
      await timed(`review.queue open at ${(DOSSIERS / 2).toLocaleString('en-US')}`, () => engine.review.queue({ status: 'open', offset: DOSSIERS / 2, limit: 100 }), 100);
      await timed('review.queue mismatch/chassis first 100', () => engine.review.queue({ status: 'open', kind: 'mismatch', field: 'chassis', offset: 0, limit: 100 }), 100);
      await timed('review.dossier (one, with flags)', () => engine.review.dossier({ id: someId }), 100);
      await timed('records.find chassis-like text', () => engine.records.find({ text: 'RLHJC4', limit: 10 }), 100);
      await timed('audit.list first 100', () => engine.audit.list({ offset: 0, limit: 100 }), 100);
      await timed('export.preview (every resolved dossier)', () => engine.export.preview(), 1000);
      await timed('export.batches first 20', () => engine.export.batches({ offset: 0, limit: 20 }), 100);
      const backupFile = join(dir, 'backup.sohoa');
      const b = performance.now();
      const report = await engine.station.backup({ out: backupFile });
      console.log(`backup (online copy + archive index) ${((performance.now() - b) / 1000).toFixed(1)} s, ${(report.bytes / 1e6).toFixed(0)} MB, ${report.archived_files} archived files`);
    } finally {
      await engine.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
