/**
 * Shapes tesseract misreads with full confidence, settled by the value's own ink. Handwritten digits (measured on
 * citizen IDs, chassis and plates: "048076718002" read "008016118002"): a seven with a bar across its stem — the
 * way most Vietnamese hands write it — read as 1, an open four read as 0. A plate's Đ (the electric series MĐ)
 * read as P. The LSTM reports no alternatives per character, so the place is cut into glyphs (connected ink);
 * when they line up one to one with the value's letters and digits, a 1 with a bar along its top, a second
 * across its middle and no foot is a crossed 7; a 0 with a bar across its lower half is a 4 (so is a U or H
 * between digits with one stem under that bar); a plate's P whose bowl runs to its foot is a D, Đ when a bar
 * crosses its stem. No typed 1, 0 or P qualifies (checked on every face in resources/fonts and Debian's URW,
 * Liberation and Noto faces): a typed 1 carries a short flag, a serif one a foot, a 0's lower rows are two sides.
 */
import type { GreyImage } from '../ocr/deskew';
import type { OcrBox } from '../ocr/ocr-lines';
import type { CharConf } from './region-read';
import { otsuThreshold } from '../ocr/otsu-threshold';
import { inkParts, type InkPart } from './ink-parts';

/** The confidence of a digit its glyph's shape corrected: shown, and below the review threshold. */
const BY_SHAPE = 0.8;

type Glyph = InkPart;

/**
 * The value's characters (its place `box` on `grey`) with every 1 whose glyph is a crossed 7 made 7, every 0 that
 * is an open 4 made 4; on a plate, a P whose bowl runs to its foot made D or Đ (the electric series MĐ), a D with a
 * bar across its stem made Đ.
 */
export function checkedByGlyphShape(chars: CharConf[], grey: GreyImage, box: OcrBox, options: { plate?: boolean } = {}): CharConf[] {
  if (!chars.some((c) => /[103UuH]/.test(c.c) || (options.plate ? /[PD]/.test(c.c) : /[EFL]/.test(c.c)))) return chars;
  const at = chars.map((c, i) => (/[\p{L}\d]/u.test(c.c) ? i : -1)).filter((i) => i >= 0);
  const glyphs = oneGlyphPerCharacter(glyphsIn(grey, box), at.length);
  if (!glyphs) return chars;
  const out = chars.slice();
  at.forEach((i, k) => {
    const g = glyphs[k];
    const c = chars[i]!.c;
    // A letter is only taken for a four between digits ("578U678"): a serial's letters stand elsewhere.
    const amidDigits = /\d/.test(chars[i - 1]?.c ?? '') && /\d/.test(chars[i + 1]?.c ?? '');
    const s = g ? shapeOf(g) : null;
    const shape = !s ? null : c === '1' && isCrossedSeven(s) ? '7' : c === '0' && isOpenFour(s) ? '4' : c === '3' && isNine(s) ? '9'
      : /[UuH]/.test(c) && amidDigits && isOpenFourNotLetter(s) ? '4'
      : options.plate && c === 'P' ? bowlLetter(s)
      : options.plate && c === 'D' && bowlLetter(s) === 'Đ' ? 'Đ'
      : !options.plate && /[EFL]/.test(c) ? barLetter(s, c) : null;
    if (shape) out[i] = { c: shape, confidence: Math.min(chars[i]!.confidence, BY_SHAPE) };
  });
  return out;
}

/**
 * The glyphs as one entry per character, or null when they cannot be lined up: a glyph about twice as wide as
 * the others is two characters the pen joined (null entries, never tested).
 */
function oneGlyphPerCharacter(glyphs: Glyph[], count: number): (Glyph | null)[] | null {
  if (glyphs.length === count) return glyphs;
  if (glyphs.length > count || glyphs.length === 0) return null;
  const widths = glyphs.map((g) => g.x1 - g.x0 + 1).sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length / 2)]!;
  const out: (Glyph | null)[] = [];
  for (const g of glyphs) {
    const n = (g.x1 - g.x0 + 1) > 1.5 * typical ? Math.round((g.x1 - g.x0 + 1) / typical) : 1;
    out.push(...(n === 1 ? [g] : Array<null>(n).fill(null)));
  }
  return out.length === count ? out : null;
}

