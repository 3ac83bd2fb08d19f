// `npm run bench:records [-- --count N]`: records import throughput and memory, then lookup latency and accuracy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../main/engine/engine';
import { generateRecords, injectConfusion, injectEdit, mulberry32, writeRecordsCsv } from '../../main/engine/demo/records.generator';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--count') + 1] ?? 0) || 1_000_000;
const QUERIES = 10_000;
const FIELDS = ['plate', 'chassis', 'engine', 'owner_id'] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-bench-'));
  const csv = join(dir, 'records.csv');
  const db = join(dir, 'station.db');
  try {
    let t = Date.now();
    await writeRecordsCsv(csv, count, 7);
    console.log(`generated ${count.toLocaleString('en-US')} records (${(statSync(csv).size / 1e6).toFixed(1)} MB CSV) in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const child = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'records-import.child.ts'), csv, db], { encoding: 'utf8', maxBuffer: 1 << 26 }),
    ) as { seconds: number; peakRssMb: number; report: { imported: number; rejected: number } };
    console.log(`import: ${child.report.imported.toLocaleString('en-US')} rows in ${child.seconds.toFixed(2)} s = ${Math.round(child.report.imported / child.seconds).toLocaleString('en-US')} rows/s, rejected ${child.report.rejected}, peak RSS ${child.peakRssMb.toFixed(0)} MB`);
    console.log(`database size: ${(statSync(db).size / 1e6).toFixed(1)} MB`);

    const engine = await createEngine({ dbPath: db });
    t = Date.now();
    const before = process.memoryUsage().rss;
    engine.records.find({ text: 'warm-up' });
    console.log(`lookup index build: ${((Date.now() - t) / 1000).toFixed(2)} s, +${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB RSS`);

    // Pick query targets spread over the whole station, then corrupt one field each.
    const rng = mulberry32(99);
    const wanted = new Set<number>();
    while (wanted.size < Math.min(QUERIES, count)) wanted.add(Math.floor(rng() * count));
    const queries: { text: string; expected: string; field: (typeof FIELDS)[number]; value: string; kind: 'confusion' | 'edit' }[] = [];
    let i = 0;
    for (const record of generateRecords(count, 7)) {
      if (wanted.has(i++)) {
        const field = FIELDS[Math.floor(rng() * FIELDS.length)]!;
        const value = record[field];
        if (!value) continue;
        const kind = queries.length % 2 === 0 ? 'confusion' : 'edit';
        const text = kind === 'confusion' ? injectConfusion(value, rng) : injectEdit(value, rng);
        queries.push({ text, expected: record.record_id, field, value, kind });
      }
    }
    const times: number[] = [];
    // [right value first, this very record first, queries]. A citizen ID shared by an owner's vehicles cannot
    // tell them apart, so "right" means the first candidate holds the value that was corrupted.
    const hits = { confusion: [0, 0, 0], edit: [0, 0, 0] };
    for (const q of queries) {
      const start = process.hrtime.bigint();
      const result = engine.records.find({ text: q.text, limit: 10 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const first = result.candidates[0];
      const tally = hits[q.kind];
      tally[2]! += 1;
      if (first && (first.record_id === q.expected || first.record[q.field] === q.value)) tally[0]! += 1;
      if (first?.record_id === q.expected) tally[1]! += 1;
    }
    times.sort((a, b) => a - b);
    console.log(`find over ${queries.length.toLocaleString('en-US')} queries: p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`);
    for (const kind of ['confusion', 'edit'] as const) {
      const [ok, exact, all] = hits[kind] as [number, number, number];
      const pct = (n: number): string => `${((100 * n) / all).toFixed(2)}%`;
      console.log(
        `top-1 accuracy, one ${kind === 'confusion' ? 'OCR confusion' : 'edit (typo)'}: ${pct(ok)} (${ok}/${all}); the very record first: ${pct(exact)}`,
      );
    }
    await engine.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
