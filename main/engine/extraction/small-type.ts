/**
 * Small type: a registration card copied onto a big sheet prints 6–7 pt type, and read as it is its digits swap
 * (0 and 9, 6 and 8) with high confidence. The part of the page holding text is then read enlarged, and that
 * reading is the page's. The size of the type is judged twice: before any OCR from the page's pieces of ink
 * (so a page of small type is read once, enlarged, not first as it is), and after the page pass from its words
 * (page-rereads.ts), for the pages the ink did not tell.
 */
import sharp from 'sharp';
import type { GreyImage } from '../ocr/deskew';
import type { InkPart } from '../ocr/ink-components';
import type { OcrBox, OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { greyPixels } from '../ocr/preprocess';
import { readLines } from './ocr-pass';

/** Median height (reading pixels) of words under which the text is too small to read well: ~7 pt at 300 dpi. */
const SMALL_TEXT = 26;
/** The height small text is enlarged to. */
const GOOD_TEXT = 40;
/**
 * A word's box is about this many times the third quartile of its characters' heights (1.1–1.7 on the dev
 * corpus's pages: capitals and marks stand above, descenders below).
 */
const WORD_PER_CHARACTER = 1.2;
/** Fewer character-shaped pieces of ink than this say too little about the type. */
const MIN_CHARACTERS = 50;
/**
 * The ink's word height is a coarser judge than the words' own (±10% on the dev pages): only type clearly small
 * by it is read enlarged at once; a page near the line is read as it is and left to its words' height.
 */
const INK_MARGIN = 1.1;

/**
 * The type on a page as its ink shows it: a word's likely height, whether it is clearly small, and then the box
 * holding the text (reading pixels), which only small type is read by.
 */
export interface TypeOnPage { wordHeight: number; small: boolean; region: OcrBox | null }

/**
 * The page's type judged from its pieces of ink (`scale`: reading pixels per piece pixel), or null when too few
 * pieces are shaped like characters: a letter, a digit or joined letters, not a dot, a rule or a blot.
 */
export function typeOnPage(parts: InkPart[], scale: number): TypeOnPage | null {
  const chars = parts.filter((p) => {
    const w = p.x1 - p.x0 + 1;
    const h = p.y1 - p.y0 + 1;
    return h * scale >= 6 && h * scale <= 120 && w <= 3 * h && w >= 0.1 * h && p.n >= 0.15 * w * h;
  });
  if (chars.length < MIN_CHARACTERS) return null;
  const at = (values: number[], share: number): number => values.sort((a, b) => a - b)[Math.floor((values.length - 1) * share)]!;
  const height = at(chars.map((p) => p.y1 - p.y0 + 1), 0.75) * scale;
  const wordHeight = height * WORD_PER_CHARACTER;
  const small = wordHeight * INK_MARGIN < SMALL_TEXT;
  return { wordHeight, small, region: small ? textRegion(chars, height / scale, scale) : null };
}

/** Pieces up to about this many type heights apart (two cells of half of it) belong to one block of text. */
const BLOCK_GAP = 6;
/** A block of text holds at least this many characters (a short line); fewer are specks or a stray mark. */
const BLOCK_CHARACTERS = 10;

/**
 * The box holding the page's text: blocks of character-sized pieces lying close together, each of a line's
 * worth of characters or more. A seal, a photocopy's dark edge or specks of dust spread over the sheet are
 * not text, and a box stretched to them would make the enlarged page many times bigger.
 */
function textRegion(chars: InkPart[], typeHeight: number, scale: number): OcrBox {
  const cell = (BLOCK_GAP / 2) * typeHeight;
  const cells = new Map<string, InkPart[]>();
  for (const p of chars) {
    const h = p.y1 - p.y0 + 1;
    if (h < 0.5 * typeHeight || h > 2 * typeHeight) continue;
    const key = `${Math.floor(p.cx / cell)},${Math.floor(p.cy / cell)}`;
    const inCell = cells.get(key);
    if (inCell) inCell.push(p);
    else cells.set(key, [p]);
  }
  // Blocks: cells joined to the cells up to two away.
  const seen = new Set<string>();
  const kept: InkPart[] = [];
  for (const start of cells.keys()) {
    if (seen.has(start)) continue;
    const block: InkPart[] = [];
    const todo = [start];
    seen.add(start);
    while (todo.length > 0) {
      const key = todo.pop()!;
      block.push(...cells.get(key)!);
      const [cx, cy] = key.split(',').map(Number) as [number, number];
      for (let dx = -2; dx <= 2; dx++) {
        for (let dy = -2; dy <= 2; dy++) {
          const next = `${cx + dx},${cy + dy}`;
          if (cells.has(next) && !seen.has(next)) { seen.add(next); todo.push(next); }
        }
      }
    }
    if (block.length >= BLOCK_CHARACTERS) kept.push(...block);
  }
  const text = kept.length > 0 ? kept : chars;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of text) {
    box.x0 = Math.min(box.x0, p.x0);
    box.y0 = Math.min(box.y0, p.y0);
    box.x1 = Math.max(box.x1, p.x1 + 1);
    box.y1 = Math.max(box.y1, p.y1 + 1);
  }
  return { x0: box.x0 * scale, y0: box.y0 * scale, x1: box.x1 * scale, y1: box.y1 * scale };
}

/** True when words this high are too small to read well as they are. */
export const isSmallType = (wordHeight: number): boolean => wordHeight < SMALL_TEXT;

/**
 * Reads the part of `image` inside `region` (with a margin of two words) enlarged so its words stand GOOD_TEXT
 * high, and gives the lines in `image`'s pixels.
 */
export async function readEnlarged(pool: OcrPool, image: GreyImage, region: OcrBox, wordHeight: number, readDpi: number): Promise<OcrLine[]> {
  const f = Math.min(3, GOOD_TEXT / Math.max(8, wordHeight));
  const m = 2 * wordHeight;
  const x0 = Math.max(0, Math.floor(region.x0 - m));
  const y0 = Math.max(0, Math.floor(region.y0 - m));
  const x1 = Math.min(image.width, Math.ceil(region.x1 + m));
  const y1 = Math.min(image.height, Math.ceil(region.y1 + m));
  const big = await greyPixels(sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 }).resize({ width: Math.round((x1 - x0) * f), kernel: 'cubic' }));
  const read = await readLines(pool, big, '3', Math.round(readDpi * f));
  const back = (b: OcrBox): OcrBox => ({ x0: x0 + b.x0 / f, y0: y0 + b.y0 / f, x1: x0 + b.x1 / f, y1: y0 + b.y1 / f });
  return read.map((l) => ({
    text: l.text,
    box: back(l.box),
    words: l.words.map((w) => ({ ...w, box: back(w.box), symbols: w.symbols?.map((sym) => ({ ...sym, box: back(sym.box) })) })),
  }));
}
