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
 * pixels), and the second reader's. A first read of a length no licence number has (a digit lost or doubled)
 * gives way to a re-read of a licence number's length, which the later reads then vote with (their zeros too:
 * a slashed zero the first reads took for 8 or 9).
 */
export async function rereadLicenceNo(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  if (!/^\d+$/.test(first)) return ringZeros(first, card, box);
  let reads = [first];
  const take = (read: string): void => {
    if (isOddLicenceNo(reads[0]!) && !isOddLicenceNo(read) && read.length >= 10) reads = [read];
    else if (read.length === reads[0]!.length) reads.push(read);
  };
  for (const view of ['plain', 'upscaled'] as const) {
    take((await readRegion(pool, card, box, 'owner_id', dpi, view)).map((c) => c.c).join('').replace(/\D/g, ''));
  }
  const second = findLicenceNo((await secondText(card, box)) ?? '')?.value;
  if (second && /^\d+$/.test(second)) take(second);
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
    // A date read with a one-digit day or month lost a digit (the crop's edge takes a thin 1), and a birth or
    // issue date after today misread its year (2083 for a slashed 2003): no evidence yet.
    if (found && !('short' in found && (found.short || isFuture(found.value)))) return found.value;
    texts.push(text);
  }
  if (field === 'class') return null;
  // The second reader's read of the place, a date as it reads it.
  const second = (await secondText(card, box)) ?? '';
  const secondly = findLicenceDate(second);
  if (secondly && !secondly.short && !isFuture(secondly.value)) return secondly.value;
  texts.push(second);
  // Last, any read with its slashed zeros taken for zeros, a date read whole before one read short.
  const last = texts.map((text) => findLicenceDate(text, true)).filter((d) => d !== null);
  return (last.find((d) => !d.short && !isFuture(d.value)) ?? last[0])?.value ?? null;
}

/** A date (ISO) after today: no birth or issue date a card prints. */
const isFuture = (iso: string): boolean => iso > new Date().toISOString().slice(0, 10);

/**
 * A date the card's pass read short (a one-digit day or month, LicenceDate.short: 5/07/1965) read again with
 * only a date's characters, as is and enlarged, then by the second reader: the first re-read of the same year
 * with a two-digit day and month that end in the digits read (25/07/1965) is the date. Else the date stays as
 * read (its lost digit may well have been a 0).
 */
export async function rereadShortDate(pool: OcrPool, card: GreyImage, box: OcrBox, value: string, dpi: number): Promise<string> {
  const fits = (d: { value: string; short: boolean } | null): boolean => !!d && !d.short && d.value.slice(0, 4) === value.slice(0, 4)
    && d.value[6] === value[6] && d.value[9] === value[9] && d.value !== value;
  for (const view of ['plain', 'upscaled'] as const) {
    const found = findLicenceDate((await readRegion(pool, card, box, 'registered_on', dpi, view)).map((c) => c.c).join(''));
    if (fits(found)) return found!.value;
  }
  const second = findLicenceDate((await secondText(card, box)) ?? '');
  return fits(second) ? second!.value : value;
}

/**
 * A class the card's pass read (`first`), read again with only a class's characters, as is and enlarged: small
 * print's one or two letters are misread more often than long words (FC read FE), and the class most reads
 * give wins, the card pass's on a tie. A re-read that is the card pass's class cut short (A for A2: the crop
 * of a word's box loses a trailing digit far more often than OCR invents one) is no vote.
 */
export async function rereadClass(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  const reads = [first];
  for (const view of ['plain', 'upscaled'] as const) {
    const found = findLicenceClass(` ${(await readRegion(pool, card, box, 'chassis', dpi, view)).map((c) => c.c).join('')} `);
    if (found && !(found.value.length < first.length && first.startsWith(found.value))) reads.push(found.value);
  }
  const count = (r: string): number => reads.filter((x) => x === r).length;
  return reads.reduce((best, r) => (count(r) > count(best) ? r : best), first);
}

