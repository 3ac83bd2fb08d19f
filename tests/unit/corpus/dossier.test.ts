import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { generateDossier } from '../../corpus/dossier';
import { generateCorpusRecord, vinCheckDigit, type CorpusRecord } from '../../corpus/records';
import { pagesToPdf } from '../../corpus/generate';
import { writeMultiPageTiff } from '../../corpus/tiff-writer';
import { PAGE_H, PAGE_W } from '../../corpus/svg-kit';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('synthetic dossier corpus', () => {
  it('is deterministic per seed and differs between seeds', async () => {
    const t0 = performance.now();
    const a = await generateDossier(7);
    const ms = performance.now() - t0;
    const b = await generateDossier(7);
    const c = await generateDossier(8);
    console.log(`corpus: ${(ms / a.pages.length).toFixed(0)} ms/page (degraded JPEG, this machine)`);
    expect(a.pages.map(sha)).toEqual(b.pages.map(sha));
    expect(a.truth).toEqual(b.truth);
    expect(a.meta).toEqual(b.meta);
    expect(c.pages.map(sha)).not.toEqual(a.pages.map(sha));
    expect(c.truth).not.toEqual(a.truth);
  });

  it('carries the record as truth and puts every field on the declaration page', async () => {
    const record = generateCorpusRecord(11);
    const d = await generateDossier(11, { degrade: false });
    const { record_id, ...values } = record;
    expect(d.truth).toEqual(values);
    expect(d.meta.record_id).toBe(record_id);
    const onForm = new Set(d.meta.pages[0].boxes.map((b) => b.field));
    for (const field of Object.keys(values)) expect(onForm.has(field as keyof typeof values)).toBe(true);
    expect(onForm.has('engine_rubbing')).toBe(true);
    expect(onForm.has('chassis_rubbing')).toBe(true);
    // The certificate copy repeats the serials: every copy is evidence.
    const onCert = d.meta.pages[1].boxes.map((b) => b.field);
    expect(onCert).toEqual(expect.arrayContaining(['plate', 'chassis', 'engine', 'owner_name']));
  });

  it('uses a caller-supplied record verbatim', async () => {
    const record: CorpusRecord = {
      record_id: 'HS000042', plate: '29-HA 002.33', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567',
      owner_name: 'Nguyễn Thị Hằng', owner_id: '001301012345', address: 'Số 1, phố Huế, phường Ngô Thì Nhậm, Hà Nội',
      brand: 'HONDA', model: 'AIR BLADE', color: 'Đỏ - Đen', registered_on: '2023-09-01',
    };
    const d = await generateDossier(3, { record, degrade: false, stamp: 0 });
    expect(d.meta.record_id).toBe('HS000042');
    expect(d.truth.owner_name).toBe('Nguyễn Thị Hằng');
  });

  it('delivers 300-dpi A4 pages, sideways only when the sheet was fed rotated', async () => {
    for (const seed of [21, 22]) {
      const d = await generateDossier(seed, { encoding: seed % 2 ? 'png' : 'jpeg', degrade: { rotateChance: 0.5 } });
      for (const [i, page] of d.pages.entries()) {
        const m = await sharp(page).metadata();
        const rot = d.meta.pages[i].degradation.rotation;
        const [w, h] = rot === 90 || rot === 270 ? [PAGE_H, PAGE_W] : [PAGE_W, PAGE_H];
        expect([m.width, m.height, m.density]).toEqual([w, h, 300]);
        expect(m.format).toBe(seed % 2 ? 'png' : 'jpeg');
      }
    }
  });

  it('packs pages into a scanner-like PDF and a multi-page TIFF', async () => {
    const d = await generateDossier(5, { degrade: { rotateChance: 1 } });
    const pdf = await PDFDocument.load(await pagesToPdf(d.pages, 'jpeg'));
    expect(pdf.getPageCount()).toBe(2);
    const tiff = await writeMultiPageTiff(d.pages);
    const meta = await sharp(tiff).metadata();
    expect(meta.pages).toBe(2);
    for (let i = 0; i < 2; i++) {
      const page = await sharp(tiff, { page: i }).metadata();
      expect([page.width, page.height]).toEqual([d.meta.pages[i].width, d.meta.pages[i].height]);
    }
  });

  it('makes VINs whose check digit is computed the ISO 3779 way', () => {
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckDigit('11111111111111111')).toBe('1');
  });
});
