import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rereadLicenceNo, rereadRestricted, secondlyReadZeros } from '../../../main/engine/extraction/licence/licence-no-read';
import type { GreyImage } from '../../../main/engine/ocr/deskew';
import type { OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { useCorpusFonts } from '../../corpus/fonts';
import { svgPage, svgText } from '../../corpus/svg-kit';

/** A value printed in a monospace face whose zeros carry a dot (DejaVu Sans Mono), typed over a form's solid line. */
async function printed(text: string, underlined = false): Promise<GreyImage> {
  useCorpusFonts();
  const line = underlined ? '<rect x="14" y="50" width="420" height="4" fill="#000"/>' : '';
  const body = svgText(text, 20, 52, { family: 'DejaVu Sans Mono', size: 36, bold: true }) + line;
  const { data, info } = await sharp(Buffer.from(svgPage(body, 440, 80))).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
const whole = (g: GreyImage): { x0: number; y0: number; x1: number; y1: number } => ({ x0: 10, y0: 12, x1: g.width - 10, y1: g.height - 12 });
/** Tesseract's digit re-reads, here reading nothing: only the card's pass and the second reader speak. */
const silent: OcrPool = { recognize: async () => ({ blocks: [] }) as never, size: () => 1, terminate: async () => undefined };

describe('zeros tesseract read as 8 or 9, read by the second reader', () => {
  it('reads a date that parsed with its dotted zeros read as 8 (1988-03-18) as the second reader reads it (1980-03-10)', async () => {
    const card = await printed('10/03/1980');
    expect(await secondlyReadZeros(card, whole(card), '1988-03-18')).toBe('1980-03-10');
  });

  it('keeps a date whose 8s the second reader reads as 8, or that it reads as another date', async () => {
    const card = await printed('18/03/1988');
    expect(await secondlyReadZeros(card, whole(card), '1988-03-18')).toBe('1988-03-18');
    const other = await printed('18/04/1988');
    expect(await secondlyReadZeros(other, whole(other), '1988-03-18')).toBe('1988-03-18');
  });

  it('reads a licence number typed over a line (its glyphs cannot be cut apart) with the zeros the second reader sees', async () => {
    const card = await printed('010423288518', true);
    expect(await rereadLicenceNo(silent, card, whole(card), '819423288518', 350)).toBe('010423288518');
  });

  it('reads a date whose place tesseract could not read as a date, as the second reader reads it', async () => {
    const card = await printed('23/07/1984');
    expect(await rereadRestricted(silent, card, whole(card), 'birth_date', 350, '23/O7/l9B4x')).toBe('1984-07-23');
  });
});
