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
});
