import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findCards } from '../../../main/engine/extraction/licence/card-finder';
import { cardFrameOf } from '../../../main/engine/extraction/licence/card-frame';
import { licenceCardPages } from '../../../main/engine/extraction/licence/card-pages';
import type { PageError, PageImage } from '../../../main/engine/scan/scan.types';

/** A scanned page (white, `w` × `h`) with a printed card at (x, y), 540 × 340 px, or none. */
async function page(w: number, h: number, card: { x: number; y: number } | null): Promise<PageImage> {
  const lines = Array.from({ length: 7 }, (_, i) => `<rect x="30" y="${40 + i * 40}" width="${300 + (i % 3) * 60}" height="14" fill="#222"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#f8f8f8"/>${
    card ? `<g transform="translate(${card.x},${card.y})"><rect width="540" height="340" rx="18" fill="#f0d8dc" stroke="#555" stroke-width="3"/>${lines}</g>` : ''}</svg>`;
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
  return { file: '/scans/licence.jpg', indexInFile: 0, data, format: 'jpeg', width: w, height: h, sha256: 'x' };
}

async function cut(p: PageImage): Promise<(PageImage | PageError)[]> {
  const out: (PageImage | PageError)[] = [];
  async function* one(): AsyncGenerator<PageImage> {
    yield p;
  }
  for await (const x of licenceCardPages(one())) out.push(x);
  return out;
}

describe('a card cut out at intake', () => {
  it('says where the card lies on its own page, so reading it need not search for the card again', async () => {
    const [card, ...rest] = await cut(await page(1240, 1754, { x: 300, y: 420 }));
    expect(rest).toEqual([]);
    const cutOut = card as PageImage;
    const frame = await cardFrameOf(cutOut.data);
    expect(frame).not.toBeNull();
    // The frame is where the card finder finds the card on the cut-out page itself (within a few pixels).
    const [found] = await findCards(cutOut.data);
    for (const [i, corner] of frame!.corners.entries()) {
      expect(Math.abs(corner.x - found!.corners[i]!.x)).toBeLessThan(12);
      expect(Math.abs(corner.y - found!.corners[i]!.y)).toBeLessThan(12);
    }
    // The card as printed: 540 × 340 px (the finder works on a reduced page: a few pixels either way).
    expect(Math.abs(frame!.width - 540)).toBeLessThan(24);
    expect(Math.abs(frame!.height - 340)).toBeLessThan(24);
  });

  it('leaves a page without a card unmarked, so it is searched (and found empty) when read', async () => {
    const whole = await page(1240, 1754, null);
    const [said, kept] = await cut(whole);
    expect('message' in said! && said.message).toContain('licence.jpg page 1: no driving-licence card was found');
    expect(await cardFrameOf((kept as PageImage).data)).toBeNull();
    expect(await cardFrameOf(whole.data)).toBeNull();
  });
});
