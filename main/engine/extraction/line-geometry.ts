/** Where things are on a read page: a line's height and centre, a box around words, the words in a stretch. */
import type { OcrBox, OcrLine, OcrWord } from '../ocr/ocr-lines';

export const lineHeight = (b: OcrBox): number => Math.max(8, b.y1 - b.y0);
export const centreY = (b: OcrBox): number => (b.y0 + b.y1) / 2;

export function boxOf(words: OcrWord[], fallback: OcrBox): OcrBox {
  if (words.length === 0) return fallback;
  return {
    x0: Math.min(...words.map((w) => w.box.x0)), y0: Math.min(...words.map((w) => w.box.y0)),
    x1: Math.max(...words.map((w) => w.box.x1)), y1: Math.max(...words.map((w) => w.box.y1)),
  };
}

/** Words of `line` whose start lies in [x0, x1), in order. */
export function wordsBetween(line: OcrLine, x0: number, x1: number): OcrWord[] {
  return line.words.filter((w) => (w.box.x0 + w.box.x1) / 2 >= x0 && w.box.x0 < x1);
}

/** What is left of a dotted or dashed leader (a lone dash between two colours is not one). */
export const isLeader = (w: OcrWord): boolean => w.text.length >= 2 && (w.text.match(/[.…·,_:;-]/g) ?? []).length / w.text.length > 0.5;

/** x of character index `idx` of the line's text (words joined by single spaces). */
export function xAt(line: OcrLine, idx: number): number {
  let pos = 0;
  for (const w of line.words) {
    const end = pos + w.text.length;
    if (idx <= end) {
      const sym = w.symbols && w.symbols.length === w.text.length ? w.symbols[Math.min(idx - pos, w.text.length - 1)] : undefined;
      if (sym) return idx - pos >= w.text.length ? sym.box.x1 : sym.box.x0;
      const frac = Math.max(0, Math.min(1, (idx - pos) / Math.max(1, w.text.length)));
      return w.box.x0 + frac * (w.box.x1 - w.box.x0);
    }
    pos = end + 1;
  }
  return line.box.x1;
}

/** The words a match spans (offsets in the words' text joined by single spaces). */
export function wordsIn(ws: OcrWord[], m: { start: number; end: number }): OcrWord[] {
  const out: OcrWord[] = [];
  let pos = 0;
  for (const w of ws) {
    const end = pos + w.text.length;
    if (end > m.start && pos < m.end) out.push(w);
    pos = end + 1;
  }
  return out;
}
