import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preprocessForOcr, toPgm } from '../../../main/engine/ocr/preprocess';
import { linesFromTsv } from '../../../main/engine/ocr/ocr-lines';

async function page(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c8c8c8' } }).jpeg().withMetadata({ density: 300 }).toBuffer();
}

describe('preprocessing for OCR', () => {
  it('hands tesseract a one-channel PGM, downscaled to the target resolution', async () => {
    const out = await preprocessForOcr(await page(2480, 3508), { targetDpi: 200 });
    expect(out.image.subarray(0, 2).toString()).toBe('P5');
    expect(out.width).toBe(1653);
    expect(Math.abs(out.height - 2339)).toBeLessThanOrEqual(1);
    expect(out.scale).toBeCloseTo(200 / 300, 5);
    const header = `P5\n${out.width} ${out.height}\n255\n`;
    expect(out.image.length).toBe(header.length + out.width * out.height);
  });

  it('turns a sideways sheet upright and crops a region after rotating', async () => {
    const sideways = await preprocessForOcr(await page(600, 400), { rotate: 90 });
    expect([sideways.width, sideways.height]).toEqual([400, 600]);
    const crop = await preprocessForOcr(await page(600, 400), { rotate: 90, region: { left: 10, top: 20, width: 100, height: 50 } });
    expect([crop.width, crop.height]).toEqual([100, 50]);
  });

  it('writes a valid PGM header', () => {
    expect(toPgm(Buffer.alloc(6), 3, 2).toString('latin1', 0, 11)).toBe('P5\n3 2\n255\n');
  });

  it('groups TSV words into lines with boxes', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '5\t1\t1\t1\t1\t1\t10\t20\t50\t30\t91.5\tBiển',
      '5\t1\t1\t1\t1\t2\t70\t22\t40\t28\t88\tsố:',
      '5\t1\t1\t1\t2\t1\t10\t80\t200\t30\t77\t29A-123.45',
    ].join('\n');
    const lines = linesFromTsv(tsv);
    expect(lines.map((l) => l.text)).toEqual(['Biển số:', '29A-123.45']);
    expect(lines[0].box).toEqual({ x0: 10, y0: 20, x1: 110, y1: 50 });
    expect(lines[0].words[0].confidence).toBe(91.5);
  });
});
