import { describe, expect, it } from 'vitest';
import { cardImage } from '../../../main/engine/extraction/licence/card-image';
import type { GreyImage } from '../../../main/engine/ocr/deskew';

/** A 600×420 page of `ground` grey, with a card of paper 230 from (100, 80) to (500, 330) and strokes painted on. */
function page(ground: number, strokes: { x0: number; y0: number; x1: number; y1: number; v: number }[]): GreyImage {
  const w = 600;
  const h = 420;
  const data = Buffer.alloc(w * h, ground);
  for (let y = 80; y < 330; y++) data.fill(230, y * w + 100, y * w + 500);
  for (const s of strokes) for (let y = s.y0; y < s.y1; y++) data.fill(s.v, y * w + s.x0, y * w + s.x1);
  return { data, width: w, height: h };
}
const quad = { corners: [{ x: 100, y: 80 }, { x: 500, y: 80 }, { x: 500, y: 330 }, { x: 100, y: 330 }], width: 400, height: 250 };

/** The read card's pixel at page point (x, y) of `quad` (the card is read with a border of 6% of its size). */
function at(card: GreyImage, q: typeof quad, x: number, y: number): number {
  const [tl] = q.corners as [{ x: number; y: number }];
  const u = (x - tl.x) / q.width;
  const v = (y - tl.y) / q.height;
  return card.data[Math.round(((v + 0.06) / 1.12) * card.height) * card.width + Math.round(((u + 0.06) / 1.12) * card.width)]!;
}

describe('a card read off its page', () => {
  it('reads a card photographed on a dark table with the table made white, its light grey labels kept grey', () => {
    // A label in light grey (150 on paper 230) near the card's left edge, a value in black beside it.
    const photo = page(40, [{ x0: 110, y0: 150, x1: 180, y1: 156, v: 150 }, { x0: 190, y0: 150, x1: 260, y1: 156, v: 20 }]);
    const { grey } = cardImage(photo, quad);
    // The table all round is white: OCR's one threshold for the card is no longer set between table and paper.
    expect(grey.data[0]).toBe(255);
    expect(grey.data[grey.width * Math.round(grey.height / 2) + 3]).toBe(255);
    expect(grey.data[grey.data.length - 1]).toBe(255);
    // The print is as it was: the label lighter than the value, darker than the paper.
    expect(at(grey, quad, 140, 153)).toBeLessThan(at(grey, quad, 140, 200) - 50);
    expect(at(grey, quad, 220, 153)).toBeLessThan(60);
  });

  it('keeps the print beyond a frame found a little inside the card (a scan on a white bed)', () => {
    // The card's number printed left of the frame found (the frame 20 px inside the card's left edge).
    const scan = page(250, [{ x0: 104, y0: 300, x1: 116, y1: 310, v: 20 }]);
    const inside = { ...quad, corners: [{ x: 120, y: 80 }, { x: 500, y: 80 }, { x: 500, y: 330 }, { x: 120, y: 330 }], width: 380 };
    expect(at(cardImage(scan, inside).grey, inside, 110, 305)).toBeLessThan(60);
  });
});
