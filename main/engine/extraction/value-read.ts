/**
 * A found value made into a reading: its characters with the page pass's confidences, and — only when the
 * value failed its field's grammar or read with low confidence — a targeted re-read of its place (the crop at
 * full resolution, then enlarged, with the field's alphabet). A re-read never replaces a better first reading;
 * a place whose text never parses becomes an `invalid` reading (shown to the officer, never a value).
 */
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { OcrBox } from '../ocr/ocr-lines';
import type { FieldReading, ReadingSource } from '../domain/field-reading';
import { findFieldValue, nameSyllables } from './field-grammar';
import { mergeMarks } from './mark-merge';
import { isSerialField } from './field-values';
import type { FoundValue } from './find-fields';
import { scaleBox, toScanBox } from './page-geometry';
import { checkedByGlyphShape } from './glyph-shapes';
import { boxOf, wordsIn } from './line-geometry';
import { alignConfidences, confirmByLayout, meanConfidence as mean, readIdDarkInk, readRegion, wordChars, type CharConf, type RegionView } from './region-read';
import type { ReadPage } from './page-reading';
import { disputedBy, doubleKeyed, sameSerial } from './double-keying';
import { readLineSecondly } from '../ocr/second-reader';

type Reading = Omit<FieldReading, 'page'>;

/** A serial read with a character below this, or a mean below RE_READ_MEAN, is re-read and may be replaced. */
const RE_READ_MIN = 0.6;
const RE_READ_MEAN = 0.85;

export async function readValue(v: FoundValue, page: ReadPage, pool: OcrPool, source: ReadingSource): Promise<Reading | null> {
  const region = scaleBox(v.region, page.up);
  const box = toScanBox(page.transform, region);
  const method = v.method;
  // A serial's doubtful shapes (1 or crossed 7, 0 or open 4, P or Đ) are checked against its glyphs on the page, whichever read gave them.
  const ink = scaleBox(v.match ? boxOf(wordsIn(v.words, v.match), v.region) : v.region, page.up);
  const shaped = (cs: CharConf[]): CharConf[] => (v.field === 'registered_on' ? cs : checkedByGlyphShape(cs, page.grey, ink, { plate: v.field === 'plate' }));
  // The second reader keys every serial again (double-keying.ts); a date is checked by its own grammar.
  const second = isSerialField(v.field) && v.field !== 'registered_on' ? await secondRead(v, page, ink) : null;
  const keyed = (settled: CharConf[], reads: (CharConf[] | null)[]): CharConf[] => doubleKeyed(settled, reads.filter((r): r is CharConf[] => r !== null), second);
  let first: CharConf[] | null = null;
  if (v.match) {
    first = alignConfidences(v.match.value, wordChars(wordsIn(v.words, v.match)));
    const weak = first.some((c) => c.confidence < RE_READ_MIN) || mean(first) < RE_READ_MEAN;
    if (v.field === 'owner_name' || v.field === 'address') return reading(v.field, source, method, await withMarks(first, v, page, pool, region), box);
    if (!isSerialField(v.field) || v.field === 'registered_on') return reading(v.field, source, method, first, box);
    if (!weak) return reading(v.field, source, method, shaped(await checked(first, v, page, pool, region, second)), box);
  }
  // Re-read the place: as scanned at full resolution, then enlarged (misreads depend on scale).
  for (const view of ['plain', 'upscaled'] as const) {
    const chars = await reread(v, page, pool, region, view);
    if (!chars) continue;
    if (!first) return reading(v.field, source, 'reread', shaped(keyed(confirmByLayout(chars, wordChars(v.words), serialOf(v.field)), [chars])), box);
    // Two reads of one place: characters both agree on are confirmed; the first read's own value stands
    // unless the re-read is the surer one.
    const confirmed = confirmByLayout(chars, first, serialOf(v.field));
    if (mean(confirmed) > mean(first) && !lostFullShape(v.field, first, chars)) return reading(v.field, source, 'reread', shaped(keyed(confirmed, [first, chars])), box);
    return reading(v.field, source, method, shaped(keyed(confirmByLayout(first, chars, serialOf(v.field)), [first, chars])), box);
  }
  if (v.field === 'owner_id') {
    // Digits under a seal: read again from the dark ink only, each ink row on its own, the readings voting.
    const dark = await readIdDarkInk(pool, page.grey, region, page.dpi, first ?? []);
    const m = dark.length ? findFieldValue('owner_id', dark.map((c) => c.c).join('')) : null;
    if (m) return reading('owner_id', source, 'reread', shaped(keyed(confirmByLayout(alignConfidences(m.value, dark), first ?? wordChars(v.words), 'owner_id'), [first])), box);
  }
  if (first) return reading(v.field, source, method, shaped(keyed(first, [first])), box);
  const raw = v.text.replace(/\s+/g, ' ').trim().slice(0, 60);
  if ((raw.match(/[\p{L}\d]/gu) ?? []).length < 3) return null;
  return { field: v.field, source, method: 'invalid', box, text: raw, confidence: 0, chars: [] };
}

/**
 * A serial read confidently is keyed again. When the second reader spells the same, it stands. Otherwise it is
 * read once more, enlarged and with its field's alphabet: the page pass can misread a character with full
 * confidence (a bold 5 as 2 on a small card). A re-read the second reader spells, a character or two off the
 * page pass, is the value; otherwise the place is read a third time as scanned, and two re-reads that agree are
 * the value (a hand's crossed 7 read 3 by the page pass, 1 by both re-reads, is then told by its glyph).
 * Characters a read settled otherwise than the page pass, or the second reader reads otherwise, stay below the
 * review threshold (another copy settles them).
 */
