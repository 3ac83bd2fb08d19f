// `npm run bench:soak [-- --pages N --round R --workers W]`: pushes N pages (default 10,000) through the whole
// pipeline (intake → preprocessing → OCR → fields → link → flags) in rounds of R pages with W OCR workers (default:
// the app's, one per core but one), and prints per round:
// pages/min, RSS (sampled each second: min/max, so growth shows), the JS heap and native buffers (external) at the
// round's end, database size, and queue latency (from a
// page's intake to its being done, observed by polling the pages table every 500 ms: p50/p95/max).
// Ctrl+C prints the totals so far. Pages are a few generated dossier pages re-encoded with small shifts and a moving dot, so every page has its
// own SHA-256 (identical pages would be skipped as duplicates) while costing no extra drawing.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import Database from 'better-sqlite3';
import { createEngine } from '../../main/engine/engine';
import { recordsCsv, stationRecordsFor } from '../corpus/discrepancies';
import { generateDossier } from '../corpus/dossier';
import { generateCorpusRecord } from '../corpus/records';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? NaN) || fallback;
const total = arg('pages', 10_000);
const round = Math.min(total, arg('round', 200));
const workers = arg('workers', 0) || undefined;
const PAGES_PER_DOSSIER = 2;

interface Base {
  image: Buffer;
  width: number;
  height: number;
}

/** Page `i`: base page `i mod n`, shifted by up to 6 px each way, with a 2-px dot whose place encodes `i`. */
async function variant(bases: Base[], i: number): Promise<Buffer> {
  const b = bases[i % bases.length]!;
  const dx = i % 7;
  const dy = Math.floor(i / 7) % 7;
  const dot = { input: { create: { width: 2, height: 2, channels: 3 as const, background: '#d0d0d0' } }, left: 8 + (i % 997), top: b.height - 12 - (Math.floor(i / 997) % 40) };
  const shifted = await sharp(b.image).extend({ top: dy, left: dx, background: '#ffffff' }).extract({ left: 0, top: 0, width: b.width, height: b.height }).toBuffer();
  return sharp(shifted).composite([dot]).jpeg({ quality: 85 }).toBuffer();
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
}

function fileMb(path: string): number {
  let bytes = 0;
  for (const f of [path, `${path}-wal`]) bytes += statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  return bytes / 1e6;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-soak-'));
  const dbPath = join(dir, 'station.db');
  const truths = [0, 1].map((i) => generateCorpusRecord(8100 + i));
  writeFileSync(join(dir, 'records.csv'), recordsCsv(stationRecordsFor(truths, 4, ['clean']).records));
  const bases: Base[] = [];
  for (const [i, truth] of truths.entries()) {
    for (const page of (await generateDossier(8100 + i, { record: truth, handwriting: 0, stamp: 0 })).pages) {
      const meta = await sharp(page).metadata();
      bases.push({ image: page, width: meta.width!, height: meta.height! });
    }
  }
  const engine = await createEngine({ dbPath, ocrWorkers: workers, station: 'Soak' });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  const probe = new Database(dbPath, { readonly: true });
  const seen = new Map<number, number>();
  const latencies: number[] = [];
  const finished = new Set<number>();
  // Pages below `floor` are all finished: each poll reads only the unfinished tail of the table.
  let floor = 0;
  const poll = (): void => {
    const now = Date.now();
    let firstQueued: number | null = null;
    let last = floor - 1;
    for (const row of probe.prepare('SELECT id, state FROM pages WHERE id >= ? ORDER BY id').iterate(floor) as Iterable<{ id: number; state: string }>) {
      if (row.state === 'queued' && firstQueued === null) firstQueued = row.id;
      last = row.id;
      if (!seen.has(row.id)) seen.set(row.id, now);
      if (row.state !== 'queued' && !finished.has(row.id)) {
        finished.add(row.id);
        latencies.push(now - seen.get(row.id)!);
      }
    }
    floor = firstQueued ?? last + 1;
  };
  let rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss / 1e6), 1000);
  const poller = setInterval(poll, 500);
  console.log(`soak: ${total} pages in rounds of ${round}, ${bases.length} base pages, database ${dbPath}`);
  console.log('round  pages  elapsed_s  pages/min  rss_min_MB  rss_max_MB  heap_MB  external_MB  db_MB  latency_p50_s  p95_s  max_s');
  const started = Date.now();
  let done = 0;
  const rssRounds: number[] = [];
  const summary = (): string => {
    const minutes = (Date.now() - started) / 60000;
    const states = probe.prepare('SELECT state, count(*) AS n FROM pages GROUP BY state').all() as { state: string; n: number }[];
    // Growth: the last round's peak against the peak once the workers have warmed up (round 3, or the first).
    const warm = rssRounds[Math.min(2, rssRounds.length - 1)] ?? 0;
    const last = rssRounds[rssRounds.length - 1] ?? 0;
    return [
      `total: ${done} pages in ${minutes.toFixed(1)} min = ${(done / minutes).toFixed(1)} pages/min; pages by state ${JSON.stringify(Object.fromEntries(states.map((s) => [s.state, s.n])))}; database ${fileMb(dbPath).toFixed(1)} MB`,
      `rss: peak per round ${Math.min(...rssRounds).toFixed(0)}–${Math.max(...rssRounds).toFixed(0)} MB; last round's peak ${last.toFixed(0)} MB vs ${warm.toFixed(0)} MB after warm-up (${(last - warm >= 0 ? '+' : '') + (last - warm).toFixed(0)} MB over ${rssRounds.length} rounds)`,
    ].join('\n');
  };
  // Stopped early (Ctrl+C, a time limit): still say what was measured.
  process.once('SIGINT', () => {
    console.log(`stopped early\n${summary()}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
  for (let r = 0; done < total; r++) {
    const inbox = join(dir, `round-${r}`);
    const count = Math.min(round, total - done);
    for (let p = 0; p < count; p++) {
      const folder = join(inbox, `dossier-${String(Math.floor(p / PAGES_PER_DOSSIER)).padStart(5, '0')}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `page-${p % PAGES_PER_DOSSIER}.jpg`), await variant(bases, done + p));
    }
    rss = [];
    latencies.length = 0;
    const t = Date.now();
    const result = await engine.scan.import({ paths: [inbox] });
    poll();
    const seconds = (Date.now() - t) / 1000;
    done += count;
    rmSync(inbox, { recursive: true, force: true });
    const lat = [...latencies].sort((a, b) => a - b).map((ms) => ms / 1000);
    const memory = process.memoryUsage();
    const rssNow = memory.rss / 1e6;
    const [lo, hi] = rss.length ? [Math.min(...rss), Math.max(...rss)] : [rssNow, rssNow];
    rssRounds.push(hi);
    console.log(
      [r + 1, result.pages, ((Date.now() - started) / 1000).toFixed(0), ((result.pages / seconds) * 60).toFixed(1), lo.toFixed(0), hi.toFixed(0), (memory.heapUsed / 1e6).toFixed(0), (memory.external / 1e6).toFixed(0), fileMb(dbPath).toFixed(1),
        percentile(lat, 0.5).toFixed(1), percentile(lat, 0.95).toFixed(1), (lat[lat.length - 1] ?? 0).toFixed(1)].join('  '),
    );
    if (result.errors.length || result.duplicates.length) console.log(`  round ${r + 1}: ${result.errors.length} errors, ${result.duplicates.length} duplicates`);
  }
  clearInterval(sampler);
  clearInterval(poller);
  console.log(summary());
  probe.close();
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
