import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSearchablePdf } from '../../../main/engine/export/searchable-pdf';
import { imageMatrix, placePage, uprightBox, type QuarterTurn } from '../../../main/engine/export/pdf-page-placement';
import { unturnBox } from '../../../main/engine/scan/user-rotation';
import type { OcrWordBox } from '../../../main/engine/domain/field-reading';
import { hasPdftotext, pdfText } from './pdftotext';

const LINES = ['GIẤY KHAI ĐĂNG KÝ XE', 'Họ tên chủ xe: Nguyễn Thị Hương', 'Địa chỉ: Phường Đống Đa, Hà Nội', 'Số khung: RLHJF6320BY123456 Số máy: JF63E-1234567'];

/** Words laid out on an upright A4 page at 300 dpi, then stated in the pixels of the page as scanned (turned). */
function wordsOnScan(turn: QuarterTurn, W: number, H: number): OcrWordBox[] {
  const uprightW = turn % 180 === 0 ? W : H;
  const uprightH = turn % 180 === 0 ? H : W;
  const words: OcrWordBox[] = [];
  LINES.forEach((line, row) => {
    let x = 200;
    for (const [i, text] of line.split(' ').entries()) {
      const w = 34 * text.length;
      const h = 48 + (i % 2) * 10; // ragged heights, as OCR boxes are
      const upright = { x, y: 300 + row * 90 + (i % 2) * 3, w, h };
      // unturnBox maps a box on the page turned clockwise by `turn` back to the page before turning.
      words.push({ text, confidence: 0.9, box: unturnBox(upright, turn, W, H) });
      x += w + 25;
      expect(x).toBeLessThan(uprightW);
      expect(upright.y).toBeLessThan(uprightH);
    }
  });
  return words;
}

describe('page geometry', () => {
  it('turns a scanned box upright the same way the analysis turned the page', () => {
    const box = { x: 100, y: 40, w: 300, h: 50 };
    for (const turn of [0, 90, 180, 270] as const) expect(uprightBox(unturnBox(box, turn, 2000, 3000), turn, 2000, 3000)).toEqual(box);
  });

  it('places the scan so that its top-left corner lands where the turn puts it', () => {
    const p = placePage(2000, 3000, 90, 300);
    const [a, b, c, d, e, f] = imageMatrix(p);
    // Image space (0,1) is the scan's top-left; turned 90° clockwise it is the page's top-right.
    expect([a * 0 + c * 1 + e, b * 0 + d * 1 + f]).toEqual([p.width, p.height]);
    // Unknown resolution: fitted to A4.
    const fitted = placePage(2480, 3508, 0, null);
    expect(fitted.height).toBeCloseTo(841.89, 1);
    expect(fitted.width).toBeLessThanOrEqual(595.28);
  });
});

describe.skipIf(!hasPdftotext())('searchable PDF', () => {
  it('embeds the JPEG byte for byte and gives back every word in reading order with its diacritics, whatever the turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-pdf-'));
    const W = 2480;
    const H = 3508;
    const jpeg = await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } }).jpeg({ quality: 80 }).toBuffer();
    for (const turn of [0, 90, 180, 270] as const) {
      const [w, h] = turn % 180 === 0 ? [W, H] : [H, W];
      const scan = turn % 180 === 0 ? jpeg : await sharp({ create: { width: w, height: h, channels: 3, background: '#ffffff' } }).jpeg({ quality: 80 }).toBuffer();
      const pdf = await buildSearchablePdf([{ format: 'jpeg', data: scan, width: w, height: h, dpi: 300, turn, words: wordsOnScan(turn, w, h) }], {
        dossierId: 'DS000001', recordId: 'HS100017', plate: '29A-123.45', station: 'Công an phường Đống Đa', exportedAt: new Date('2025-01-02T03:04:05Z'),
      });
      expect(Buffer.from(pdf).indexOf(scan)).toBeGreaterThan(0);
      const file = join(dir, `turn-${turn}.pdf`);
      writeFileSync(file, pdf);
      const lines = pdfText(file).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines, `turn ${turn}`).toEqual(LINES);
    }
  });
});
