import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findCards } from '../../../main/engine/extraction/licence/card-finder';

const W = 2000;
const H = 1500;
/** Print on a card: lines of text-like bars, a photo block. */
const print = (w: number, h: number): string =>
  `<rect x="${w * 0.05}" y="${h * 0.3}" width="${w * 0.22}" height="${h * 0.45}" fill="#8a93a0"/>${Array.from({ length: 7 }, (_, i) =>
    `<rect x="${w * 0.32}" y="${h * (0.12 + i * 0.11)}" width="${w * (0.35 + (i % 3) * 0.1)}" height="${h * 0.035}" fill="#333"/>`).join('')}`;

async function image(svg: string, w = W, h = H): Promise<Buffer> {
  return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${svg}</svg>`)).jpeg({ quality: 92 }).toBuffer();
}

describe('finding cards on a photo or a scan', () => {
  it('keeps apart two cards on a dark table with the lamp\'s glare between them', async () => {
    const card = (x: number, fill: string): string => `<g transform="translate(${x},520)"><rect width="1200" height="800" rx="10" fill="${fill}"/>${print(1200, 800)}</g>`;
    const svg = `<defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0.65"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>
      <rect width="100%" height="100%" fill="#1e1e22"/>${card(200, '#e8b9bf')}${card(1800, '#eef0ea')}<ellipse cx="1600" cy="920" rx="520" ry="330" fill="url(#g)"/>`;
    const cards = await findCards(await image(svg, 3200, 2400));
    expect(cards).toHaveLength(2);
    expect(cards.map((c) => Math.round(c.width / 100))).toEqual([12, 12]);
  });

  it('keeps apart a licence\'s front and back laid close together on the scanner', async () => {
    // A4 at 300 dpi; the paper card's two sides 50 px apart (the finder closes print over wider gaps than that).
    const card = (y: number): string => `<g transform="translate(400,${y})"><rect width="1400" height="1000" fill="#f3d6da" stroke="#c9a7ab" stroke-width="3"/>${print(1400, 1000)}</g>`;
    const cards = await findCards(await image(`<rect width="100%" height="100%" fill="#f8f8f8"/>${card(500)}${card(1550)}`, 2480, 3508));
    expect(cards).toHaveLength(2);
    expect(cards.map((c) => [Math.round(c.width / 100), Math.round(c.height / 100)])).toEqual([[14, 10], [14, 10]]);
  });
});
