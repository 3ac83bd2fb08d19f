import { describe, expect, it } from 'vitest';
import { isBlankPage } from '../../../main/engine/intake/blank';
import { isSeparatorSheet, renderSeparatorSheet } from '../../../main/engine/intake/separator';
import { blankScan, degrade, textPage } from './fixtures';

describe('separator sheets', () => {
  it('renders an A4 sheet at 150 dpi and reads it back', async () => {
    const sheet = await renderSeparatorSheet('Lô 12 — hồ sơ tiếp theo');
    const sharp = (await import('sharp')).default;
    const meta = await sharp(sheet).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1240, 1754]);
    expect(await isSeparatorSheet(sheet)).toBe(true);
  });

  it('recognises a printed sheet scanned upside down, crooked, blurred, noisy and JPEG-compressed', async () => {
    const sheet = await renderSeparatorSheet('Lô 3');
    const cases = [
      { dpi: 300, rotate: 180, skewDeg: 3, blur: 1.5, noise: 25, quality: 60 },
      { dpi: 200, rotate: 0, skewDeg: -3, blur: 1, noise: 20, quality: 60 },
      { dpi: 250, rotate: 180, skewDeg: -2, blur: 0.8, noise: 30, quality: 60 },
    ];
    for (const c of cases) expect(await isSeparatorSheet(await degrade(sheet, c)), JSON.stringify(c)).toBe(true);
  });

  it('does not take an ordinary text page or a blank page for a separator', async () => {
    const page = await textPage(150);
    expect(await isSeparatorSheet(page)).toBe(false);
    expect(await isSeparatorSheet(await degrade(page, { dpi: 300, rotate: 180, skewDeg: 2, blur: 1, noise: 20, quality: 60 }))).toBe(false);
    expect(await isSeparatorSheet(await blankScan())).toBe(false);
  });
});

describe('blank pages', () => {
  it('tells an empty sheet with speckle and an edge shadow from a written one', async () => {
    expect(await isBlankPage(await blankScan(200))).toBe(true);
    expect(await isBlankPage(await blankScan(300))).toBe(true);
    expect(await isBlankPage(await textPage(200))).toBe(false);
    // A page with a single short line is written on, not blank.
    expect(await isBlankPage(await degrade(await textPage(150, 1), { dpi: 300, rotate: 0, skewDeg: 1, blur: 0.8, noise: 15, quality: 60 }))).toBe(false);
  });
});
