/**
 * Which way up a page is, told by its own text: each turn tried is read whole (page-reading.ts), and these
 * judge the reading. Projections cannot tell upright from upside down; a reading can:
 * - text read the right way up is read with confidence: the median word (3+ characters) of every page the
 *   right way up in the dev corpus scored 93–96, of every page upside down 32–69;
 * - a right-way-up reading has its words wider than tall.
 * Tesseract's automatic segmentation also reads a page lying a quarter turn one way (its lines on end, read
 * top to bottom) with that same confidence, and the words it gives stand on end: the page is then upright one
 * quarter turn back, which is tried next.
 */
import type { OcrLine } from '../ocr/ocr-lines';
import type { PageFields } from './find-fields';

export type Turn = 0 | 90 | 180 | 270;

/** What the orientation judges of one turn's reading. */
export interface TurnReading {
  lines: OcrLine[];
  fields: PageFields;
}

/** At least this share of words wider than tall: the reading's words lie the right way. */
const UPRIGHT = 0.7;
/** A median word confidence this high is text read the right way up (none read upside down came near 75). */
const READ_CONFIDENCE = 85;
/** Fewer words than this say too little to judge by their confidence. */
const MIN_WORDS = 8;

const words3 = (p: TurnReading) => p.lines.flatMap((l) => l.words).filter((w) => w.text.length >= 3);

/** Share of words (3+ characters) wider than tall: about all of them on a page read the right way up. */
function uprightShare(p: TurnReading): number {
  const words = words3(p);
  if (words.length === 0) return 1;
  return words.filter((w) => w.box.x1 - w.box.x0 > w.box.y1 - w.box.y0).length / words.length;
}

const confidentWords = (p: TurnReading, min: number): number => words3(p).filter((w) => w.confidence >= min).length;

/** Enough words, read with the confidence of text the right way up (whichever way the words lie). */
function readsAsText(p: TurnReading): boolean {
  const confidences = words3(p).map((w) => w.confidence).sort((a, b) => a - b);
  return confidences.length >= MIN_WORDS && confidences[Math.floor(confidences.length / 2)]! >= READ_CONFIDENCE;
}

/** A known form, fields found, or (invoices, ID copies) plenty of confident words: text read upside down never gives these. */
function looksRead(p: TurnReading): boolean {
  return p.fields.kind !== 'other' || p.fields.values.filter((v) => v.match).length >= 3 || confidentWords(p, 85) >= 25 || readsAsText(p);
}

/** The turn was right: read as text, its words lying the right way. No other turn is tried. */
export function isUpright(p: TurnReading): boolean {
  return uprightShare(p) >= UPRIGHT && looksRead(p);
}

/** How well a turn read; the best-scored turn is kept when none is upright. */
export function turnScore(p: TurnReading): number {
  return ((p.fields.kind === 'other' ? 0 : 1000) + p.fields.values.filter((v) => v.match).length * 50 + confidentWords(p, 70)) * uprightShare(p);
}

/** The turns still to try after `turn` read as `p`, most likely first. */
export function nextTurns(turn: Turn, p: TurnReading, left: Turn[]): Turn[] {
  if (uprightShare(p) >= UPRIGHT) return left;
  // Words standing on end: the page lies a quarter turn off (a small card's frame fools the projections).
  // Read as text, it lies the quarter turn tesseract reads on end: one back is upright.
  const back = readsAsText(p) ? (((turn + 270) % 360) as Turn) : null;
  const sameAxis = (t: Turn): number => Number((t - turn + 360) % 180 === 0);
  return [...left].sort((a, b) => Number(b === back) - Number(a === back) || sameAxis(a) - sameAxis(b));
}
