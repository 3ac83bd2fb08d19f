/**
 * One scanned page → its kind, its words and the field readings on it. The page is decoded once; a blank page
 * costs no OCR. OCR runs on the levelled page: a layout pass at ~200 dpi finds labels and values (fast, and
 * plenty for words), then every serial, ID and date value is re-read at full resolution as a single line with
 * its field's character set, which is where most of the accuracy comes from.
 */
import sharp from 'sharp';
import { estimateSkewGrey, type GreyImage } from '../ocr/deskew';
import { removeLeaderDots } from '../ocr/leaders';
import { linesFromBlocks, type OcrBox, type OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { greyPixels, toPgm } from '../ocr/preprocess';
import type { FieldReading, OcrWordBox, PageAnalysis, ReadingSource } from '../scan/scan.types';
import { isSerialField, normalizeFieldValue } from './field-values';
import { findValues, pageKind, type LabelledValue } from './labels';
import { hasDisputedDigit, voteDigits } from './digit-vote';
import { mergeMarks } from './mark-merge';
import { decodeGrey, isBlankPage, rotateGrey, rubbingStrip, scaleBox, toScanBox, type PageTransform } from './page-geometry';
import { alignConfidences, confirmByLayout, readIdDarkInk, readRegion, wordChars, type CharConf } from './region-read';

/** Layout pass resolution: ~2× faster than 300 dpi with the same labels found (measured in the OCR probe). */
const LAYOUT_DPI = 200;

interface Levelled {
  grey: GreyImage;
  transform: PageTransform;
  lines: OcrLine[];
  /** Levelled pixels per layout-image pixel. */
  up: number;
  kind: 'declaration' | 'certificate' | 'other';
  found: ReturnType<typeof findValues>;
}

/** Analyses one scanned page; boxes in the result are in the scan's own pixels, confidences in 0–1. */
export async function analyzePage(image: Buffer, pool: OcrPool, options: { dpi?: number } = {}): Promise<PageAnalysis> {
  const meta = await sharp(image).metadata();
  // Scanners write their resolution into the file; a missing or screen-like 72 dpi means "unknown": assume 300.
  const dpi = options.dpi ?? (meta.density && meta.density >= 100 ? meta.density : 300);
  const grey = await decodeGrey(image);
  if (await isBlankPage(grey, dpi)) return { rotation: 0, skew: 0, blank: true, kind: 'blank', words: [], readings: [] };

  const first = await estimateSkewGrey(grey, { sourceDpi: dpi });
  let quarter: 0 | 90 = 0;
  let skew = first.correctionDeg;
  if (first.sideways) {
    // The column profile finds that text runs vertically; the skew is measured again once the page lies flat.
    quarter = 90;
    skew = (await estimateSkewGrey(await rotateGrey(grey, 90), { sourceDpi: dpi })).correctionDeg;
  }
  // Projections cannot tell upright from upside down (and rarely miss a sideways sheet): read the page, and
  // only while it makes no sense, try the other turns, most likely first. Upright pages pay for one pass.
  let page: Levelled | null = null;
  let rotation: 0 | 90 | 180 | 270 = quarter;
  for (const turn of [quarter, quarter + 180, quarter + 90, quarter + 270].map((t) => (t % 360) as 0 | 90 | 180 | 270)) {
    const attempt = await levelAndRead(grey, turn + skew, dpi, pool);
    if (!page || score(attempt) > score(page)) {
      page = attempt;
      rotation = turn;
    }
    if (looksRead(attempt)) break;
  }
  if (!page) throw new Error('unreachable: at least one orientation is read');

  const words: OcrWordBox[] = page.lines.flatMap((l) => l.words).map((w) => ({
    text: w.text,
    confidence: w.confidence / 100,
    box: toScanBox(page.transform, scaleBox(w.box, page.up)),
  }));
  const source: ReadingSource = page.kind === 'declaration' ? 'form' : page.kind === 'certificate' ? 'certificate' : 'other';
  const readings: Omit<FieldReading, 'page'>[] = [];
  const seen = new Set<string>();
  for (const v of page.found.values) {
    if (seen.has(v.field)) continue; // the first occurrence is the labelled one; later hits are usually prose
    const reading = await readValue(v, page, dpi, pool, source);
    if (reading) {
      readings.push(reading);
      seen.add(v.field);
    }
  }
  for (const r of withMissingRubbing(page.found.rubbings, dpi / page.up)) {
    const strip = rubbingStrip(page.grey, scaleBox(r.title, page.up), dpi);
    if (!strip) continue;
    const chars = await readRubbing(pool, page.grey, strip, r.field, dpi);
    const reading = toReading(r.field, 'rubbing', chars, toScanBox(page.transform, strip));
    if (reading) readings.push(reading);
  }
  return { rotation, skew, blank: false, kind: page.kind, words, readings };
}

async function levelAndRead(grey: GreyImage, angleDeg: number, dpi: number, pool: OcrPool): Promise<Levelled> {
  const levelled = await rotateGrey(grey, angleDeg);
  // Leaders are erased on the full-resolution page so both the layout pass and the re-reads benefit.
  const copy = levelled === grey ? { ...grey, data: Buffer.from(grey.data) } : levelled;
  removeLeaderDots(copy.data, copy.width, copy.height, { dpi });
  let layout = sharp(copy.data, { raw: { width: copy.width, height: copy.height, channels: 1 } });
  const k = Math.min(1, LAYOUT_DPI / dpi);
  if (k < 1) layout = layout.resize({ width: Math.round(copy.width * k), kernel: 'lanczos3' });
  const small = await greyPixels(layout.normalise({ lower: 1, upper: 99 }));
  const result = await pool.recognize({
    image: toPgm(small.data, small.width, small.height),
    blocks: true,
    params: { tessedit_pageseg_mode: '6', user_defined_dpi: String(Math.round(dpi * k)) },
  });
  const lines = linesFromBlocks(result);
  const up = copy.width / small.width;
  return {
    grey: copy,
    transform: { angleDeg, src: { width: grey.width, height: grey.height }, dst: { width: copy.width, height: copy.height } },
    lines,
    up,
    kind: pageKind(lines),
    found: findValues(lines, small.width),
  };
}

function score(p: Levelled): number {
  const confident = p.lines.flatMap((l) => l.words).filter((w) => w.confidence >= 70 && w.text.length >= 3).length;
  return (p.kind === 'other' ? 0 : 1000) + p.found.values.length * 50 + confident;
}

/**
 * Whether a read makes sense: a known form, labels found, or (invoices, ID copies) plenty of confident words,
 * which text read upside down or sideways never gives.
 */
function looksRead(p: Levelled): boolean {
  const confident = p.lines.flatMap((l) => l.words).filter((w) => w.confidence >= 85 && w.text.length >= 3).length;
  return p.kind !== 'other' || p.found.values.length >= 3 || confident >= 25;
}

async function readValue(v: LabelledValue, page: Levelled, dpi: number, pool: OcrPool, source: ReadingSource): Promise<Omit<FieldReading, 'page'> | null> {
  const region = scaleBox(v.region, page.up);
  const box = toScanBox(page.transform, region);
  const layoutChars = wordChars(v.words);
  if (!isSerialField(v.field)) {
    // Diacritics survive 300 dpi far better than 200; a single-line re-read costs ~50 ms against the page's
    // seconds. The more confident of the two reads is kept.
    const layout = alignConfidences(v.text, layoutChars);
    const reread = await readRegion(pool, page.grey, region, v.field, dpi);
    const mean = (cs: CharConf[]): number => (cs.length ? cs.reduce((s, c) => s + c.confidence, 0) / cs.length : 0);
    // Reads that spell the same letters keep every mark either pass saw (marks are lost, rarely invented).
    const merged = reread.length > 0 ? mergeMarks(mean(reread) >= mean(layout) ? reread : layout, mean(reread) >= mean(layout) ? layout : reread) : null;
    return toReading(v.field, source, merged ?? (reread.length > 0 && mean(reread) >= mean(layout) ? reread : layout), box);
  }
  const reread = await readRegion(pool, page.grey, region, v.field, dpi);
  const chars = reread.length > 0 ? confirmByLayout(reread, layoutChars, v.field) : alignConfidences(v.text, layoutChars);
  if (v.field !== 'owner_id') return toReading(v.field, source, chars, box);
  let id = trimIdEdges(chars);
  if (validId(id) && hasDisputedDigit(id)) {
    // The reread and the layout pass disagree on a digit: a third read at another scale breaks the tie.
    const upscaled = await readRegion(pool, page.grey, region, v.field, dpi, 'upscaled');
    id = voteDigits(id, [layoutChars, upscaled]);
  }
  if (validId(id)) return toReading(v.field, source, id, box);
  // Only on failure (digits under a seal, a line merged by it): a dark-ink re-read whose readings vote.
  const dark = await readIdDarkInk(pool, page.grey, region, dpi, id);
  return toReading(v.field, source, dark.length > 0 ? confirmByLayout(dark, layoutChars, 'owner_id') : id, box);
}

type Rubbing = { field: 'engine' | 'chassis'; title: OcrBox };

/**
 * The form stacks the engine rubbing's box right above the chassis one. When the layout pass lost one box's
 * title (the pasted strip's graphite merges it into a line of junk), the other's title says where to look:
 * the search starts where that title would be, one box pitch (~1.45 in) away. `layoutDpi`: layout pixels per inch.
 */
export function withMissingRubbing(found: Rubbing[], layoutDpi: number): Rubbing[] {
  if (found.length !== 1) return found;
  const pitch = 1.45 * layoutDpi;
  const [r] = found;
  const shift = r.field === 'chassis' ? -pitch : pitch;
  const other: Rubbing = { field: r.field === 'chassis' ? 'engine' : 'chassis', title: { ...r.title, y0: r.title.y0 + shift, y1: r.title.y1 + shift } };
  return r.field === 'chassis' ? [other, r] : [r, other];
}

/**
 * A rubbing is read with its hatching filtered out (right about twice as often as the raw strip on the corpus)
 * and also raw in both polarities. The filtered read leads; each of its characters keeps its confidence only
 * where a raw read confirms it (a restricted read alone reports near-certainty even for a misread), so a
 * rubbing settles a tie between the other copies without overruling two that agree.
 */
async function readRubbing(pool: OcrPool, grey: GreyImage, strip: OcrBox, field: 'engine' | 'chassis', dpi: number): Promise<CharConf[]> {
  const [clean, plain, negated] = await Promise.all([
    readRegion(pool, grey, strip, field, dpi, 'dehatched'),
    readRegion(pool, grey, strip, field, dpi, 'plain'),
    readRegion(pool, grey, strip, field, dpi, 'negated'),
  ]);
  return rubbingChars(clean, [plain, negated], field);
}

/**
 * The lead read's characters, each with the best confidence any check read confirms it with; without a check
 * read, capped. With no lead, the more confident check read leads instead.
 */
export function rubbingChars(lead: CharConf[], checks: CharConf[][], field: 'engine' | 'chassis'): CharConf[] {
  const mean = (cs: CharConf[]): number => (cs.length ? cs.reduce((s, c) => s + c.confidence, 0) / cs.length : 0);
  const others = checks.filter((c) => c.length > 0).sort((a, b) => mean(b) - mean(a));
  if (lead.length === 0) return others.length ? rubbingChars(others[0], others.slice(1), field) : [];
  if (others.length === 0) return lead.map((c) => ({ c: c.c, confidence: Math.min(c.confidence, 0.5) }));
  const confirmed = others.map((o) => confirmByLayout(lead, o, field));
  return lead.map((c, i) => ({ c: c.c, confidence: Math.max(...confirmed.map((x) => x[i].confidence)) }));
}

const validId = (cs: CharConf[]): boolean => {
  const n = cs.filter((c) => /\d/.test(c.c)).length;
  return n === 9 || n === 12;
};

/**
 * The crop's padding can catch the label's colon or a bracket, which a digits-only read turns into a digit. A
 * citizen ID has 9 or 12 digits: unconfirmed characters at the edges go when that makes a valid length.
 */
function trimIdEdges(chars: CharConf[]): CharConf[] {
  const digits = (cs: CharConf[]): number => cs.filter((c) => /\d/.test(c.c)).length;
  const valid = (cs: CharConf[]): boolean => digits(cs) === 9 || digits(cs) === 12;
  if (valid(chars)) return chars;
  let out = chars;
  while (out.length > 0 && out[0].confidence <= 0.35 && !valid(out)) out = out.slice(1);
  if (valid(out)) return out;
  out = chars;
  while (out.length > 0 && out[out.length - 1].confidence <= 0.35 && !valid(out)) out = out.slice(0, -1);
  return valid(out) ? out : chars;
}

function toReading(field: FieldReading['field'], source: ReadingSource, chars: CharConf[], box: FieldReading['box']): Omit<FieldReading, 'page'> | null {
  const raw = chars.map((c) => c.c).join('');
  const text = normalizeFieldValue(field, raw);
  if (!text) return null;
  const aligned = alignConfidences(text, chars);
  const confidence = aligned.reduce((s, c) => s + c.confidence, 0) / aligned.length;
  return { field, source, box, text, confidence: Number(confidence.toFixed(4)), chars: aligned.map((c) => ({ c: c.c, confidence: Number(c.confidence.toFixed(4)) })) };
}
