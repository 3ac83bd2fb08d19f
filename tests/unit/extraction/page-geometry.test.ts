import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../main/engine/extraction/analyze-page';
import { decodeGrey, isBlankPage, rotateGrey, toScanBox } from '../../../main/engine/extraction/page-geometry';
import type { OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';

/** A pool that fails the test if anything is sent to OCR. */
const noOcr: OcrPool = {
  recognize: () => Promise.reject(new Error('a blank page must not be OCRed')),
  size: () => 0,
  terminate: () => Promise.resolve(),
};

/** An A4-ish 100-dpi grey page: lamp falloff and noise, optionally a few lines of "text". */
async function page(withText: boolean): Promise<Buffer> {
  const w = 827;
  const h = 1169;
  const px = Buffer.alloc(w * h);
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px[y * w + x] = Math.round(235 - (x / w) * 30 + (rand() - 0.5) * 16);
  if (withText) {
    for (let line = 0; line < 5; line++) {
      for (let x = 100; x < 700; x++) if (x % 14 < 9) for (let y = 200 + line * 40; y < 212 + line * 40; y++) px[y * w + x] = 30;
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 1 } }).jpeg({ quality: 80 }).toBuffer();
}

describe('page geometry', () => {
  it('marks a blank sheet blank without any OCR, despite noise and uneven light', async () => {
    const analysis = await analyzePage(await page(false), noOcr, { dpi: 100 });
    expect(analysis).toMatchObject({ blank: true, kind: 'blank', words: [], readings: [] });
  });

  it('does not call a page with a few lines of text blank', async () => {
    expect(await isBlankPage(await decodeGrey(await page(true)), 100)).toBe(false);
  });

  it('maps a box on the turned and levelled page back onto the scan', async () => {
    const w = 400;
    const h = 300;
    const px = Buffer.alloc(w * h, 255);
    for (let y = 50; y < 60; y++) for (let x = 100; x < 110; x++) px[y * w + x] = 0;
    for (const angle of [0, 2.5, 93, 180, 268]) {
      const turned = await rotateGrey({ data: px, width: w, height: h }, angle);
      let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < turned.height; y++) {
        for (let x = 0; x < turned.width; x++) {
          if (turned.data[y * turned.width + x] < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
        }
      }
      const box = toScanBox({ angleDeg: angle, src: { width: w, height: h }, dst: { width: turned.width, height: turned.height } }, { x0, y0, x1, y1 });
      expect(Math.abs(box.x + box.w / 2 - 105)).toBeLessThan(2.5);
      expect(Math.abs(box.y + box.h / 2 - 55)).toBeLessThan(2.5);
    }
  });
});
