/**
 * `npm run bench:ocr -- --soak N [--count B]`: N pages through one engine (copies of B generated dossiers, each
 * copy re-encoded and shifted by a pixel so its content hash is new), RSS printed every 100 pages: memory must
 * stay flat while OCR workers are recycled.
 */
import sharp from 'sharp';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDossier } from '../../corpus/dossier';
import { pagesToPdf } from '../../corpus/generate';
import { createEngine } from '../../../main/engine/engine';

/** A copy of a scanned page with new bytes: shifted by up to 2 px and re-encoded at another JPEG quality. */
async function variant(page: Buffer, copy: number): Promise<Buffer> {
  const dx = copy % 3;
  const dy = Math.floor(copy / 3) % 3;
  return sharp(page).extend({ left: dx, top: dy, background: '#ffffff' }).jpeg({ quality: 60 + (copy % 31) }).toBuffer();
}

export async function soakRun(pages: number, base: number, workers: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-ocr-soak-'));
  const dossiers: Buffer[][] = [];
  for (let i = 0; i < base; i++) dossiers.push((await generateDossier(5000 + i)).pages);
  const engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: workers });
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`soak: ${pages} pages from ${base} generated dossiers, ${workers} OCR workers; rss at start ${mb(process.memoryUsage().rss)}`);
  const t = Date.now();
  let done = 0;
  let copy = 0;
  const samples: number[] = [];
  while (done < pages) {
    // One import per ~100 pages: RSS is sampled between imports, when no page is in flight.
    const inbox = join(dir, `batch-${done}`);
    mkdirSync(inbox);
    let batch = 0;
    while (batch < Math.min(100, pages - done)) {
      const d = dossiers[copy % dossiers.length]!;
      const pagesOut = await Promise.all(d.slice(0, Math.min(d.length, pages - done - batch)).map((p) => variant(p, Math.floor(copy / dossiers.length) + 1)));
      writeFileSync(join(inbox, `copy-${String(copy).padStart(6, '0')}.pdf`), await pagesToPdf(pagesOut, 'jpeg'));
      batch += pagesOut.length;
      copy++;
    }
    const report = await engine.scan.import({ paths: [inbox] });
    done += batch;
    rmSync(inbox, { recursive: true, force: true });
    const rss = process.memoryUsage().rss;
    samples.push(rss);
    console.log(`  ${String(done).padStart(6)} pages (${report.pages} imported in this batch)  rss ${mb(rss)}  heap ${mb(process.memoryUsage().heapUsed)}  ${((done / ((Date.now() - t) / 1000)) * 60).toFixed(1)} pages/min`);
  }
  await engine.close();
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  console.log(`soak done: rss after first batch ${mb(first)}, last ${mb(last)} (${last >= first ? '+' : ''}${mb(last - first)}), max sampled ${mb(Math.max(...samples))}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}
