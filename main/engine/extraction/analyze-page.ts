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
import { linesFromBlocks, type OcrLine } from '../ocr/ocr-lines';
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
  for (const turn of [quarter, quarter + 180, quarter + 90, quarter + 270].map((t) => (t % 360) as 0 | 90 | 180 | 270)) {
    const attempt = await levelAndRead(grey, turn + skew, dpi, pool);
    if (!page || score(attempt) > score(page)) {
      page = attempt;
      rotation = turn;
    }
    if (looksRead(attempt)) break;
  }
  if (!page) throw new Error('unreachable: at least one orientation is read');
  const read = await withUniformBlockPass(page, pool);

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

function score(p: ReadPage): number {
  return (p.fields.kind === 'other' ? 0 : 1000) + p.fields.values.filter((v) => v.match).length * 50 + confidentWords(p, 70);
}

/** A known form, fields found, or (invoices, ID copies) plenty of confident words: text read upside down never gives these. */
function looksRead(p: ReadPage): boolean {
  return p.fields.kind !== 'other' || p.fields.values.filter((v) => v.match).length >= 3 || confidentWords(p, 85) >= 25;
}
