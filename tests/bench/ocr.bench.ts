// `npm run bench:ocr [-- --count N --workers W]`: synthetic scanned dossiers through the whole pipeline;
// per-field exact accuracy, pages/min end to end, peak RSS, and native tesseract on the same pages for reference.
// `npm run bench:ocr -- --soak N [--count B]`: N pages through one engine (copies of B generated dossiers, each
// copy re-encoded and shifted by a pixel so its content hash is new), RSS printed every 100 pages: memory must
// stay flat while OCR workers are recycled.
import { execFileSync, spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDossier, type DossierTruth } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { createEngine } from '../../main/engine/engine';
import { foldVietnamese } from '../../main/engine/text/vietnamese';
import { SCAN_FIELDS } from '../../main/engine/scan/scan.types';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? NaN) || fallback;
const count = arg('count', 20);
const workers = arg('workers', 2);
const soak = arg('soak', 0);

async function main(): Promise<void> {
  if (soak > 0) return soakRun(soak, args.includes('--count') ? count : 10);
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-ocr-bench-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const truths = new Map<string, DossierTruth>();
  const pageFiles: string[] = [];
  let t = Date.now();
  for (let i = 0; i < count; i++) {
    const d = await generateDossier(5000 + i);
    const file = join(inbox, `dossier-${String(i + 1).padStart(4, '0')}.pdf`);
    writeFileSync(file, await pagesToPdf(d.pages, 'jpeg'));
    truths.set(file, d.truth);
    d.pages.forEach((p, j) => {
      const pageFile = join(dir, `p${i}-${j}.jpg`);
      writeFileSync(pageFile, p);
      pageFiles.push(pageFile);
    });
  }
  console.log(`generated ${count} dossiers (${pageFiles.length} pages, 300 dpi A4 with noise, skew, blur, seals, 20% handwritten) in ${((Date.now() - t) / 1000).toFixed(0)} s`);

  const engine = await createEngine({ dbPath: join(dir, 'station.db'), ocrWorkers: workers });
  t = Date.now();
  const report = await engine.scan.import([inbox]);
  const seconds = (Date.now() - t) / 1000;
  const dossiers = engine.dossiers.list();
  await engine.close();
  console.log(`pipeline (${workers} OCR workers): ${report.pages} pages in ${seconds.toFixed(1)} s = ${((report.pages / seconds) * 60).toFixed(1)} pages/min, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

  const exact = new Map<string, number>(SCAN_FIELDS.map((f) => [f, 0]));
  const loose = new Map<string, number>(SCAN_FIELDS.map((f) => [f, 0]));
  for (const d of dossiers) {
    const truth = truths.get(d.source[0]!);
    if (!truth) continue;
    for (const f of SCAN_FIELDS) {
      const got = d.fields[f]?.value ?? null;
      const want = truth[f];
      if (got === want) exact.set(f, exact.get(f)! + 1);
      if (got !== null && foldVietnamese(got) === foldVietnamese(want)) loose.set(f, loose.get(f)! + 1);
    }
  }
  const pct = (n: number): string => `${((100 * n) / count).toFixed(1)}%`;
  for (const f of SCAN_FIELDS) console.log(`  ${f.padEnd(14)} exact ${pct(exact.get(f)!).padStart(6)}   ignoring case/diacritics ${pct(loose.get(f)!).padStart(6)}`);

  if (spawnSync('tesseract', ['--version']).status === 0) {
    t = Date.now();
    for (const page of pageFiles) execFileSync('tesseract', [page, '-', '-l', 'vie+eng', '--psm', '6'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const native = (Date.now() - t) / 1000;
    console.log(`reference: native tesseract (1 process, full page, 300 dpi): ${((pageFiles.length / native) * 60).toFixed(1)} pages/min`);
  } else console.log('reference: native tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-vie)');
  rmSync(dir, { recursive: true, force: true });
}

/** A copy of a scanned page with new bytes: shifted by up to 2 px and re-encoded at another JPEG quality. */
async function variant(page: Buffer, copy: number): Promise<Buffer> {
  const dx = copy % 3;
  const dy = Math.floor(copy / 3) % 3;
  return sharp(page).extend({ left: dx, top: dy, background: '#ffffff' }).jpeg({ quality: 60 + (copy % 31) }).toBuffer();
}

async function soakRun(pages: number, base: number): Promise<void> {
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
      const d = dossiers[copy % dossiers.length];
      const pagesOut = await Promise.all(d.slice(0, Math.min(d.length, pages - done - batch)).map((p) => variant(p, Math.floor(copy / dossiers.length) + 1)));
      writeFileSync(join(inbox, `copy-${String(copy).padStart(6, '0')}.pdf`), await pagesToPdf(pagesOut, 'jpeg'));
      batch += pagesOut.length;
      copy++;
    }
    const report = await engine.scan.import([inbox]);
    done += batch;
    rmSync(inbox, { recursive: true, force: true });
    const rss = process.memoryUsage().rss;
    samples.push(rss);
    console.log(`  ${String(done).padStart(6)} pages (${report.pages} imported in this batch)  rss ${mb(rss)}  heap ${mb(process.memoryUsage().heapUsed)}  ${((done / ((Date.now() - t) / 1000)) * 60).toFixed(1)} pages/min`);
  }
  await engine.close();
  const first = samples[0];
  const last = samples[samples.length - 1];
  console.log(`soak done: rss after first batch ${mb(first)}, last ${mb(last)} (${last >= first ? '+' : ''}${mb(last - first)}), max sampled ${mb(Math.max(...samples))}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
