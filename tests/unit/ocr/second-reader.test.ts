import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { greedyDecode, readLineSecondly, secondReaderAvailable } from '../../../main/engine/ocr/second-reader';
import type { GreyImage } from '../../../main/engine/ocr/deskew';

/** A line of print on white paper, as grey pixels at about 300 dpi (10-pt type), and the box around it. */
async function printed(text: string, font: string): Promise<{ grey: GreyImage; box: { x0: number; y0: number; x1: number; y1: number } }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="120"><rect width="900" height="120" fill="#f4f2ee"/>`
    + `<text x="40" y="75" font-family="${font}" font-weight="bold" font-size="46" fill="#1a1a1a">${text}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  // The box around the ink, as the page pass gives a value's words.
  let x1 = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! < 128) x1 = Math.max(x1, i % info.width);
  return { grey: { data, width: info.width, height: info.height }, box: { x0: 38, y0: 36, x1: x1 + 2, y1: 88 } };
}

describe('the second reader', () => {
  it('is installed with the app and loads offline, from npm packages', async () => {
    expect(await secondReaderAvailable()).toBe(true);
  });

  it.each(['DejaVu Sans', 'DejaVu Serif'])('reads a printed VIN and an engine number letter for letter (%s)', async (font) => {
    for (const serial of ['RL4B3FE12GY131982', 'JF58E-5784678']) {
      const { grey, box } = await printed(serial, font);
      const read = await readLineSecondly(grey, box);
      expect(read!.map((c) => c.c).join('')).toBe(serial);
      expect(read!.every((c) => c.confidence > 0.5 && c.confidence <= 1)).toBe(true);
    }
  });

  it('merges a symbol held over several steps and drops the blank between doubled characters', () => {
    // Steps: 1 1 blank 1 2 2 blank — "112": a doubled character is two only with a blank between.
    const symbols = ['', '1', '2'];
    const steps = [1, 1, 0, 1, 2, 2, 0];
    const p = new Float32Array(steps.length * 3);
    steps.forEach((s, t) => { p[t * 3 + s] = 0.9; });
    expect(greedyDecode(p, steps.length, 3, symbols).map((c) => c.c).join('')).toBe('112');
  });
});
