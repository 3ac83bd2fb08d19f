import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../../main/engine/extraction/analyze-page';
import { fuseReadings } from '../../../main/engine/extraction/fuse';
import { isSmallType, typeOnPage } from '../../../main/engine/extraction/small-type';
import { inkComponents, inkCut } from '../../../main/engine/ocr/ink-components';
import { createOcrPool, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { greyPixels } from '../../../main/engine/ocr/preprocess';
import { familyByName } from '../../corpus/families/index';
import { useCorpusFonts } from '../../corpus/fonts';
import { svgPage, svgText } from '../../corpus/svg-kit';

/**
 * A 300-dpi page of typed lines in `pt` points, with specks of dust the size of a character scattered over the
 * rest of the sheet: what the page's ink says of its type.
 */
async function typeOf(pt: number): Promise<ReturnType<typeof typeOnPage>> {
  useCorpusFonts();
  const px = (pt * 300) / 72;
  const lines = Array.from({ length: 12 }, (_, i) => svgText(`Số khung ${i}: RLHJF5813H0421122 — Nguyễn Văn Hùng`, 200, 400 + i * px * 2, { family: 'Tinos', size: px }));
  const specks = Array.from({ length: 40 }, (_, i) => `<circle cx="${150 + (i % 8) * 280}" cy="${1900 + Math.floor(i / 8) * 300}" r="7" fill="#222"/>`);
  const grey = await greyPixels(sharp(Buffer.from(svgPage(lines.join('') + specks.join('')))).greyscale());
  return typeOnPage(inkComponents(grey.data, grey.width, grey.height, inkCut(grey.data)), 1);
}

describe('small type, judged from the ink before any OCR', () => {
  it('takes a card\'s 6½-point type for small and an 11-point form for not, and boxes the text, not the dust', async () => {
    const card = (await typeOf(6.5))!;
    const form = (await typeOf(11))!;
    expect(card.small).toBe(true);
    expect(form.small).toBe(false);
    // Twelve lines from y = 400 at twice the type's size apart, from x = 200; the specks lie from y = 1900 down.
    expect(card.region!.x0).toBeGreaterThan(190);
    expect(card.region!.x0).toBeLessThan(210);
    expect(card.region!.y0).toBeGreaterThan(350);
    expect(card.region!.y1).toBeLessThan(400 + 12 * 27 * 2);
  });

  it('leaves type near the line to the words\' own height, which the ink judges more coarsely', () => {
    // Sixty letter-sized pieces, as the ink of a line of type gives them: words about 25 px high by the ink
    // (under 26, small by the words' rule) are not read enlarged at once; about 23 px are.
    const pieces = (h: number) => Array.from({ length: 60 }, (_, i) => ({ x0: i * 20, y0: 100, x1: i * 20 + 10, y1: 100 + h - 1, cx: i * 20 + 5, cy: 100 + h / 2, n: 8 * h }));
    const near = typeOnPage(pieces(21), 1)!;
    expect(isSmallType(near.wordHeight)).toBe(true);
    expect(near.small).toBe(false);
    expect(typeOnPage(pieces(19), 1)!.small).toBe(true);
  });

  it('says nothing of a page with too little ink to judge', async () => {
    const grey = await greyPixels(sharp(Buffer.from(svgPage(svgText('Trang 2', 200, 400, { family: 'Tinos', size: 27 })))).greyscale());
    expect(typeOnPage(inkComponents(grey.data, grey.width, grey.height, inkCut(grey.data)), 1)).toBeNull();
  });
});

describe('a registration card copied small onto a sheet', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1 });
  });
  afterAll(async () => {
    await pool.terminate();
  });

  it('is read once, enlarged, and its serials come out right', async () => {
    const dossier = await familyByName('certificate').generate(25001, 'dev');
    let pagePasses = 0;
    const counting: OcrPool = { ...pool, recognize: (job) => { if (job.params?.tessedit_pageseg_mode === '3') pagePasses++; return pool.recognize(job); } };
    const analysis = await analyzePage(dossier.pages[0]!, counting);
    expect(analysis.kind).toBe('certificate');
    expect(pagePasses).toBe(1);
    const fused = fuseReadings(analysis.readings.map((r) => ({ ...r, page: 0 })));
    expect(fused.chassis?.value).toBe(dossier.truth.chassis);
    expect(fused.engine?.value).toBe(dossier.truth.engine);
    expect(fused.plate?.value).toBe(dossier.truth.plate);
  });
});
