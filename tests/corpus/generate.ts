/**
 * Writes a synthetic scan corpus with ground truth:
 *   node --import tsx tests/corpus/generate.ts --out DIR --count N --seed S [--format pdf|jpeg|png|tiff]
 *        [--clean] [--handwriting P]
 * pdf/tiff: one file per dossier; jpeg/png: one folder of page images per dossier. DIR/truth.json lists each
 * dossier's file, record values and per-page metadata (value boxes, degradations applied).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { generateDossier, type Dossier } from './dossier';
import { writeMultiPageTiff } from './tiff-writer';

type Format = 'pdf' | 'jpeg' | 'png' | 'tiff';

interface Args { out: string; count: number; seed: number; format: Format; clean: boolean; handwriting?: number }

function parseArgs(argv: string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = get('out');
  const format = (get('format') ?? 'pdf') as Format;
  if (!out || !['pdf', 'jpeg', 'png', 'tiff'].includes(format)) {
    throw new Error('usage: generate.ts --out DIR --count N --seed S [--format pdf|jpeg|png|tiff] [--clean] [--handwriting P]');
  }
  const hw = get('handwriting');
  return {
    out, format,
    count: Number(get('count') ?? 10),
    seed: Number(get('seed') ?? 1),
    clean: argv.includes('--clean'),
    handwriting: hw === undefined ? undefined : Number(hw),
  };
}

/** A PDF whose pages are the scans themselves (JPEG embedded as-is), A4 at 300 dpi like a scanner's PDF. */
export async function pagesToPdf(pages: Buffer[], encoding: 'png' | 'jpeg'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (const page of pages) {
    const img = encoding === 'jpeg' ? await pdf.embedJpg(page) : await pdf.embedPng(page);
    const w = (img.width * 72) / 300;
    const h = (img.height * 72) / 300;
    pdf.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  return Buffer.from(await pdf.save());
}

async function writeDossier(dir: string, name: string, d: Dossier, format: Format): Promise<string> {
  if (format === 'pdf') {
    const file = `${name}.pdf`;
    writeFileSync(join(dir, file), await pagesToPdf(d.pages, 'jpeg'));
    return file;
  }
  if (format === 'tiff') {
    const file = `${name}.tif`;
    writeFileSync(join(dir, file), await writeMultiPageTiff(d.pages));
    return file;
  }
  mkdirSync(join(dir, name), { recursive: true });
  const ext = format === 'jpeg' ? 'jpg' : 'png';
  d.pages.forEach((p, i) => writeFileSync(join(dir, name, `page-${i + 1}.${ext}`), p));
  return name;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const dossiers: unknown[] = [];
  const started = Date.now();
  for (let i = 0; i < args.count; i++) {
    const seed = args.seed + i;
    const d = await generateDossier(seed, {
      encoding: args.format === 'png' ? 'png' : 'jpeg',
      degrade: args.clean ? false : undefined,
      handwriting: args.handwriting,
    });
    const file = await writeDossier(args.out, `dossier-${String(i + 1).padStart(4, '0')}`, d, args.format);
    dossiers.push({ file, seed, record_id: d.meta.record_id, truth: d.truth, meta: d.meta });
    process.stderr.write(`\r${i + 1}/${args.count} dossiers`);
  }
  const options = { seed: args.seed, count: args.count, format: args.format, clean: args.clean, handwriting: args.handwriting };
  writeFileSync(join(args.out, 'truth.json'), `${JSON.stringify({ generator: options, dossiers }, null, 1)}\n`);
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(`\n${args.count} dossiers (${args.count * 2} pages) in ${secs.toFixed(1)} s → ${args.out}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
