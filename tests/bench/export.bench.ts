// `npm run bench:export [-- --count N --rounds R]`: N synthetic dossiers are OCR'd once (not timed), resolved,
// then exported R times (the first batch, then re-exports of the same dossiers) as a lead. Prints pages/min from
// OCR'd dossiers to a finished, signed batch; output MB per page against the scanned images; the share of OCR
// words pdftotext gives back; and `ocrmypdf --output-type pdf` on the same pages when it is installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { recordsCsv, stationRecordsFor } from '../corpus/discrepancies';
import { generateCorpusRecord } from '../corpus/records';
import { createEngine } from '../../main/engine/engine';
import { openDatabase } from '../../main/engine/db/database';
import { ExportRepo } from '../../main/engine/db/export.repo';
import { hasPdftotext, wordRecovery } from '../unit/export/pdftotext';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? NaN) || fallback;
const count = arg('count', 4);
const rounds = arg('rounds', 5);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-export-bench-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const truths = Array.from({ length: count }, (_, i) => generateCorpusRecord(7000 + i));
  writeFileSync(join(dir, 'records.csv'), recordsCsv(stationRecordsFor(truths, 3, ['clean']).records));
  for (const [i, truth] of truths.entries()) {
    const d = await generateDossier(7000 + i, { record: truth, handwriting: 0, stamp: 0 });
    writeFileSync(join(inbox, `dossier-${i}.pdf`), await pagesToPdf(d.pages, 'jpeg'));
  }
  const dbPath = join(dir, 'station.db');
  const engine = await createEngine({ dbPath, ocrWorkers: 2, station: 'Công an phường Đống Đa' });
  let t = Date.now();
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  const scan = await engine.scan.import({ paths: [inbox] });
  console.log(`setup: ${count} dossiers, ${scan.pages} pages OCR'd in ${((Date.now() - t) / 1000).toFixed(0)} s (not counted)`);
  await engine.users.add({ name: 'lead', role: 'lead', password: 'bench-lead-pass', asOwner: true });
  await engine.auth.signIn({ name: 'lead', password: 'bench-lead-pass' });
  for (const d of engine.dossiers.all()) for (const f of d.flags) await engine.review.decide({ dossier: d.id, field: f.field, action: 'take-scan' });
  const ids = engine.export.preview().dossiers.map((d) => d.id);
  if (ids.length === 0) throw new Error('no dossier resolved');

  let pages = 0;
  let bytes = 0;
  let inputBytes = 0;
  let firstBatch = '';
  t = Date.now();
  for (let r = 0; r < rounds; r++) {
    const result = await engine.export.run({ out: join(dir, 'batches', `round-${r + 1}`), ids, reexport: r > 0 });
    pages += result.pages;
    bytes += result.bytes;
    inputBytes += result.input_bytes;
    firstBatch ||= result.dir;
  }
  const seconds = (Date.now() - t) / 1000;
  const perPage = bytes / pages / 1_048_576;
  console.log(`export: ${rounds} batches of ${ids.length} dossiers, ${pages} pages in ${seconds.toFixed(1)} s = ${((pages / seconds) * 60).toFixed(0)} pages/min (target >= 120)`);
  console.log(`size: ${perPage.toFixed(3)} MB/page out vs ${(inputBytes / pages / 1_048_576).toFixed(3)} MB/page scanned = ${(bytes / inputBytes).toFixed(3)}x (target <= 1.1x; whole batch incl. manifest and audit)`);
  t = Date.now();
  const verdict = await engine.export.verify({ dir: firstBatch });
  console.log(`verify: ${verdict.ok ? 'intact' : 'NOT intact'}, ${verdict.files} files in ${((Date.now() - t) / 1000).toFixed(2)} s`);

  const db = openDatabase(dbPath, { readonly: true });
  const repo = new ExportRepo(db);
  const pagesOf = ids.map((id) => repo.pages(repo.byIds([id])[0]!.seq));
  db.close();
  if (hasPdftotext()) {
    let found = 0;
    let total = 0;
    let worst = 1;
    ids.forEach((id, i) => {
      const words = pagesOf[i]!.flatMap((p) => p.words.map((w) => w.text));
      const recovery = wordRecovery(words, join(firstBatch, 'dossiers', `${id}.pdf`));
      found += recovery * words.length;
      total += words.length;
      worst = Math.min(worst, recovery);
    });
    console.log(`pdftotext: ${((found / total) * 100).toFixed(2)}% of ${total} OCR words recovered (worst dossier ${(worst * 100).toFixed(2)}%; target >= 98%)`);
  } else {
    console.log('pdftotext is not installed: word recovery not measured');
  }

  if (spawnSync('ocrmypdf', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('ocrmypdf is not installed (apt-get install ocrmypdf): no reference run');
  } else {
    const images = pagesOf.flat().map((p) => readFileSync(p.imagePath));
    const input = join(dir, 'ocrmypdf-in.pdf');
    writeFileSync(input, await pagesToPdf(images, 'jpeg'));
    t = Date.now();
    const run = spawnSync('ocrmypdf', ['--output-type', 'pdf', '-l', 'vie+eng', '--jobs', '2', input, join(dir, 'ocrmypdf-out.pdf')], { encoding: 'utf8' });
    const s = (Date.now() - t) / 1000;
    if (run.status !== 0) console.log(`ocrmypdf failed: ${run.stderr.trim().split('\n').pop()}`);
    else {
      const out = statSync(join(dir, 'ocrmypdf-out.pdf')).size;
      console.log(`ocrmypdf (OCR included): ${images.length} pages in ${s.toFixed(1)} s = ${((images.length / s) * 60).toFixed(0)} pages/min, ${(out / images.length / 1_048_576).toFixed(3)} MB/page`);
    }
  }
  await engine.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
