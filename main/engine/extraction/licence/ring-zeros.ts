/**
 * Zeros OCR read as 8 or 9. Monospace and typewriter faces print a zero with a slash or a dot inside (Roboto
 * Mono, many typed cards), which tesseract reads as 8 or 9 on every re-read alike, so no vote can undo it. The
 * glyph's own ink tells them apart: a zero's sides run down its whole middle (every row from 0.3 to 0.7 of its height
 * spans almost its whole width), while an 8 draws in to its waist and a 9 is open on the left below its bowl.
 * The place is cut into glyphs (connected ink, a mark inside another's width joined to it); only when they line
 * up one to one with the characters read is any changed.
 */
import type { GreyImage } from '../../ocr/deskew';
import type { OcrBox, OcrWord } from '../../ocr/ocr-lines';
import { otsuThreshold } from '../../ocr/otsu-threshold';
import { inkParts, type InkPart } from '../ink-parts';

type Glyph = InkPart;

/** A zero's middle rows span at least this share of its width (an ellipse's rows from 0.3 to 0.7 of its height span 0.92). */
const SPAN = 0.85;
/** The rows checked, as shares of the glyph's height. */
const FROM = 0.3;
const TO = 0.7;

/**
 * Characters too small to be cut as glyphs of their own (a glyph is a third of the tallest part's height at
 * least): a date's dots and dashes, a colon. They are left out when glyphs and characters are lined up.
 */
const SMALL = /[\s.,:;'`_\-–—]/;

/**
 * `text` (the characters read in `box` of `grey`, spaces and small marks aside) with every 8 or 9 whose glyph
 * is a ring made 0.
 */
export function ringZeros(text: string, grey: GreyImage, box: OcrBox): string {
  if (!/[89]/.test(text)) return text;
  const chars = [...text].map((c, i) => (SMALL.test(c) ? -1 : i)).filter((i) => i >= 0);
  const cut = glyphsIn(grey, box);
  if (!cut || cut.glyphs.length !== chars.length) return text;
  const out = [...text];
  chars.forEach((i, k) => {
    if ((out[i] === '8' || out[i] === '9') && isRing(cut.glyphs[k]!, cut.width)) out[i] = '0';
  });
  return out.join('');
}

/** Whether every middle row of the glyph spans (almost) its whole width. */
function isRing(g: Glyph, width: number): boolean {
  const w = g.x1 - g.x0 + 1;
  const h = g.y1 - g.y0 + 1;
  if (w < 4 || h < 8) return false;
  const ink = new Set(g.pixels);
  for (let y = Math.ceil(g.y0 + FROM * h); y <= Math.floor(g.y0 + TO * h); y++) {
    let left = -1;
    let right = -1;
    for (let x = g.x0; x <= g.x1; x++) {
      if (!ink.has(y * width + x)) continue;
      if (left < 0) left = x;
      right = x;
    }
    // A zero's sides stand at its outermost columns all down its middle (a slash or dot between them may join
    // them); an 8's waist draws in from both, a 9's lower half from the left.
    if (left < 0 || right - left + 1 < SPAN * w) return false;
  }
  return true;
}

/** The glyphs of the box, left to right (pixel indices in the crop's own width); null when the crop is too small. */
function glyphsIn(grey: GreyImage, box: OcrBox): { glyphs: Glyph[]; width: number } | null {
  const pad = 2;
  const left = Math.max(0, Math.floor(box.x0) - pad);
  const top = Math.max(0, Math.floor(box.y0) - pad);
  const right = Math.min(grey.width, Math.ceil(box.x1) + pad);
  const bottom = Math.min(grey.height, Math.ceil(box.y1) + pad);
  const width = right - left;
  const height = bottom - top;
  if (width < 10 || height < 8) return null;
  const crop = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) crop[y * width + x] = grey.data[(top + y) * grey.width + left + x]!;
  const cutoff = otsuThreshold(crop);
  const parts = inkParts(crop, width, height, cutoff);
  // Specks (noise, a leader's dot) are no glyph: a glyph is at least a third of the tallest part's height.
  const tallest = Math.max(0, ...parts.map((g) => g.y1 - g.y0 + 1));
  const big = parts.filter((g) => g.y1 - g.y0 + 1 >= tallest / 3).sort((a, b) => a.x0 - b.x0);
  const small = parts.filter((g) => g.y1 - g.y0 + 1 < tallest / 3);
  // A mark inside another glyph's width (a zero's dot, an i's dot) is part of it.
  for (const s of small) {
    const host = big.find((g) => s.x0 >= g.x0 && s.x1 <= g.x1 && s.y0 >= g.y0 && s.y1 <= g.y1);
    if (host) host.pixels.push(...s.pixels);
  }
  // Two parts over the same columns (a slash not touching its ring) are one glyph.
  const glyphs: Glyph[] = [];
  for (const g of big) {
    const last = glyphs[glyphs.length - 1];
    const overlap = last ? Math.min(last.x1, g.x1) - Math.max(last.x0, g.x0) + 1 : 0;
    if (last && overlap > 0.5 * Math.min(last.x1 - last.x0 + 1, g.x1 - g.x0 + 1)) {
      last.pixels.push(...g.pixels);
      last.x0 = Math.min(last.x0, g.x0); last.x1 = Math.max(last.x1, g.x1); last.y0 = Math.min(last.y0, g.y0); last.y1 = Math.max(last.y1, g.y1);
    } else glyphs.push(g);
  }
  return { glyphs, width };
}

/**
 * The words of a value (a date) read again glyph by glyph, each word on its own box (a word's glyphs line up
 * with its characters more often than a whole line's): their texts joined by spaces, rings read 8 or 9 made 0.
 */
export function ringZeroWords(words: readonly OcrWord[], grey: GreyImage): string {
  return words.map((w) => ringZeros(w.text, grey, w.box)).join(' ');
}
