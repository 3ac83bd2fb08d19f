import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateSkew } from '../../../main/engine/ocr/deskew';
import { generateDossier } from '../../corpus/dossier';

describe('skew and sideways detection', () => {
  let form: Buffer;
  beforeAll(async () => {
    form = (await generateDossier(31, { degrade: false, stamp: 0 })).pages[0];
  });

  it('finds the angle that levels a crooked page', async () => {
    for (const applied of [2.2, -1.3]) {
      const crooked = await sharp(form).rotate(applied, { background: '#ffffff' }).jpeg().toBuffer();
      const { correctionDeg, sideways } = await estimateSkew(crooked);
      expect(sideways).toBe(false);
      expect(Math.abs(correctionDeg + applied)).toBeLessThan(0.15);
    }
  });

  it('tells a sideways sheet from an upright one', async () => {
    expect((await estimateSkew(form)).sideways).toBe(false);
    const sideways = await sharp(form).rotate(90).jpeg().toBuffer();
    expect((await estimateSkew(sideways)).sideways).toBe(true);
  });

  it('levels a card whose bold values sit higher than their labels by the lines, not by label and value together', async () => {
    // A certificate card at 300 dpi: ten rows, a label on the left, its value on the right 28 px higher.
    const width = 1800;
    const height = 1400;
    const px = Buffer.alloc(width * height, 245);
    const block = (x0: number, y0: number, w: number, h: number): void => {
      for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x += 1) if ((x >> 3) % 3 !== 2) px[y * width + x] = 25;
    };
    for (let row = 0; row < 10; row++) {
      const y = 200 + row * 100;
      block(150, y, 380, 26);
      block(760, y - 28, 820, 40);
    }
    for (const applied of [0, 1.5]) {
      const card = await sharp(px, { raw: { width, height, channels: 1 } }).rotate(applied, { background: '#f5f5f5' }).jpeg().toBuffer();
      expect(Math.abs((await estimateSkew(card)).correctionDeg + applied)).toBeLessThan(0.3);
    }
  });
});
