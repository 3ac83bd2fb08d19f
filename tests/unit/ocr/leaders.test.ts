import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { removeLeaderDots } from '../../../main/engine/ocr/leaders';
import { measureText, svgLeader, svgPage, svgText } from '../../corpus/svg-kit';
import { useCorpusFonts } from '../../corpus/fonts';

function ink(grey: Uint8Array, w: number, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += grey[y * w + x] < 128 ? 1 : 0;
  return n;
}

describe('dotted leader removal', () => {
  it('erases a leader and keeps the value typed over it, dots and diacritics included', async () => {
    useCorpusFonts();
    const body = svgText('Biển số: 29A-123.45 Thị', 20, 80, { family: 'Cousine', size: 50, bold: true }) + svgLeader(20, 1180, 100);
    const { data, info } = await sharp(Buffer.from(svgPage(body, 1200, 130, '#ffffff'))).greyscale()
      .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const before = ink(data, info.width, 0, 0, info.width, 90);
    const erased = removeLeaderDots(data, info.width, info.height);
    expect(erased).toBeGreaterThan(80);
    // Nothing left on the leader's line, the text band above it untouched.
    expect(ink(data, info.width, 0, 95, info.width, 106)).toBe(0);
    expect(ink(data, info.width, 0, 0, info.width, 90)).toBe(before);
  });

  it('keeps a dot below that sits right on the leader row', async () => {
    useCorpusFonts();
    const style = { family: 'Cousine', size: 50, bold: true };
    const body = svgText('Hà Nội', 20, 80, style) + svgLeader(20, 780, 90);
    const { data, info } = await sharp(Buffer.from(svgPage(body, 800, 120, '#ffffff'))).greyscale()
      .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const textEnd = 20 + Math.ceil(await measureText('Hà Nội', style));
    removeLeaderDots(data, info.width, info.height);
    expect(ink(data, info.width, textEnd + 5, 84, info.width, 97)).toBe(0); // the leader is gone…
    expect(ink(data, info.width, textEnd - 40, 84, textEnd, 97)).toBeGreaterThan(8); // …the dot under "ộ" is not
  });

  it('leaves isolated small blobs alone', () => {
    const w = 200;
    const h = 50;
    const grey = new Uint8Array(w * h).fill(255);
    const dot = (cx: number, cy: number): void => {
      for (let y = cy - 2; y <= cy + 2; y++) for (let x = cx - 2; x <= cx + 2; x++) grey[y * w + x] = 0;
    };
    dot(20, 20);
    dot(60, 20);
    dot(150, 30); // far apart: a full stop, a dot above an i, never a leader
    expect(removeLeaderDots(grey, w, h)).toBe(0);
    expect(ink(grey, w, 0, 0, w, h)).toBe(75);
  });

  it('erases a dashed leader and a solid rule but keeps the dash inside a serial', () => {
    const w = 1200;
    const h = 120;
    const grey = new Uint8Array(w * h).fill(255);
    const bar = (x0: number, x1: number, y0: number, y1: number): void => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) grey[y * w + x] = 0;
    };
    for (let x = 20; x < 600; x += 22) bar(x, x + 12, 60, 63); // "- - - -" leader
    bar(620, 1180, 100, 103); // a solid rule to write on
    bar(300, 316, 30, 33); // the dash of "JF63E-1234567", alone on its row
    removeLeaderDots(grey, w, h);
    expect(ink(grey, w, 0, 55, 610, 70)).toBe(0);
    expect(ink(grey, w, 600, 95, w, 110)).toBe(0);
    expect(ink(grey, w, 295, 25, 320, 40)).toBe(16 * 3);
  });
});
