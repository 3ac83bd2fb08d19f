import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../../main/engine/extraction/analyze-page';
import { fuseReadings } from '../../../main/engine/extraction/fuse';
import { createOcrPool, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import type { FieldReading } from '../../../main/engine/domain/field-reading';
import { generateDossier, type Dossier } from '../../corpus/dossier';
import { useCorpusFonts } from '../../corpus/fonts';
import { svgPage, svgText } from '../../corpus/svg-kit';

const SERIALS = ['plate', 'chassis', 'engine', 'owner_id'] as const;

/** Every serial the page gave is the paper's own value: a field may be missing, never guessed. */
function expectNoGuess(readings: Omit<FieldReading, 'page'>[], truth: Dossier['truth']): void {
  const fused = fuseReadings(readings.map((r) => ({ ...r, page: 0 })));
  for (const f of SERIALS) if (fused[f]) expect(fused[f]!.value).toBe(truth[f]);
}

describe('pages that are not what the reader hopes', () => {
  let pool: OcrPool;
  let dossier: Dossier;
  beforeAll(async () => {
    [pool, dossier] = await Promise.all([
      createOcrPool({ size: 1 }),
      generateDossier(2024, { handwriting: 0, stamp: 0, degrade: { rotateChance: 0, skewMaxDeg: 1, noise: [2, 4], blurChance: 0 } }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await pool.terminate();
  });

  it('reads a form fed upside down the right way up', async () => {
    const turned = await sharp(dossier.pages[0]).rotate(180).jpeg({ quality: 90 }).toBuffer();
    const a = await analyzePage(turned, pool);
    expect(a.rotation).toBe(180);
    expect(fuseReadings(a.readings.map((r) => ({ ...r, page: 0 }))).plate?.value).toBe(dossier.truth.plate);
  }, 120_000);

  it('reads a 150-dpi fax-quality bi-level copy or leaves a field empty, never guessing', async () => {
    const fax = await sharp(dossier.pages[0]).resize({ width: 1240 }).greyscale().threshold(150).withMetadata({ density: 150 }).png().toBuffer();
    const a = await analyzePage(fax, pool, { dpi: 150 });
    expect(a.kind).toBe('declaration');
    expectNoGuess(a.readings, dossier.truth);
  }, 120_000);

  it('finds no fields on a page that is no form (an invoice with numbers of every shape)', async () => {
    useCorpusFonts();
    const lines = ['HÓA ĐƠN GIÁ TRỊ GIA TĂNG', 'Mã số thuế: 0101234567', 'Số tài khoản: 1234 5678 9012', 'Ngày 12 tháng 03 năm 2021',
      'Tổng cộng: 35.500.000 đồng', 'Mã tra cứu: RLHJF6320BY1234', 'Số hóa đơn: 0001234'];
    const body = lines.map((t, i) => svgText(t, 200, 400 + i * 120, { family: 'Tinos', size: 48 })).join('');
    const page = await sharp(Buffer.from(svgPage(body, 2480, 3508, '#ffffff'))).jpeg({ quality: 90 }).toBuffer();
    const a = await analyzePage(page, pool);
    expect(a.kind).toBe('other');
    expect(a.readings.filter((r) => r.method !== 'invalid')).toEqual([]);
  }, 120_000);
});
