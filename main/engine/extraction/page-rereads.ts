/**
 * Page-level re-reads, only for pages the one pass did not read well: small type enlarged, and a form that lacks
 * a core field read again as one uniform block. Nothing the first pass found is replaced by a worse reading.
 */
import sharp from 'sharp';
import type { OcrBox, OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { greyPixels } from '../ocr/preprocess';
import { findFields, type PageFields } from './find-fields';
import { readLines, type ReadPage } from './page-reading';

/** Median height (reading pixels) of words under which the text is too small to read well: ~7 pt at 300 dpi. */
const SMALL_TEXT = 26;
/** The height small text is enlarged to. */
const GOOD_TEXT = 40;

/**
 * A registration card copied onto a big sheet prints 6–7 pt type: read as it is, its digits swap (0 and 9,
 * 6 and 8) with high confidence. The text's own height says so; the part of the page holding text is then
 * read again enlarged, and that reading replaces the first.
 */
export async function withSmallTextEnlarged(page: ReadPage, pool: OcrPool): Promise<ReadPage> {
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
  const read = await readLines(pool, big, '3', Math.round(page.readDpi * f));
  const back = (b: OcrBox): OcrBox => ({ x0: x0 + b.x0 / f, y0: y0 + b.y0 / f, x1: x0 + b.x1 / f, y1: y0 + b.y1 / f });
  const lines: OcrLine[] = read.map((l) => ({
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
export async function withUniformBlockPass(page: ReadPage, pool: OcrPool): Promise<ReadPage> {
  const have = new Set(page.fields.values.filter((v) => v.match).map((v) => v.field));
  if (CORE_FIELDS[page.fields.kind].every((f) => have.has(f as never))) return page;
  const second = findFields(await readLines(pool, page.image, '6', page.readDpi));
  const extra = second.values.filter((v) => v.match && !have.has(v.field));
  const rubbings = page.fields.rubbings.length > 0 ? page.fields.rubbings : second.rubbings;
  return { ...page, fields: { ...page.fields, values: [...page.fields.values.filter((v) => v.match || !extra.some((e) => e.field === v.field)), ...extra], rubbings } };
}

