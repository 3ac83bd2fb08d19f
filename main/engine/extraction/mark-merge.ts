/**
 * Two reads of one line of Vietnamese text (the layout pass and the full-resolution re-read, or two copies)
 * that spell the same letters may still differ in their marks. OCR drops a tone mark or a circumflex far more
 * often than it invents one, above all on capitals, where the mark is squeezed against the line above: a
 * letter read with a mark by one pass and bare by the other keeps the mark unless that read was unsure.
 */
import { foldVietnamese } from '../text/vietnamese';

export interface MarkedChar { c: string; confidence: number }

/** Below this confidence a mark one read alone saw is not trusted over the other read's bare letter. */
const MARK_TRUST = 0.6;

/** Number of combining marks (and đ's bar) on a letter. */
export function markCount(c: string): number {
  const nfd = c.normalize('NFD');
  return nfd.length - 1 + (/[đĐ]/.test(c) ? 1 : 0);
}

/**
 * Per-letter merge of two reads whose letters fold alike; null when they spell different letters (then the
 * caller keeps the more confident read whole). Case follows `a`.
 */
export function mergeMarks(a: MarkedChar[], b: MarkedChar[]): MarkedChar[] | null {
  const an = a.map((x) => ({ c: x.c.normalize('NFC'), confidence: x.confidence }));
  const bn = b.map((x) => ({ c: x.c.normalize('NFC'), confidence: x.confidence }));
  if (an.length !== bn.length) return null;
  if (an.some((x, i) => foldVietnamese(x.c) !== foldVietnamese(bn[i].c))) return null;
  return an.map((x, i) => {
    const y = bn[i];
    if (x.c.toLowerCase() === y.c.toLowerCase()) return { c: x.c, confidence: Math.max(x.confidence, y.confidence) };
    const upper = x.c !== x.c.toLowerCase();
    const pick = (c: string): string => (upper ? c.toUpperCase() : c.toLowerCase());
    const mx = markCount(x.c);
    const my = markCount(y.c);
    // One read saw a mark the other did not: the mark stays when its read was reasonably sure.
    if (mx > 0 && my === 0 && x.confidence >= MARK_TRUST) return x;
    if (my > 0 && mx === 0 && y.confidence >= MARK_TRUST) return { c: pick(y.c), confidence: y.confidence };
    return x.confidence >= y.confidence ? x : { c: pick(y.c), confidence: y.confidence };
  });
}
