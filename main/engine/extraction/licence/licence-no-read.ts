/**
 * Targeted re-reads of a card's digits. A licence number of digits is read again where the card's pass read it,
 * twice (as is, and enlarged) with only digits allowed: each position takes the digit most reads agree on (the
 * card's pass breaking a tie), and where reads disagree between a 0 and an 8 or 9, the 0 (a zero with a slash
 * or dot through it reads as 8 or 9; a printed 8 or 9 seldom reads as 0). Reads of another length are no
 * evidence. The second reader (ocr/second-reader.ts, PP-OCR: an engine whose misreads are not tesseract's, which
 * reads a slashed or dotted zero as the 0 it is) reads the number's and a date's place too: its read votes, and
 * where it reads a 0 that tesseract read as 8 or 9, the 0.
 */
import type { GreyImage } from '../../ocr/deskew';
import type { OcrBox } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import { readLineSecondly } from '../../ocr/second-reader';
import { readRegion } from '../region-read';
import { findLicenceDate } from './licence-date';
import { findLicenceClass, findLicenceNo, isOddLicenceNo } from './licence-grammar';
import { ringZeros } from './ring-zeros';

/** Digit by digit majority over reads of one length; the first read wins ties. */
export function voteDigits(reads: readonly string[]): string {
  const first = reads[0] ?? '';
  const same = reads.filter((r) => r.length === first.length);
  return [...first].map((c, i) => {
    const votes = new Map<string, number>();
    for (const r of same) votes.set(r[i]!, (votes.get(r[i]!) ?? 0) + 1);
    const best = Math.max(...votes.values());
    return votes.get(c) === best ? c : [...votes.entries()].find(([, n]) => n === best)![0];
  }).join('');
}

/** Where reads of one length disagree between a 0 and an 8 or 9, the 0 (a slashed or dotted zero). */
export function slashedZeros(voted: string, reads: readonly string[]): string {
  return [...voted].map((c, i) => ((c === '8' || c === '9') && reads.some((r) => r.length === voted.length && r[i] === '0') ? '0' : c)).join('');
}

/**
 * The number as voted over the card's pass and two digit-only reads of its box, as is and enlarged (read-card
 * pixels). A first read of a length no licence number has (a digit lost or doubled) gives way to a re-read of
 * a licence number's length.
 */
export async function rereadLicenceNo(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  if (!/^\d+$/.test(first)) return ringZeros(first, card, box);
  const reads = [first];
  for (const view of ['plain', 'upscaled'] as const) {
    const digits = (await readRegion(pool, card, box, 'owner_id', dpi, view)).map((c) => c.c).join('').replace(/\D/g, '');
    if (isOddLicenceNo(first) && !isOddLicenceNo(digits) && digits.length >= 10) return digits;
    if (digits.length === first.length) reads.push(digits);
  }
  const second = findLicenceNo((await secondText(card, box)) ?? '')?.value;
  if (second && /^\d+$/.test(second) && isOddLicenceNo(first)) return second;
  if (second?.length === first.length) reads.push(second);
  return ringZeros(slashedZeros(voteDigits(reads), reads), card, box);
}

/** The second reader's text of `box` (read-card pixels), its full-width forms folded (it gives ０ now and then); null without it. */
async function secondText(card: GreyImage, box: OcrBox): Promise<string | null> {
  const chars = await readLineSecondly(card, box);
  return chars ? chars.map((c) => c.c).join('').normalize('NFKC') : null;
}

/**
 * A date (ISO) that parsed with an 8 or 9 where the second reader, reading the date's place, reads the same
 * date but for a 0 there: the zero (slashed or dotted, read 8 or 9 by tesseract; no grammar can tell 1980 from
 * 1988). Any other difference is no evidence: the date stays as read.
 */
export async function secondlyReadZeros(card: GreyImage, box: OcrBox, value: string): Promise<string> {
  if (!/[89]/.test(value)) return value;
  const other = findLicenceDate((await secondText(card, box)) ?? '')?.value;
  if (!other || other === value || other.length !== value.length) return value;
  return [...value].every((c, i) => c === other[i] || (other[i] === '0' && (c === '8' || c === '9'))) ? other : value;
}

/**
 * A date or class whose place read as no valid value, read again (as is, then enlarged) with only the field's
 * characters (date digits and separators; capitals and digits for a class). A date none of the reads gives is,
 * last, the card pass's (`asRead`) or a re-read's with a day or month tens digit read 8 or 9 taken for a slashed
 * zero (licence-grammar.ts); null when nothing parses.
 */
export async function rereadRestricted(pool: OcrPool, card: GreyImage, box: OcrBox, field: 'birth_date' | 'issued_on' | 'class', dpi: number, asRead = ''): Promise<string | null> {
  const texts = [asRead];
  for (const view of ['plain', 'upscaled'] as const) {
    const text = (await readRegion(pool, card, box, field === 'class' ? 'chassis' : 'registered_on', dpi, view)).map((c) => c.c).join('');
    const found = field === 'class' ? findLicenceClass(` ${text} `) : findLicenceDate(text);
    if (found) return found.value;
    texts.push(text);
  }
  if (field === 'class') return null;
  // The second reader's read of the place, a date as it reads it.
  const second = (await secondText(card, box)) ?? '';
  const secondly = findLicenceDate(second);
  if (secondly) return secondly.value;
  texts.push(second);
  for (const text of texts) {
    const found = findLicenceDate(text, true);
    if (found) return found.value;
  }
  return null;
}

/**
 * A class the card's pass read (`first`), read again with only a class's characters, as is and enlarged: small
 * print's one or two letters are misread more often than long words (FC read FE), and the class most reads
 * give wins, the card pass's on a tie.
 */
export async function rereadClass(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  const reads = [first];
  for (const view of ['plain', 'upscaled'] as const) {
    const found = findLicenceClass(` ${(await readRegion(pool, card, box, 'chassis', dpi, view)).map((c) => c.c).join('')} `);
    if (found) reads.push(found.value);
  }
  const count = (r: string): number => reads.filter((x) => x === r).length;
  return reads.reduce((best, r) => (count(r) > count(best) ? r : best), first);
}

