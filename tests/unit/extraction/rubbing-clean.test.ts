import { describe, expect, it } from 'vitest';
import { dehatchRubbing, textBand } from '../../../main/engine/extraction/rubbing-clean';
import { otsuThreshold } from '../../../main/engine/ocr/otsu-threshold';

/**
 * A rubbing-like crop at 300 dpi: a little paper above and below a graphite strip whose ground is crossed by thin
 * diagonal hatching, with three thick dark vertical bars (raised "characters") in the strip's middle rows.
 */
function syntheticRubbing(): { data: Buffer; width: number; height: number; bars: [number, number][]; rows: [number, number] } {
  const width = 400;
  const height = 200;
  const data = Buffer.alloc(width * height, 235);
  const bars: [number, number][] = [[100, 114], [180, 194], [260, 274]];
  const rows: [number, number] = [80, 130];
  for (let y = 12; y < 188; y++) {
    for (let x = 0; x < width; x++) {
      // A hatching line 2 px wide every 6 px along the diagonal, darker than the ground.
      const hatch = (x + y) % 6 < 2;
      data[y * width + x] = hatch ? 95 : 135;
    }
  }
  for (const [x0, x1] of bars) for (let y = rows[0]; y < rows[1]; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 40;
  return { data, width, height, bars, rows };
}

describe('otsuThreshold', () => {
  it('cuts between two well separated tones', () => {
    const values = Uint8Array.from([...new Array<number>(50).fill(30), ...new Array<number>(50).fill(200)]);
    const t = otsuThreshold(values);
    expect(t).toBeGreaterThanOrEqual(30);
    expect(t).toBeLessThan(200);
  });
});

describe('textBand', () => {
  it('finds the rows holding ink, padded', () => {
    const width = 10;
    const height = 40;
    const bin = new Uint8Array(width * height).fill(255);
    for (let y = 15; y < 25; y++) for (let x = 2; x < 8; x++) bin[y * width + x] = 0;
    expect(textBand(bin, width, height, 0.35, 0)).toEqual([15, 25]);
    const [a, b] = textBand(bin, width, height) ?? [0, 0];
    expect(a).toBeLessThan(15);
    expect(b).toBeGreaterThan(25);
  });

  it('ignores a row inked all across, as a strip edge is', () => {
    const width = 10;
    const height = 40;
    const bin = new Uint8Array(width * height).fill(255);
    for (let y = 15; y < 25; y++) for (let x = 2; x < 8; x++) bin[y * width + x] = 0;
    for (let x = 0; x < width; x++) bin[2 * width + x] = 0;
    expect(textBand(bin, width, height, 0.35, 0)).toEqual([15, 25]);
  });

  it('is null on a crop without ink', () => {
    expect(textBand(new Uint8Array(100).fill(255), 10, 10)).toBeNull();
  });
});

describe('dehatchRubbing', () => {
  it('keeps the stamped strokes as black on white, drops the hatching and the paper edges', async () => {
    const crop = syntheticRubbing();
    const out = await dehatchRubbing(crop, 300);
    expect(out.data.every((v) => v === 0 || v === 255)).toBe(true);
    // Cut to the characters' band: shorter than the crop, no paper rows left.
    expect(out.height).toBeLessThan(crop.height * 0.7);
    const insetX = 6;
    let inkOnBars = 0;
    let barPixels = 0;
    let inkElsewhere = 0;
    let elsewhere = 0;
    for (let y = 0; y < out.height; y++) {
      for (let x = 0; x < out.width; x++) {
        const onBar = crop.bars.some(([a, b]) => x + insetX >= a + 2 && x + insetX < b - 2);
        const nearBar = crop.bars.some(([a, b]) => x + insetX >= a - 6 && x + insetX < b + 6);
        const ink = out.data[y * out.width + x] === 0;
        if (onBar) { barPixels++; if (ink) inkOnBars++; }
        else if (!nearBar) { elsewhere++; if (ink) inkElsewhere++; }
      }
    }
    // The bars fill most of the band's height; the hatched ground around them is (almost) all white.
    expect(inkOnBars / barPixels).toBeGreaterThan(0.5);
    expect(inkElsewhere / elsewhere).toBeLessThan(0.05);
  });
});