/** The glyphs (connected dark ink, full-height pieces only) in `box`, left to right; parts of one glyph joined. */
function glyphsIn(grey: GreyImage, box: OcrBox): Glyph[] {
  // A little room around the words' box: an OCR box can clip a glyph's bar.
  const pad = 0.15 * (box.y1 - box.y0);
  const x0 = Math.max(0, Math.floor(box.x0 - pad));
  const y0 = Math.max(0, Math.floor(box.y0 - pad));
  const w = Math.min(grey.width, Math.ceil(box.x1 + pad)) - x0;
  const h = Math.min(grey.height, Math.ceil(box.y1 + pad)) - y0;
  if (w < 8 || h < 8) return [];
  const crop = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) crop[y * w + x] = grey.data[(y0 + y) * grey.width + x0 + x]!;
  const cut = otsuThreshold(crop);
  eraseRules(crop, w, h, cut, box.y1 - box.y0);
  const found = inkParts(crop, w, h, cut);
  // Pieces of one glyph (a stroke broken by the scan) overlap in x and nearly touch: joined. Dots, dashes and specks are not glyphs.
  // Specks (a noisy or bi-level scan has hundreds) are measured against the largest glyph, not their own kind.
  const speck = Math.max(6, 0.08 * Math.max(0, ...found.map((g) => g.pixels.length)));
  const sorted = found.filter((g) => g.pixels.length >= speck).sort((a, b) => a.x0 - b.x0);
  const joined: Glyph[] = [];
  for (const g of sorted) {
    const last = joined[joined.length - 1];
    const overlap = last ? Math.min(last.x1, g.x1) - Math.max(last.x0, g.x0) : -1;
    const gap = last ? Math.max(g.y0 - last.y1, last.y0 - g.y1) : Infinity;
    if (last && overlap > 0.5 * Math.min(last.x1 - last.x0, g.x1 - g.x0) && gap < 0.25 * (box.y1 - box.y0)) {
      last.x0 = Math.min(last.x0, g.x0); last.x1 = Math.max(last.x1, g.x1); last.y0 = Math.min(last.y0, g.y0); last.y1 = Math.max(last.y1, g.y1);
      last.pixels.push(...g.pixels);
    } else joined.push({ ...g, pixels: g.pixels.slice() });
  }
  const heights = joined.map((g) => g.y1 - g.y0 + 1).sort((a, b) => a - b);
  const tall = heights[Math.floor(heights.length * 0.75)] ?? 0;
  return joined
    .filter((g) => g.y1 - g.y0 + 1 >= 0.6 * tall)
    .map((g) => ({ ...g, pixels: g.pixels.map((p) => ((p - (p % w)) / w - g.y0) * (g.x1 - g.x0 + 1) + (p % w) - g.x0) }));
}

/**
 * A ruled line under the value (a form's solid leader, a table's border) joins every glyph resting on it into
 * one: an ink run longer than any glyph is wide (1.2× the text's height) is paper.
 */
function eraseRules(crop: Uint8Array, w: number, h: number, cut: number, textHeight: number): void {
  const longest = 1.2 * textHeight;
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const inked = x < w && crop[y * w + x]! <= cut;
      if (inked && start < 0) start = x;
      if (!inked && start >= 0) {
        if (x - start > longest) crop.fill(255, y * w + start, y * w + x);
        start = -1;
      }
    }
  }
}

/** A glyph as rows of ink, and its stroke width (the median ink run). */
interface Shape { w: number; h: number; rows: Uint8Array[]; stroke: number }

function shapeOf(g: Glyph): Shape {
  const w = g.x1 - g.x0 + 1;
  const h = g.y1 - g.y0 + 1;
  const ink = new Uint8Array(w * h);
  for (const p of g.pixels) ink[p] = 1;
  const rows = Array.from({ length: h }, (_, y) => ink.subarray(y * w, (y + 1) * w));
  const runs = rows.map(longestRun).filter((r) => r > 0).sort((a, b) => a - b);
  return { w, h, rows, stroke: runs[Math.floor(runs.length / 2)] ?? 1 };
}

function longestRun(row: Uint8Array): number {
  let best = 0;
  let run = 0;
  for (const v of row) { run = v ? run + 1 : 0; best = Math.max(best, run); }
  return best;
}

/** The leftmost and rightmost ink of the rows from `from` to `to` (fractions of the height); width 0 for none. */
function inkSpan({ h, w, rows }: Shape, from: number, to: number): { lo: number; hi: number; width: number } {
  let lo = w;
  let hi = -1;
  for (let y = Math.floor(h * from); y < Math.ceil(h * to); y++) rows[y]!.forEach((v, x) => { if (v) { lo = Math.min(lo, x); hi = Math.max(hi, x); } });
  return { lo, hi, width: hi < lo ? 0 : hi - lo + 1 };
}

/** The longest ink run across the rows from `from` to `to` (fractions of the height). */
const widestRun = ({ h, rows }: Shape, from: number, to: number): number => Math.max(...rows.slice(Math.floor(h * from), Math.ceil(h * to)).map(longestRun));

/** An open four (two strokes joined by a bar low down) read as 0: a 0's rows below its middle are two sides, never a bar across. */
function isOpenFour(s: Shape): boolean {
  return widestRun(s, 0.45, 0.8) >= Math.max(0.6 * s.w, 3 * s.stroke);
}

/** An open four read as a letter (U, H) has one stem under its bar; an H two, a U none. */
function isOpenFourNotLetter(s: Shape): boolean {
  const foot = inkSpan(s, 0.88, 1).width;
  return isOpenFour(s) && foot > 0 && foot <= 0.35 * s.w;
}

/**
 * A D (or Đ) read as P: a P's bowl closes at its middle and only the stem goes on below, a D's bowl runs to the
 * foot. Returns the letter the glyph is — Đ when a bar crosses the stem to its left — or null for a P.
 */
