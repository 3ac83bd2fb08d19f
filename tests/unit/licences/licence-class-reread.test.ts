import { describe, expect, it } from 'vitest';
import { rereadClass } from '../../../main/engine/extraction/licence/licence-no-read';
import type { GreyImage } from '../../../main/engine/ocr/deskew';
import type { OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';

/** Tesseract reading every crop of the class's place as `text` (one word, its letters as symbols). */
function reading(text: string): OcrPool {
  const bbox = { x0: 10, y0: 10, x1: 60, y1: 40 };
  const words = text ? [{ text, confidence: 90, bbox, symbols: [...text].map((c) => ({ text: c, confidence: 90, bbox })) }] : [];
  return { recognize: async () => ({ blocks: [{ paragraphs: [{ lines: [{ bbox, words }] }] }] }) as never, size: () => 1, terminate: async () => undefined };
}
const card: GreyImage = { data: Buffer.alloc(300 * 80, 255), width: 300, height: 80 };
const place = { x0: 100, y0: 20, x1: 160, y1: 60 };

describe('a licence class read again with only a class\'s characters', () => {
  it('takes the class both re-reads give over the card pass\'s misread (FE for FC)', async () => {
    expect(await rereadClass(reading('FC'), card, place, 'FE', 350)).toBe('FC');
  });

  it('keeps the card pass\'s class when the re-reads give no class or disagree among themselves', async () => {
    expect(await rereadClass(reading(''), card, place, 'FE', 350)).toBe('FE');
    expect(await rereadClass(reading('HCB2'), card, place, 'B2', 350)).toBe('B2');
  });

  it('keeps the card pass\'s class when the re-reads only cut it short (A for A2: a trailing digit lost by the crop)', async () => {
    expect(await rereadClass(reading('A'), card, place, 'A2', 350)).toBe('A2');
    expect(await rereadClass(reading('D'), card, place, 'D1E', 350)).toBe('D1E');
    // A re-read of another class still outvotes: B for A2 is no shortening.
    expect(await rereadClass(reading('B'), card, place, 'A2', 350)).toBe('B');
  });
});
