/**
 * A 12-digit CCCD carries its holder's birth year (4th digit the century — 0/1 the 1900s, 2/3 the 2000s — then
 * the year's last two digits), and a declaration form prints the owner's birth year beside the name ("Năm sinh:
 * 1978"). When both are on the page and disagree, the ID was misread (a handwritten 7 read as 1) far more often
 * than the owner misstated the year: the ID's reading loses its confidence there, so the officer is asked
 * instead of being shown a confident difference.
 */
import type { GreyImage } from '../ocr/deskew';
import type { OcrLine } from '../ocr/ocr-lines';
import type { FieldReading } from '../domain/field-reading';
import { checkedByGlyphShape } from './glyph-shapes';
import { fold } from './labels';
import { scaleBox } from './page-geometry';

type Reading = Omit<FieldReading, 'page'>;

/** The confidence left to an ID whose birth year contradicts the form's, and to its year digits. */
const CONTRADICTED = 0.5;

const BIRTH_LABEL = /(?:nam sinh|ngay sinh|date of birth|year of birth)\b[^0-9]{0,12}(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})(?!\d)/;

/**
 * The birth year printed on the page after its label, or null. Given the page's pixels, its 1s are checked
 * against their glyphs as a serial's are (a hand's crossed 7: "1976" read "1916").
 */
export function birthYearOn(lines: readonly OcrLine[], page?: { grey: GreyImage; up: number }): number | null {
  for (const line of lines) {
    const m = BIRTH_LABEL.exec(fold(line.text));
    if (!m) continue;
    const word = page ? line.words.find((w) => w.text.includes(m[1]!)) : undefined;
    if (!page || !word || word.text.replace(/\D/g, '') !== m[1]) return Number(m[1]);
    const chars = checkedByGlyphShape([...m[1]!].map((c) => ({ c, confidence: 1 })), page.grey, scaleBox(word.box, page.up));
    return Number(chars.map((c) => c.c).join(''));
  }
  return null;
}

/** The birth year a 12-digit CCCD encodes, or null for anything else (a 9-digit CMND encodes none). */
export function idBirthYear(id: string): number | null {
  const d = id.replace(/\D/g, '');
  if (d.length !== 12) return null;
  const century = '01'.includes(d[3]!) ? 1900 : '23'.includes(d[3]!) ? 2000 : null;
  return century === null ? null : century + Number(d.slice(4, 6));
}

/** The owner-ID reading with its confidence lowered when its birth year contradicts the page's; else as is. */
export function checkedAgainstBirthYear(reading: Reading, year: number | null): Reading {
  if (reading.field !== 'owner_id' || year === null || reading.method === 'invalid') return reading;
  const encoded = idBirthYear(reading.text);
  if (encoded === null || encoded === year) return reading;
  let digit = -1;
  const chars = reading.chars.map((c) => {
    if (/\d/.test(c.c)) digit++;
    return digit >= 3 && digit <= 5 && /\d/.test(c.c) ? { ...c, confidence: Math.min(c.confidence, CONTRADICTED) } : c;
  });
  return { ...reading, chars, confidence: Math.min(reading.confidence, CONTRADICTED) };
}
