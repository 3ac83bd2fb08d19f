import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findLicenceDate } from '../../../main/engine/extraction/licence/licence-date';
import { rereadLicenceNo, rereadRestricted, rereadShortDate } from '../../../main/engine/extraction/licence/licence-no-read';
import type { GreyImage } from '../../../main/engine/ocr/deskew';
import type { OcrPool } from '../../../main/engine/ocr/ocr-worker-pool';
import { useCorpusFonts } from '../../corpus/fonts';
import { svgPage, svgText } from '../../corpus/svg-kit';

/** A value printed as a card prints it (a sans face, bold), for the second reader to read. */
async function printed(text: string, face = 'DejaVu Sans'): Promise<GreyImage> {
  useCorpusFonts();
  const { data, info } = await sharp(Buffer.from(svgPage(svgText(text, 20, 52, { family: face, size: 36, bold: true }), 440, 80))).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
const whole = (g: GreyImage): { x0: number; y0: number; x1: number; y1: number } => ({ x0: 10, y0: 12, x1: g.width - 10, y1: g.height - 12 });

/** Tesseract's restricted re-reads of a place, each reading `text` (one word, its characters as symbols). */
function reading(text: string): OcrPool {
  const bbox = { x0: 10, y0: 10, x1: 60, y1: 40 };
  const words = text ? [{ text, confidence: 90, bbox, symbols: [...text].map((c) => ({ text: c, confidence: 90, bbox })) }] : [];
  return { recognize: async () => ({ blocks: [{ paragraphs: [{ lines: [{ bbox, words }] }] }] }) as never, size: () => 1, terminate: async () => undefined };
}

describe('a date read with a one-digit day or month (cards print two: a digit was lost)', () => {
  it('says a date in figures read with a one-digit day or month is short, a written-out date never', () => {
    expect(findLicenceDate('Ngày sinh/Date of birth: 5/ 07/ 1965')).toMatchObject({ value: '1965-07-05', short: true });
    expect(findLicenceDate('15-7-2003')?.short).toBe(true);
    expect(findLicenceDate('05/07/1965')?.short).toBe(false);
    expect(findLicenceDate('Hà Nội, ngày 5 tháng 7 năm 2007')?.short).toBe(false);
  });

  it('reads a short date again and takes the date whose day and month end in the digits read (25/07/1965 for 5/07/1965)', async () => {
    const card = await printed('25/07/1965');
    expect(await rereadShortDate(reading(''), card, whole(card), '1965-07-05', 350)).toBe('1965-07-25');
  });

  it('keeps a short date as read when the re-reads give another date or none (its lost digit may have been a 0)', async () => {
    const other = await printed('25/08/1965');
    expect(await rereadShortDate(reading(''), other, whole(other), '1965-07-05', 350)).toBe('1965-07-05');
    expect(await rereadShortDate(reading('5/07/1965'), { data: Buffer.alloc(440 * 80, 255), width: 440, height: 80 }, { x0: 10, y0: 12, x1: 430, y1: 68 }, '1965-07-05', 350)).toBe('1965-07-05');
  });

  it('takes no short re-read for a date that failed its grammar, but the whole date another read gives', async () => {
    // The card's pass read 15-87-2083 (slashed zeros); tesseract's re-read lost the 1 (5-07-2003).
    const card = await printed('15-07-2003');
    expect(await rereadRestricted(reading('5-07-2003'), card, whole(card), 'issued_on', 350, '15-87-2083')).toBe('2003-07-15');
    // Nor one of a year to come (2083: its slashed zero read 8): no card was issued after today.
    expect(await rereadRestricted(reading('15-07-2083'), card, whole(card), 'issued_on', 350, '15-87-2083')).toBe('2003-07-15');
  });
});

describe('a licence number read with a digit too many or too few', () => {
  it('takes a re-read of a licence number\'s length, whose slashed zeros the second reader then reads as 0', async () => {
    // Card pass: 13 digits; tesseract's re-read: 12, with the dotted zeros of a monospace face read 8 and 9.
    const card = await printed('790924017306', 'DejaVu Sans Mono');
    expect(await rereadLicenceNo(reading('799924017386'), card, whole(card), '7989924917386', 350)).toBe('790924017306');
  });
});
