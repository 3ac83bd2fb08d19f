import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { darkInkCutoff, inkBands, readIdDarkInk } from '../../../main/engine/extraction/region-read';
import { createOcrPool, type OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';

describe('dark-ink helpers', () => {
  it('puts the cutoff between black type and a lighter grey seal', () => {
    const data = new Uint8Array(1000).fill(240);
    data.fill(10, 0, 40); // black type
    data.fill(130, 40, 140); // grey seal strokes
    const cut = darkInkCutoff(data);
    expect(cut).toBeGreaterThan(10);
    expect(cut).toBeLessThan(130);
  });
  it('finds the rows that hold ink', () => {
    const w = 100;
    const data = new Uint8Array(w * 60).fill(255);
    data.fill(0, 10 * w, 20 * w);
    data.fill(0, 40 * w, 42 * w);
    expect(inkBands(data, w, 60, 8)).toEqual([[10, 20]]);
  });
});

describe('readIdDarkInk', () => {
  let pool: OcrPool;
  beforeAll(async () => { pool = await createOcrPool({ size: 1 }); });
  afterAll(async () => { await pool.terminate(); });

  it('reads a 12-digit ID under a grey ring seal on a greyscale crop', async () => {
    const width = 900;
    const height = 200;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <rect width="100%" height="100%" fill="rgb(238,238,238)"/>
      <circle cx="300" cy="100" r="90" fill="none" stroke="rgb(135,135,135)" stroke-width="9"/>
      <circle cx="300" cy="100" r="70" fill="none" stroke="rgb(135,135,135)" stroke-width="4"/>
      <text x="230" y="70" font-family="DejaVu Sans" font-size="22" fill="rgb(135,135,135)">CONG AN 7</text>
      <!-- ink over a seal stays dark on paper (the two multiply): the digits are drawn last -->
      <text x="60" y="125" font-family="DejaVu Serif" font-weight="bold" font-size="52" fill="rgb(15,15,15)">001079104661</text>
    </svg>`;
    const { data } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const grey = { data, width, height };
    const chars = await readIdDarkInk(pool, grey, { x0: 40, y0: 40, x1: 860, y1: 160 }, 300);
    expect(chars.map((c) => c.c).join('')).toBe('001079104661');
  }, 30_000);
});
