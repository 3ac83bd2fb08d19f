/**
 * Field finding, the pipeline's third stage, for one scanned page: the page as read (page-reading.ts), re-read
 * where it read badly (page-rereads.ts), its labelled and patterned values found (find-fields.ts) and made
 * into readings — only values that fail their grammar or read with low confidence are re-read (value-read.ts);
 * a value that still fails is kept as an unreadable reading, never as a value — and its rubbings read
 * (rubbing-read.ts).
 */
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { FieldReading, OcrWordBox, PageAnalysis, ReadingSource } from '../domain/field-reading';
import { birthYearOn, checkedAgainstBirthYear } from './birth-year-check';
import { readPage } from './page-reading';
import { withSmallTextEnlarged, withUniformBlockPass } from './page-rereads';
import { scaleBox, toScanBox } from './page-geometry';
import { readRubbings } from './rubbing-read';
import { readValue } from './value-read';
import { resolutionProblems, resolutionTrust } from './scan-resolution';

export type { ReadPage } from './page-reading';

/** Analyses one scanned page; boxes in the result are in the scan's own pixels, confidences in 0–1. */
export async function analyzePage(image: Buffer, pool: OcrPool, options: { dpi?: number } = {}): Promise<PageAnalysis> {
  const reading = await readPage(image, pool, options);
  if (reading.blank) return { rotation: 0, skew: 0, blank: true, kind: 'blank', words: [], readings: [] };
  const { rotation, skew } = reading;
  const read = await withUniformBlockPass(await withSmallTextEnlarged(reading.page, pool), pool);

  const words: OcrWordBox[] = read.lines.flatMap((l) => l.words).map((w) => ({
    text: w.text,
    confidence: w.confidence / 100,
    box: toScanBox(read.transform, scaleBox(w.box, read.up)),
  }));
  const source: ReadingSource = read.fields.kind === 'declaration' ? 'form' : read.fields.kind === 'certificate' ? 'certificate' : 'other';
  const readings: Omit<FieldReading, 'page'>[] = [];
  const seen = new Set<string>();
  const birthYear = birthYearOn(read.lines, read);
  for (const v of read.fields.values) {
    // The first parsed occurrence of a field on a page is its labelled one; later hits are usually prose.
    if (seen.has(v.field)) continue;
    const found = await readValue(v, read, pool, source);
    if (!found) continue;
    const reading = checkedAgainstBirthYear(found, birthYear);
    readings.push(reading);
    if (reading.method !== 'invalid') seen.add(v.field);
  }
  // An unreadable place is only worth showing when no other place on the page gave the field.
  const kept = readings.filter((r) => r.method !== 'invalid' || !seen.has(r.field));
  kept.push(...(await readRubbings(read, pool)));
  // A page scanned too coarse reads worse than its confidences say (scan-resolution.ts).
  const trust = resolutionTrust(read.dpi);
  const trusted = trust === 1 ? kept : kept.map((r) => ({ ...r, confidence: r.confidence * trust }));
  const problems = resolutionProblems(read.dpi);
  return { rotation, skew, blank: false, kind: read.fields.kind, words, readings: trusted, ...(problems.length ? { problems } : {}) };
}

