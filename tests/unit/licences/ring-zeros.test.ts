import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ringZeroWords, ringZeros } from '../../../main/engine/extraction/licence/ring-zeros';
import type { GreyImage } from '../../../main/engine/ocr/deskew';
import { useCorpusFonts } from '../../corpus/fonts';
import { svgPage, svgText } from '../../corpus/svg-kit';

/** A licence number printed as on a card read at 1500 px (values ~30 px tall), in `family`. */
async function printed(text: string, family: string, bold = false): Promise<GreyImage> {
  useCorpusFonts();
  const body = svgText(text, 20, 52, { family, size: 40, bold });
  const { data, info } = await sharp(Buffer.from(svgPage(body, 440, 80))).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
const whole = (g: GreyImage): { x0: number; y0: number; x1: number; y1: number } => ({ x0: 10, y0: 10, x1: g.width - 10, y1: g.height - 10 });

describe('zeros OCR read as 8 or 9, settled by the glyph', () => {
  it('reads a slashed or dotted zero that every read took for an 8 or a 9 as the zero it is', async () => {
    // Roboto Mono slashes its zeros, DejaVu Sans Mono dots them: OCR reads them 8 or 9.
    for (const family of ['Roboto Mono', 'DejaVu Sans Mono']) {
      const card = await printed('010423288518', family, true);
      expect(ringZeros('819423288518', card, whole(card))).toBe('010423288518');
    }
  });

  it('leaves a printed 8 or 9 as read, in plain and monospace faces, bold or not', async () => {
    for (const family of ['Roboto Mono', 'DejaVu Sans Mono', 'Arimo', 'Tinos']) {
      for (const bold of [false, true]) {
        const card = await printed('389981298896', family, bold);
        expect(ringZeros('389981298896', card, whole(card))).toBe('389981298896');
      }
    }
  });

  it('reads the slashed or dotted zeros of a date that parsed with them as 8 or 9, its dots and dashes no glyph', async () => {
    for (const family of ['Roboto Mono', 'DejaVu Sans Mono']) {
      for (const [printedAs, read] of [['10.03.1980', '18.03.1988'], ['20-10-2005', '28-18-2885'], ['07/09/1990', '97/09/1998']]) {
        const card = await printed(printedAs!, family, true);
        expect(ringZeros(read!, card, whole(card))).toBe(printedAs);
        expect(ringZeroWords([{ text: read!, confidence: 90, box: whole(card) }], card)).toBe(printedAs);
      }
      const card = await printed('19.08.1989', family, true);
      expect(ringZeros('19.08.1989', card, whole(card))).toBe('19.08.1989');
    }
  });
});
