/**
 * Page-level re-reads, only for pages the one pass did not read well: small type enlarged, and a form that lacks
 * a core field read again as one uniform block. Nothing the first pass found is replaced by a worse reading.
 */
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { findFields, type PageFields } from './find-fields';
import { boxOf } from './line-geometry';
import { readLines } from './ocr-pass';
import type { ReadPage } from './page-reading';
import { isSmallType, readEnlarged } from './small-type';

/**
 * Small type the page's ink did not reveal (small-type.ts): the words' own height says so, and the part of the
 * page holding them is read again enlarged; that reading replaces the first.
 */
export async function withSmallTextEnlarged(page: ReadPage, pool: OcrPool): Promise<ReadPage> {
  if (page.enlarged) return page;
  const words = page.lines.flatMap((l) => l.words).filter((w) => w.text.length >= 3 && w.confidence >= 50);
  if (words.length < 5) return page;
  const heights = words.map((w) => w.box.y1 - w.box.y0).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)]!;
  if (!isSmallType(median)) return page;
  const lines = await readEnlarged(pool, page.image, boxOf(words, words[0]!.box), median, page.readDpi);
  return { ...page, lines, fields: findFields(lines), enlarged: true };
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

