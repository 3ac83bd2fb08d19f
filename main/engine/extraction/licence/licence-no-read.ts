/**
 * Targeted re-reads of a card's digits. A licence number of digits read again where the card's pass read it, twice (as is, and enlarged), with only
 * digits allowed: each position takes the digit most reads agree on (the card's pass breaking a tie). A single
 * misread digit (0 read as 8 through a seal's line) is outvoted; reads of another length are no evidence.
 */
import type { GreyImage } from '../../ocr/deskew';
import type { OcrBox } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import { readRegion } from '../region-read';
import { findLicenceClass, findLicenceDate } from './licence-grammar';

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

/** The number as voted over the card's pass and two digit-only reads of its box (read-card pixels). */
export async function rereadLicenceNo(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  if (!/^\d+$/.test(first)) return first;
  const reads = [first];
  for (const view of ['plain', 'upscaled'] as const) {
    const digits = (await readRegion(pool, card, box, 'owner_id', dpi, view)).map((c) => c.c).join('').replace(/\D/g, '');
    if (digits.length === first.length) reads.push(digits);
  }
  return voteDigits(reads);
}

/**
 * A date read by the card's pass, voted on with two reads of its place allowing only date characters (as is,
 * and enlarged): position by position over the ISO dates that parse (a 0 read as 8 or a 3 as 8 in one read is
 * outvoted); a vote that is no calendar date leaves the card's pass as it was.
 */
export async function rereadDate(pool: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  const reads = [first];
  for (const view of ['plain', 'upscaled'] as const) {
    const found = findLicenceDate((await readRegion(pool, card, box, 'registered_on', dpi, view)).map((c) => c.c).join(''));
    if (found) reads.push(found.value);
  }
  return voteDate(reads);
}

/** Position by position over ISO dates (the first read wins ties); the first read when the vote is no date. */
export function voteDate(reads: readonly string[]): string {
  const first = reads[0] ?? '';
  const voted = voteDigits(reads);
  const [y, m, d] = voted.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === voted ? voted : first;
}

/**
 * A date or class whose place read as no valid value, read again (as is, then enlarged) with only the field's
 * characters (date digits and separators; capitals and digits for a class); null when neither read parses.
 */
export async function rereadRestricted(pool: OcrPool, card: GreyImage, box: OcrBox, field: 'birth_date' | 'issued_on' | 'class', dpi: number): Promise<string | null> {
  for (const view of ['plain', 'upscaled'] as const) {
    const text = (await readRegion(pool, card, box, field === 'class' ? 'chassis' : 'registered_on', dpi, view)).map((c) => c.c).join('');
    const found = field === 'class' ? findLicenceClass(` ${text} `) : findLicenceDate(text);
    if (found) return found.value;
  }
  return null;
}
