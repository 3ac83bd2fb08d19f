/**
 * A found value made into a reading: its characters with the page pass's confidences, and — only when the
 * value failed its field's grammar or read with low confidence — a targeted re-read of its place (the crop at
 * full resolution, then enlarged, with the field's alphabet). A re-read never replaces a better first reading;
 * a place whose text never parses becomes an `invalid` reading (shown to the officer, never a value).
 */
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { OcrBox, OcrWord } from '../ocr/ocr-lines';
import type { FieldReading, ReadingSource } from '../scan/scan.types';
import { findFieldValue } from './field-grammar';
import { mergeMarks } from './mark-merge';
import { isSerialField } from './field-values';
import type { FoundValue } from './find-fields';
import { scaleBox, toScanBox } from './page-geometry';
import { alignConfidences, confirmByLayout, readIdDarkInk, readRegion, wordChars, type CharConf } from './region-read';
import type { ReadPage } from './page-reading';

type Reading = Omit<FieldReading, 'page'>;

/** A serial read with a character below this, or a mean below RE_READ_MEAN, is re-read and may be replaced. */
const RE_READ_MIN = 0.6;
const RE_READ_MEAN = 0.85;

const mean = (cs: CharConf[]): number => (cs.length ? cs.reduce((s, c) => s + c.confidence, 0) / cs.length : 0);

/** The words a stretch [start, end) of their joined text covers. */
function wordsOf(words: OcrWord[], start: number, end: number): OcrWord[] {
  const out: OcrWord[] = [];
  let pos = 0;
  for (const w of words) {
    const e = pos + w.text.length;
    if (e > start && pos < end) out.push(w);
    pos = e + 1;
  }
  return out;
}

export async function readValue(v: FoundValue, page: ReadPage, pool: OcrPool, source: ReadingSource): Promise<Reading | null> {
  const region = scaleBox(v.region, page.up);
  const box = toScanBox(page.transform, region);
  const method = v.method === 'below' ? 'below' : v.method;
  let first: CharConf[] | null = null;
  if (v.match) {
    first = alignConfidences(v.match.value, wordChars(wordsOf(v.words, v.match.start, v.match.end)));
    const weak = first.some((c) => c.confidence < RE_READ_MIN) || mean(first) < RE_READ_MEAN;
    if (v.field === 'owner_name') return reading(v.field, source, method, await withMarks(first, v, page, pool, region), box);
    if (!isSerialField(v.field) || v.field === 'registered_on') return reading(v.field, source, method, first, box);
    if (!weak) return reading(v.field, source, method, await checked(first, v, page, pool, region), box);
  }
  // Re-read the place: as scanned at full resolution, then enlarged (misreads depend on scale).
  for (const view of ['plain', 'upscaled'] as const) {
    const again = await readRegion(pool, page.grey, region, v.field, page.dpi, view);
    const m = again.length ? findFieldValue(v.field, again.map((c) => c.c).join('')) : null;
    if (!m) continue;
    const chars = alignConfidences(m.value, again);
    if (!first) return reading(v.field, source, 'reread', confirmByLayout(chars, wordChars(v.words), serialOf(v.field)), box);
    // Two reads of one place: characters both agree on are confirmed; the first read's own value stands
    // unless the re-read is the surer one.
    const confirmed = confirmByLayout(chars, first, serialOf(v.field));
    if (mean(confirmed) > mean(first)) return reading(v.field, source, 'reread', confirmed, box);
    return reading(v.field, source, method, confirmByLayout(first, chars, serialOf(v.field)), box);
  }
  if (v.field === 'owner_id') {
    // Digits under a seal: read again from the dark ink only, each ink row on its own, the readings voting.
    const dark = await readIdDarkInk(pool, page.grey, region, page.dpi, first ?? []);
    const m = dark.length ? findFieldValue('owner_id', dark.map((c) => c.c).join('')) : null;
    if (m) return reading('owner_id', source, 'reread', confirmByLayout(alignConfidences(m.value, dark), first ?? wordChars(v.words), 'owner_id'), box);
  }
  if (first) return reading(v.field, source, method, first, box);
  const raw = v.text.replace(/\s+/g, ' ').trim().slice(0, 60);
  if ((raw.match(/[\p{L}\d]/gu) ?? []).length < 3) return null;
  return { field: v.field, source, method: 'invalid', box, text: raw, confidence: 0, chars: [] };
}

/**
 * A serial read confidently is still read once more, enlarged and with its field's alphabet: the page pass can
 * misread a character with full confidence (a bold J as 3). Where the two reads differ, the first read's
 * character loses its confidence, so another copy of the value settles it; the first read's value stands.
 */
async function checked(first: CharConf[], v: FoundValue, page: ReadPage, pool: OcrPool, region: OcrBox): Promise<CharConf[]> {
  const again = await readRegion(pool, page.grey, region, v.field, page.dpi, 'upscaled');
  const m = again.length ? findFieldValue(v.field, again.map((c) => c.c).join('')) : null;
  if (!m) return first;
  return confirmByLayout(first, alignConfidences(m.value, again), serialOf(v.field));
}

/**
 * A name's tone marks are its smallest strokes (the dot below in "Thị" is a few pixels): the name is read again
 * enlarged, and where both reads spell the same letters, every mark either read saw is kept.
 */
async function withMarks(first: CharConf[], v: FoundValue, page: ReadPage, pool: OcrPool, region: OcrBox): Promise<CharConf[]> {
  const again = await readRegion(pool, page.grey, region, v.field, page.dpi, 'upscaled');
  const m = again.length ? findFieldValue(v.field, again.map((c) => c.c).join('')) : null;
  if (!m) return first;
  return mergeMarks(first, alignConfidences(m.value, again)) ?? first;
}

const serialOf = (f: FieldReading['field']): 'plate' | 'chassis' | 'engine' | 'owner_id' | 'registered_on' =>
  (isSerialField(f) ? f : 'engine');

function reading(field: FieldReading['field'], source: ReadingSource, method: FieldReading['method'], chars: CharConf[], box: FieldReading['box']): Reading | null {
  if (chars.length === 0) return null;
  const text = chars.map((c) => c.c).join('');
  const confidence = mean(chars);
  return { field, source, method, box, text, confidence: Number(confidence.toFixed(4)), chars: chars.map((c) => ({ c: c.c, confidence: Number(c.confidence.toFixed(4)) })) };
}
