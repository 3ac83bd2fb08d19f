/**
 * Seeded fuzzing of every importer: mutated record files (CSV, JSON, XLSX) and scans (JPEG, PNG, TIFF, PDF).
 * Each mutant must end in a result or one clear sentence naming the file — never a crash, a stack trace, a
 * hang, or rows written from a file that was rejected as a whole. `SOHOA_FUZZ_CASES` raises the count per format.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { readPages } from '../../main/engine/intake/pages';
import { generateCorpusRecord } from '../corpus/records';
import { recordsCsv } from '../corpus/discrepancies';
import { pagesToPdf } from '../corpus/generate';
import { writeMultiPageTiff } from '../corpus/tiff-writer';
import { mutant, within } from './mutate';

const CASES = Number(process.env.SOHOA_FUZZ_CASES ?? 300);
const SEED = 20_261_122;
let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-fuzz-'));
  engine = await createEngine({ dbPath: join(dir, 'station.db') });
});
afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

const records = Array.from({ length: 40 }, (_, i) => generateCorpusRecord(300 + i));

async function xlsxBytes(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hồ sơ');
  const columns = Object.keys(records[0]!) as (keyof (typeof records)[0])[];
  sheet.addRow(columns);
  for (const r of records) sheet.addRow(columns.map((c) => r[c]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('mutated record files', () => {
  const formats: [string, () => Promise<Buffer>][] = [
    ['csv', async () => Buffer.from(recordsCsv(records), 'utf8')],
    ['json', async () => Buffer.from(JSON.stringify(records), 'utf8')],
    ['xlsx', xlsxBytes],
  ];
  for (const [ext, make] of formats) {
    it(`${ext}: every mutant is imported or refused with a sentence naming the file, and a refused file writes nothing`, async () => {
      const base = await make();
      for (let n = 0; n < CASES; n++) {
        const { kind, data } = mutant(base, SEED, n);
        const file = join(dir, `fuzz-${n}-${kind}.${ext}`);
        writeFileSync(file, data);
        const before = engine.records.stats().total;
        const report = await within(20_000, `${basename(file)}`, engine.records.import({ files: [file] }));
        for (const e of report.errors) {
          expect(e.message, `${kind} #${n}`).not.toMatch(/Unexpected error|\n\s+at /);
          if (e.row === null) expect(e.message, `${kind} #${n}`).toContain(basename(file));
        }
        if (report.errors.some((e) => e.row === null) && report.imported + report.updated + report.unchanged === 0) {
          expect(engine.records.stats().total, `${kind} #${n} wrote rows from a refused file`).toBe(before);
        }
        rmSync(file);
      }
    }, 600_000);
  }
});

describe('mutated scans', () => {
  const page = (): Promise<Buffer> =>
    sharp({ create: { width: 600, height: 800, channels: 3, background: '#f4f1ea' } })
      .composite([{ input: Buffer.from('<svg width="600" height="800"><text x="40" y="100" font-size="32">GIẤY KHAI ĐĂNG KÝ XE 29A-123.45</text></svg>') }])
      .jpeg({ quality: 80 })
      .toBuffer();
  const formats: [string, () => Promise<Buffer>][] = [
    ['jpg', page],
    ['png', async () => sharp(await page()).png().toBuffer()],
    ['tif', async () => writeMultiPageTiff([await page(), await page()])],
    ['pdf', async () => pagesToPdf([await page(), await page()], 'jpeg')],
  ];
  for (const [ext, make] of formats) {
    it(`${ext}: every mutant gives pages or one sentence naming the file, never a crash or a hang`, async () => {
      const base = await make();
      for (let n = 0; n < CASES; n++) {
        const { kind, data } = mutant(base, SEED, n);
        const file = join(dir, `scan-${n}-${kind}.${ext}`);
        writeFileSync(file, data);
        const results = await within(20_000, basename(file), (async () => {
          const out = [];
          for await (const item of readPages(file)) out.push(item);
          return out;
        })());
        expect(results.length, `${kind} #${n}`).toBeGreaterThan(0);
        for (const r of results) {
          if ('message' in r) {
            expect(r.message, `${kind} #${n}`).toContain(basename(file));
            expect(r.message, `${kind} #${n}`).not.toMatch(/\n\s+at /);
          } else expect(r.width * r.height, `${kind} #${n}`).toBeGreaterThan(0);
        }
        rmSync(file);
      }
    }, 600_000);
  }
});
