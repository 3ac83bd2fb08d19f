import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, defaultPoolSize, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { linesFromBlocks } from '../../../main/engine/ocr/ocr-lines';
import { greyPixels, toPgm } from '../../../main/engine/ocr/preprocess';
import { useCorpusFonts } from '../../corpus/fonts';
import { measureText, svgPage, svgText } from '../../corpus/svg-kit';

const LABEL = 'Số khung (Chassis N°): ';

/** An image (optionally a region of it) as the one-channel PGM the pool is fed. */
async function pgm(image: Buffer, region?: { left: number; top: number; width: number; height: number }): Promise<{ image: Buffer }> {
  let img = sharp(image).greyscale();
  if (region) img = img.extract(region);
  const grey = await greyPixels(img);
  return { image: toPgm(grey.data, grey.width, grey.height) };
}

/** A 300-dpi strip with a typed label and value, as on the declaration form. */
async function formLine(value: string): Promise<Buffer> {
  useCorpusFonts();
  const body = svgText(`${LABEL}${value}`, 40, 90, { family: 'Tinos', size: 50 });
  return sharp(Buffer.from(svgPage(body, 1500, 140))).jpeg({ quality: 85 }).withMetadata({ density: 300 }).toBuffer();
}

describe('OCR worker pool (tesseract.js, traineddata from disk)', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1, recycleAfter: 2 });
  });
  afterAll(async () => {
    await pool.terminate();
  });

  it('reads a Vietnamese form line with word boxes and per-character confidences', async () => {
    const prepared = await pgm(await formLine('RLHJF6320BY123456'));
    const page = await pool.recognize({ image: prepared.image, blocks: true, params: { tessedit_pageseg_mode: '7', user_defined_dpi: '300' } });
    expect(page.text).toContain('Số khung');
    expect(page.text.replace(/\s/g, '')).toContain('RLHJF6320BY123456');
    const words = linesFromBlocks(page).flatMap((l) => l.words);
    // The VIN may come back as one word or split in two; its characters each carry a box and a confidence.
    const vinWords = words.filter((w) => w.text.length > 2 && 'RLHJF6320BY123456'.includes(w.text));
    const symbols = vinWords.flatMap((w) => w.symbols ?? []);
    expect(symbols.map((s) => s.text).join('')).toBe('RLHJF6320BY123456');
    for (const w of vinWords) expect(w.box.x1).toBeGreaterThan(w.box.x0);
    for (const s of symbols) expect(s.confidence).toBeGreaterThan(0);
  });

  it('applies a character whitelist for one job only and keeps working after recycling a worker', async () => {
    const prepared = await pgm(await formLine('JF63E-1234567'));
    const left = 40 + Math.round(await measureText(LABEL, { family: 'Tinos', size: 50 })) - 2;
    const crop = await pgm(await formLine('JF63E-1234567'), { left, top: 20, width: 560, height: 100 });
    const serial = await pool.recognize({ image: crop.image, params: { tessedit_pageseg_mode: '7', user_defined_dpi: '300', tessedit_char_whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-' } });
    expect(serial.text.trim()).toBe('JF63E-1234567');
    // Third job on a pool recycled every 2 jobs: a fresh worker, default parameters again (no whitelist).
    const again = await pool.recognize({ image: prepared.image, params: { tessedit_pageseg_mode: '7', user_defined_dpi: '300' } });
    expect(again.text).toContain('khung');
    expect(pool.size()).toBe(1);
  });

  it('reads a job in the languages it asks for, with a worker of its own beside the pool\'s', async () => {
    // A pool reading English alone cannot give a Vietnamese mark; a job asking for Vietnamese gets them.
    const english = await createOcrPool({ size: 1, langs: ['eng'] });
    try {
      useCorpusFonts();
      const body = svgText('ĐƯỜNG HỒ TÙNG MẬU', 40, 90, { family: 'Tinos', size: 56 });
      const line = await pgm(await sharp(Buffer.from(svgPage(body, 1100, 140))).png().toBuffer());
      const job = { image: line.image, params: { tessedit_pageseg_mode: '7', user_defined_dpi: '300' } };
      expect((await english.recognize(job)).text).not.toMatch(/[ĐƯỜỒÙẬ]/);
      expect((await english.recognize({ ...job, langs: ['vie'] })).text.trim()).toBe('ĐƯỜNG HỒ TÙNG MẬU');
      expect(english.size()).toBe(1);
    } finally {
      await english.terminate();
    }
  });

  it('never writes traineddata into the working directory', () => {
    expect(existsSync(join(process.cwd(), 'vie.traineddata'))).toBe(false);
    expect(existsSync(join(process.cwd(), 'eng.traineddata'))).toBe(false);
  });
});

describe('how many OCR workers a station starts', () => {
  it('reads on every core from the command line, and leaves one core to the desktop app\'s UI, never none', () => {
    const cores = availableParallelism();
    expect(defaultPoolSize('every')).toBe(cores);
    expect(defaultPoolSize()).toBe(Math.max(1, cores - 1));
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
  });
});
