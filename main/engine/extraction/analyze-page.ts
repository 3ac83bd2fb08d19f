/**
 * Page reading → field finding for one scanned page. The page is decoded once (a blank page costs no OCR),
 * turned upright by its own text, levelled, its dotted leaders erased, and read ONCE with automatic page
 * segmentation at ~300 dpi: words, boxes, confidences. Fields are then found on that reading whatever the
 * layout (find-fields.ts). Only values that fail their grammar or read with low confidence are re-read
 * (crop, upscale, the field's alphabet); a value that still fails is kept as an unreadable reading, never as
 * a value.
 */
import sharp from 'sharp';
import { estimateSkewGrey, type GreyImage } from '../ocr/deskew';
import { removeLeaderDots } from '../ocr/leaders';
import { linesFromBlocks, type OcrBox, type OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { greyPixels, toPgm } from '../ocr/preprocess';
import type { FieldReading, OcrWordBox, PageAnalysis, ReadingSource } from '../scan/scan.types';
import { findFields, type PageFields } from './find-fields';
import { decodeGrey, isBlankPage, rotateGrey, scaleBox, toScanBox, type PageTransform } from './page-geometry';
import { readRubbings } from './rubbing-read';
import { readValue } from './value-read';

/** The resolution the page is read at: tesseract's LSTM reads 9–12 pt type best with ~300 dpi. */
const READ_DPI = 300;
/** Below this the page is enlarged to READ_DPI (a fax or a 150-dpi scan); above READ_DPI it is reduced. */
const MIN_DPI = 200;

/** The page as read: levelled grey pixels at reading resolution, the OCR lines and the fields found. */
export interface ReadPage {
  grey: GreyImage;
  transform: PageTransform;
  lines: OcrLine[];
  /** Levelled-page pixels (scan resolution) per reading pixel. */
  up: number;
  dpi: number;
  fields: PageFields;
  /** The pixels OCR read (levelled, leaders erased, at reading resolution). */
  image: GreyImage;
  readDpi: number;
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
  // Projections cannot tell upright from upside down: the text itself does. Read the page and, only while it
  // makes no sense, try the other turns, most likely first. Upright pages pay for one pass.
  let page: ReadPage | null = null;
  let rotation: 0 | 90 | 180 | 270 = quarter;
  const turns = [quarter, quarter + 180, quarter + 90, quarter + 270].map((t) => (t % 360) as 0 | 90 | 180 | 270);
  while (turns.length > 0) {
    const turn = turns.shift()!;
    const attempt = await levelAndRead(grey, turn + skew, dpi, pool);
    if (!page || score(attempt) > score(page)) {
      page = attempt;
      rotation = turn;
    }
    if (looksRead(attempt) && uprightShare(attempt) >= UPRIGHT) break;
    // Words standing on end: the page lies sideways in this turn (projections are fooled by a small card's
    // frame); the quarter turns come next.
    if (uprightShare(attempt) < UPRIGHT) turns.sort((a, b) => Number((a - turn) % 180 === 0) - Number((b - turn) % 180 === 0));
  }
  if (!page) throw new Error('unreachable: at least one orientation is read');
  const read = await withUniformBlockPass(await withSmallTextEnlarged(page, pool), pool);

  const words: OcrWordBox[] = read.lines.flatMap((l) => l.words).map((w) => ({
    text: w.text,
    confidence: w.confidence / 100,
    box: toScanBox(read.transform, scaleBox(w.box, read.up)),
  }));
  const source: ReadingSource = read.fields.kind === 'declaration' ? 'form' : read.fields.kind === 'certificate' ? 'certificate' : 'other';
  const readings: Omit<FieldReading, 'page'>[] = [];
  const seen = new Set<string>();
  for (const v of read.fields.values) {
    // The first parsed occurrence of a field on a page is its labelled one; later hits are usually prose.
    if (seen.has(v.field)) continue;
    const reading = await readValue(v, read, pool, source);
    if (!reading) continue;
    readings.push(reading);
    if (reading.method !== 'invalid') seen.add(v.field);
  }
  // An unreadable place is only worth showing when no other place on the page gave the field.
  const kept = readings.filter((r) => r.method !== 'invalid' || !seen.has(r.field));
  kept.push(...(await readRubbings(read, pool)));
  return { rotation, skew, blank: false, kind: read.fields.kind, words, readings: kept };
}

async function levelAndRead(grey: GreyImage, angleDeg: number, dpi: number, pool: OcrPool): Promise<ReadPage> {
  const levelled = await rotateGrey(grey, angleDeg);
  // Leaders are erased on the full-resolution page: automatic segmentation drops a whole row of the form as a
  // picture when a dotted leader runs through it, and garbles a value typed over one.
  const copy = levelled === grey ? { ...grey, data: Buffer.from(grey.data) } : levelled;
  removeLeaderDots(copy.data, copy.width, copy.height, { dpi });
  const k = dpi > READ_DPI || dpi < MIN_DPI ? READ_DPI / dpi : 1;
  let img = sharp(copy.data, { raw: { width: copy.width, height: copy.height, channels: 1 } });
  if (k !== 1) img = img.resize({ width: Math.round(copy.width * k), kernel: k < 1 ? 'lanczos3' : 'cubic' });
  const small = k === 1 ? copy : await greyPixels(img);
  const result = await pool.recognize({
    image: toPgm(small.data, small.width, small.height),
    blocks: true,
    params: { tessedit_pageseg_mode: '3', user_defined_dpi: String(Math.round(dpi * k)) },
  });
  const lines = linesFromBlocks(result);
  return {
    grey: copy,
    transform: { angleDeg, src: { width: grey.width, height: grey.height }, dst: { width: copy.width, height: copy.height } },
    lines,
    up: copy.width / small.width,
    dpi,
    fields: findFields(lines),
    image: small,
    readDpi: Math.round(dpi * k),
  };
}

/** Median height (reading pixels) of words under which the text is too small to read well: ~7 pt at 300 dpi. */
const SMALL_TEXT = 26;
/** The height small text is enlarged to. */
const GOOD_TEXT = 40;

/**
 * A registration card copied onto a big sheet prints 6–7 pt type: read as it is, its digits swap (0 and 9,
 * 6 and 8) with high confidence. The text's own height says so; the part of the page holding text is then
 * read again enlarged, and that reading replaces the first.
 */
async function withSmallTextEnlarged(page: ReadPage, pool: OcrPool): Promise<ReadPage> {
  const words = page.lines.flatMap((l) => l.words).filter((w) => w.text.length >= 3 && w.confidence >= 50);
  if (words.length < 5) return page;
  const heights = words.map((w) => w.box.y1 - w.box.y0).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)];
  if (median >= SMALL_TEXT) return page;
  const f = Math.min(3, GOOD_TEXT / Math.max(8, median));
  const m = 2 * median;
  const x0 = Math.max(0, Math.floor(Math.min(...words.map((w) => w.box.x0)) - m));
  const y0 = Math.max(0, Math.floor(Math.min(...words.map((w) => w.box.y0)) - m));
  const x1 = Math.min(page.image.width, Math.ceil(Math.max(...words.map((w) => w.box.x1)) + m));
  const y1 = Math.min(page.image.height, Math.ceil(Math.max(...words.map((w) => w.box.y1)) + m));
  const big = await greyPixels(sharp(page.image.data, { raw: { width: page.image.width, height: page.image.height, channels: 1 } })
    .extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 }).resize({ width: Math.round((x1 - x0) * f), kernel: 'cubic' }));
  const result = await pool.recognize({
    image: toPgm(big.data, big.width, big.height),
    blocks: true,
    params: { tessedit_pageseg_mode: '3', user_defined_dpi: String(Math.round(page.readDpi * f)) },
  });
  const back = (b: OcrBox): OcrBox => ({ x0: x0 + b.x0 / f, y0: y0 + b.y0 / f, x1: x0 + b.x1 / f, y1: y0 + b.y1 / f });
  const lines: OcrLine[] = linesFromBlocks(result).map((l) => ({
    text: l.text,
    box: back(l.box),
    words: l.words.map((w) => ({ ...w, box: back(w.box), symbols: w.symbols?.map((sym) => ({ ...sym, box: back(sym.box) })) })),
  }));
  return { ...page, lines, fields: findFields(lines) };
}

