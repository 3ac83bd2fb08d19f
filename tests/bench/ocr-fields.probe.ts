/**
 * Field accuracy of page analysis + fusion on generated typed dossiers (default scan degradations), and the
 * seconds per page it costs with a 2-worker pool. A measurement, not a test:
 *   node --import tsx tests/bench/ocr-fields.probe.ts [COUNT=10] [SEED=5000] [WORKERS=2]
 */
import { analyzePage } from '../../main/engine/extraction/analyze-page';
import { fuseReadings } from '../../main/engine/extraction/fuse';
import { createOcrPool } from '../../main/engine/ocr/ocr-worker-pool';
import { SCAN_FIELDS, type FieldReading, type ScanField } from '../../main/engine/scan/scan.types';
import { generateDossier, type Dossier } from '../corpus/dossier';

const [count, seed, workers] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 5000), Number(process.argv[4] ?? 2)];

/** Exact for serials, IDs and dates; names, addresses etc. NFC, case-insensitive, with their diacritics. */
function same(field: ScanField, got: string | undefined, truth: string): boolean {
  if (got === undefined) return false;
  if (field === 'plate' || field === 'chassis' || field === 'engine' || field === 'owner_id' || field === 'registered_on') return got === truth;
  const canon = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return canon(got) === canon(truth);
}

async function main(): Promise<void> {
  const dossiers: Dossier[] = [];
  for (let i = 0; i < count; i++) dossiers.push(await generateDossier(seed + i, { handwriting: 0 }));
  const pool = await createOcrPool({ size: workers, recycleAfter: 0 });
  const jobs = dossiers.flatMap((d, di) => d.pages.map((image, page) => ({ di, page, image })));
  const readings: FieldReading[][] = dossiers.map(() => []);
  const misses: string[] = [];
  const t0 = Date.now();
  let next = 0;
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 200);
  // As many pages in flight as workers: image work of one page overlaps the OCR of another.
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const a = await analyzePage(job.image, pool);
      const deg = dossiers[job.di].meta.pages[job.page].degradation;
      // The generator records the turn it applied; the analysis reports the turn that undoes it.
      if (a.rotation !== (360 - deg.rotation) % 360) misses.push(`seed ${seed + job.di} page ${job.page}: rotation ${a.rotation}, fed at ${deg.rotation}`);
      for (const r of a.readings) readings[job.di].push({ ...r, page: job.page });
    }
  }));
  const wall = (Date.now() - t0) / 1000;
  clearInterval(timer);
  await pool.terminate();
  const ok: Record<string, number> = {};
  dossiers.forEach((d, i) => {
    const fused = fuseReadings(readings[i]);
    for (const f of SCAN_FIELDS) {
      const hit = same(f, fused[f]?.value, d.truth[f]);
      ok[f] = (ok[f] ?? 0) + (hit ? 1 : 0);
      if (!hit) {
        const copies = readings[i].filter((r) => r.field === f).map((r) => `${r.source}:${r.text}@${r.confidence.toFixed(2)}`).join(' ');
        misses.push(`seed ${seed + i} ${f}: truth=${d.truth[f]} fused=${fused[f]?.value}@${fused[f]?.confidence.toFixed(2)} [${copies}]`);
      }
    }
  });
  console.log(JSON.stringify({
    dossiers: count, pages: jobs.length, workers, wallS: wall, secondsPerPage: Number((wall / jobs.length).toFixed(2)),
    pagesPerMin: Number(((jobs.length / wall) * 60).toFixed(1)), peakRssMB: Math.round(peak / 1e6),
    accuracy: Object.fromEntries(SCAN_FIELDS.map((f) => [f, `${ok[f]}/${count}`])),
  }, null, 1));
  console.log(misses.join('\n'));
}
void main();