function bowlLetter(s: Shape): 'D' | 'Đ' | null {
  const { w, h, rows, stroke } = s;
  // The bowl's lower half reaches the right side near the foot (a P's foot serif stays by its stem).
  const low = inkSpan(s, 0.72, 0.9);
  if (low.width === 0 || low.hi < 0.7 * w || low.width < 0.55 * w) return null;
  // Across its middle a D's stem is one stroke thick; Đ's bar, crossing it, makes the leftmost run twice that.
  const firstRun = (row: Uint8Array): number => {
    const start = row.indexOf(1);
    if (start < 0) return 0;
    const end = row.indexOf(0, start);
    return (end < 0 ? row.length : end) - start;
  };
  const bar = Math.max(...rows.slice(Math.floor(h * 0.35), Math.ceil(h * 0.65)).map(firstRun));
  return bar >= 2.2 * stroke ? 'Đ' : 'D';
}

/**
 * E, F and L told apart by their bars (a serial's small E read as F or L, an F as E): E has a bar at its top,
 * middle and foot, F no foot, L only a foot. The letter the bars clearly make when it is not `read`, else null.
 */
function barLetter(s: Shape, read: string): 'E' | 'F' | 'L' | null {
  // Printed E, F and L stand on an upright stem; a cursive ℰ (two bowls, no stem) is none of them.
  if (!hasStem(s)) return null;
  const bar = (run: number): boolean => run >= Math.max(0.55 * s.w, 2.2 * s.stroke);
  const stem = (run: number): boolean => run <= 1.6 * s.stroke;
  const [top, middle, foot] = [widestRun(s, 0, 0.15), widestRun(s, 0.4, 0.6), widestRun(s, 0.85, 1)];
  // A foot bar runs out to the right edge as the top bar does; a serif F's foot serif stays by its stem.
  const footBar = bar(foot) && inkSpan(s, 0.85, 1).hi >= 0.75 * (s.w - 1);
  const letter = bar(top) && bar(middle) && footBar ? 'E' : bar(top) && bar(middle) && stem(foot) ? 'F' : stem(top) && stem(middle) && footBar ? 'L' : null;
  return letter === read ? null : letter;
}

/**
 * A 9 read as 3 (a hand's 9 with a straight tail): a 3 is open to the left, a 9 closes a loop in its upper half.
 * A glyph with an upright stem down its left is a letter (P, R, B) a read that lost its place set against the 3.
 */
function isNine(s: Shape): boolean {
  return hasUpperLoop(s) && !stemToFoot(s);
}

/** A stem down to the foot at the glyph's left edge (P, R, B): the lower rows' ink starts there. */
function stemToFoot({ h, rows, stroke }: Shape): boolean {
  const starts = rows.slice(Math.floor(h * 0.55), Math.ceil(h * 0.95)).map((r) => r.indexOf(1)).filter((x) => x >= 0);
  return starts.length > 0 && starts.filter((x) => x <= Math.max(2, stroke)).length >= 0.85 * starts.length;
}

/** A loop in the glyph's upper half: paper no path from the glyph's edge reaches, at least a stroke across. */
function hasUpperLoop({ w, h, rows, stroke }: Shape): boolean {
  const outside = new Uint8Array(w * h);
  const stack: number[] = [];
  const push = (x: number, y: number): void => {
    if (x < 0 || y < 0 || x >= w || y >= h || outside[y * w + x] || rows[y]![x]) return;
    outside[y * w + x] = 1;
    stack.push(y * w + x);
  };
  for (let x = 0; x < w; x++) { push(x, 0); push(x, h - 1); }
  for (let y = 0; y < h; y++) { push(0, y); push(w - 1, y); }
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % w;
    const y = (i - x) / w;
    push(x + 1, y); push(x - 1, y); push(x, y + 1); push(x, y - 1);
  }
  let area = 0;
  let sumY = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (!outside[y * w + x] && !rows[y]![x]) { area++; sumY += y; }
  return area >= Math.max(6, stroke * stroke) && sumY / area < 0.5 * h;
}

/** An upright stem down the left: the ink of nearly every row starts within a stroke of the same column. */
function hasStem({ h, rows, stroke }: Shape): boolean {
  const starts = rows.slice(Math.floor(h * 0.1), Math.ceil(h * 0.9)).map((r) => r.indexOf(1)).filter((x) => x >= 0);
  if (starts.length === 0) return false;
  const middle = [...starts].sort((a, b) => a - b)[Math.floor(starts.length / 2)]!;
  return starts.filter((x) => Math.abs(x - middle) <= Math.max(2, 0.8 * stroke)).length >= 0.85 * starts.length;
}

/** A bar along the top, a bar across the middle wider than the stem is thick, no foot. */
function isCrossedSeven(s: Shape): boolean {
  const { h, stroke } = s;
  return inkSpan(s, 0, 0.22).width >= Math.max(0.4 * h, 3 * stroke) && widestRun(s, 0.3, 0.7) >= Math.max(0.3 * h, 2.5 * stroke)
    && inkSpan(s, 0.82, 1).width <= Math.max(0.3 * h, 2 * stroke);
}