/** Fields a form or certificate always carries: when the page pass found none of one, the page is read again. */
const CORE_FIELDS: Record<PageFields['kind'], readonly string[]> = {
  declaration: ['plate', 'chassis', 'engine', 'owner_name'],
  certificate: ['plate', 'chassis', 'engine'],
  other: [],
};

/**
 * Automatic segmentation can drop a row of a form as a picture (a seal over it, handwriting that runs into the
 * leader). Only then is the page read again as one uniform block of text, and what that pass finds fills the
 * fields the first pass lacked; nothing the first pass found is replaced.
 */
async function withUniformBlockPass(page: ReadPage, pool: OcrPool): Promise<ReadPage> {
  const have = new Set(page.fields.values.filter((v) => v.match).map((v) => v.field));
  if (CORE_FIELDS[page.fields.kind].every((f) => have.has(f as never))) return page;
  const result = await pool.recognize({
    image: toPgm(page.image.data, page.image.width, page.image.height),
    blocks: true,
    params: { tessedit_pageseg_mode: '6', user_defined_dpi: String(page.readDpi) },
  });
  const second = findFields(linesFromBlocks(result));
  const extra = second.values.filter((v) => v.match && !have.has(v.field));
  const rubbings = page.fields.rubbings.length > 0 ? page.fields.rubbings : second.rubbings;
  return { ...page, fields: { ...page.fields, values: [...page.fields.values.filter((v) => v.match || !extra.some((e) => e.field === v.field)), ...extra], rubbings } };
}

const confidentWords = (p: ReadPage, min: number): number => p.lines.flatMap((l) => l.words).filter((w) => w.confidence >= min && w.text.length >= 3).length;

/** Share of words (3+ characters) wider than tall: about all of them on a page read the right way up. */
function uprightShare(p: ReadPage): number {
  const words = p.lines.flatMap((l) => l.words).filter((w) => w.text.length >= 3);
  if (words.length === 0) return 1;
  return words.filter((w) => w.box.x1 - w.box.x0 > w.box.y1 - w.box.y0).length / words.length;
}
const UPRIGHT = 0.7;

function score(p: ReadPage): number {
  return ((p.fields.kind === 'other' ? 0 : 1000) + p.fields.values.filter((v) => v.match).length * 50 + confidentWords(p, 70)) * uprightShare(p);
}

/** A known form, fields found, or (invoices, ID copies) plenty of confident words: text read upside down never gives these. */
function looksRead(p: ReadPage): boolean {
  return p.fields.kind !== 'other' || p.fields.values.filter((v) => v.match).length >= 3 || confidentWords(p, 85) >= 25;
}