async function checked(first: CharConf[], v: FoundValue, page: ReadPage, pool: OcrPool, region: OcrBox, second: CharConf[] | null): Promise<CharConf[]> {
  return settledSerial(serialOf(v.field), first, second, (view) => reread(v, page, pool, region, view));
}

/** `checked`'s decision, given the page pass's read, the second reader's and a way to re-read the place. */
export async function settledSerial(field: SerialField, first: CharConf[], second: CharConf[] | null, readAgain: (view: 'upscaled' | 'plain') => Promise<CharConf[] | null>): Promise<CharConf[]> {
  if (second && sameSerial(first, second)) return first;
  const again = await readAgain('upscaled');
  if (!again) return disputedBy(first, second);
  if (rereadMaySettle(first, again)) {
    if (second && sameSerial(again, second)) return disputedBy(again, first);
    const third = await readAgain('plain');
    // Two reads against one: the characters the page pass read otherwise stay below the review threshold.
    if (third && sameSerial(third, again)) return disputedBy(disputedBy(confirmByLayout(again, third, field), first), second);
  }
  return doubleKeyed(confirmByLayout(first, again, field), [first, again], second);
}

/** The most characters a confident read misreads; a re-read differing in more read something else (a skewed crop). */
const MOST_MISREAD = 2;

/**
 * Whether an enlarged re-read may settle a confident serial read: only a character or two read differently. A
 * re-read that is longer or shorter took in a neighbour ("No" of "Engine No") or lost an edge, which the page
 * pass, reading the whole line, did not; one that differs in more characters read another line's ink.
 */
export function rereadMaySettle(first: CharConf[], again: CharConf[]): boolean {
  const key = (cs: CharConf[]): string => cs.map((c) => c.c).join('').replace(/[\s.\-/]/g, '').toUpperCase();
  const a = key(first);
  const b = key(again);
  if (a === b || a.length !== b.length) return false;
  return [...a].filter((c, i) => c !== b[i]).length <= MOST_MISREAD;
}

/**
 * A name's or an address's tone marks are its smallest strokes (the dot below in "Thị" is a few pixels): the
 * value is read again enlarged, and where both reads spell the same letters, every mark either read saw is kept.
 */
async function withMarks(first: CharConf[], v: FoundValue, page: ReadPage, pool: OcrPool, region: OcrBox): Promise<CharConf[]> {
  const again = await reread(v, page, pool, region, 'upscaled');
  return again ? markedRead(v.field, first, again) : first;
}

/** Of a text value's first read and its enlarged re-read, what stands: one spelling with every trusted mark. */
export function markedRead(field: FieldReading['field'], first: CharConf[], again: CharConf[]): CharConf[] {
  const merged = mergeMarks(first, again);
  if (merged) return merged;
  if (field !== 'owner_name') return first;
  // The enlarged crop reached the next label's scraps ("Đặng Diệu Quỳnh Id Năm"): the words the first read
  // ended before are no part of the name, and the rest still lends its marks.
  const head = again[first.length]?.c === ' ' ? mergeMarks(first, again.slice(0, first.length)) : null;
  if (head) return head;
  // The reads spell different letters: the one whose words are more often real syllables is the name.
  const syllables = (cs: CharConf[]): number => nameSyllables(cs.map((c) => c.c).join('').split(' '));
  return syllables(again) > syllables(first) ? again : first;
}

/** The value's place read again in one view, as the field's value with its characters' confidences, or null. */
async function reread(v: FoundValue, page: ReadPage, pool: OcrPool, region: OcrBox, view: RegionView): Promise<CharConf[] | null> {
  const again = await readRegion(pool, page.grey, region, v.field, page.dpi, view);
  const m = again.length ? findFieldValue(v.field, again.map((c) => c.c).join('')) : null;
  return m ? alignConfidences(m.value, again) : null;
}

/** The lengths a full value of the field has: a VIN's 17 characters, a CCCD's 12 digits or a CMND's 9. */
const FULL_LENGTHS: Partial<Record<FieldReading['field'], readonly number[]>> = { chassis: [17], owner_id: [12, 9] };

/** A re-read that lost or gained a character against a first read of the field's full length does not replace it. */
export function lostFullShape(field: FieldReading['field'], first: CharConf[], again: CharConf[]): boolean {
  const full = FULL_LENGTHS[field];
  const length = (cs: CharConf[]): number => cs.filter((c) => /[\p{L}\d]/u.test(c.c)).length;
  return full !== undefined && full.includes(length(first)) && length(again) !== length(first);
}

/** The value's ink read by the second reader, as the field's value with its characters' confidences, or null. */
async function secondRead(v: FoundValue, page: ReadPage, ink: OcrBox): Promise<CharConf[] | null> {
  const chars = await readLineSecondly(page.grey, ink);
  const m = chars?.length ? findFieldValue(v.field, chars.map((c) => c.c).join('')) : null;
  return m ? alignConfidences(m.value, chars!) : null;
}

type SerialField = 'plate' | 'chassis' | 'engine' | 'owner_id' | 'registered_on';
const serialOf = (f: FieldReading['field']): SerialField =>
  (isSerialField(f) ? f : 'engine');

function reading(field: FieldReading['field'], source: ReadingSource, method: FieldReading['method'], chars: CharConf[], box: FieldReading['box']): Reading | null {
  if (chars.length === 0) return null;
  const text = chars.map((c) => c.c).join('');
  const confidence = mean(chars);
  return { field, source, method, box, text, confidence: Number(confidence.toFixed(4)), chars: chars.map((c) => ({ c: c.c, confidence: Number(c.confidence.toFixed(4)) })) };
}
