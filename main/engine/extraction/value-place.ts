/**
 * Where a value should be when the page pass read nothing there: values on the line under their label, typed small
 * on a dashed leader, are sometimes dropped whole by the layout analysis (taken for a rule or a picture). The band
 * under the label, down to the next line read in its column, is the value's place when it is tall enough to hold a
 * line: it is re-read (value-read.ts), and a re-read that gives nothing invents nothing.
 */
import type { OcrLine } from '../ocr/ocr-lines';
import type { ScanField } from '../domain/field-reading';
import type { FoundValue } from './found-value';
import { lineHeight } from './line-geometry';

/** A line's height of blank under a label: rows of labels with their values beside them lie closer than this. */
const EMPTY_BAND = 1.2;
/** How far under the label a value's line is looked for. */
const DEEPEST = 2.5;

/** The unread band under `line` in the column [colStart, colEnd), as a place to re-read, or null when there is none. */
export function emptyPlaceBelow(field: ScanField, line: OcrLine, lines: readonly OcrLine[], colStart: number, colEnd: number): FoundValue | null {
  const lh = lineHeight(line.box);
  const under = lines.filter((l) => l !== line && l.box.y0 > line.box.y1 - 0.2 * lh && l.box.x1 > colStart && l.box.x0 < colEnd);
  const floor = Math.min(line.box.y1 + DEEPEST * lh, ...under.map((l) => l.box.y0));
  if (floor - line.box.y1 < EMPTY_BAND * lh) return null;
  const right = Number.isFinite(colEnd) ? colEnd : Math.max(...lines.map((l) => l.box.x1));
  // A line's height under the label, clear of the next line: the re-read takes a single line, and its crop's
  // margin would reach into either neighbour.
  const y1 = Math.min(line.box.y1 + 1.4 * lh, floor - 0.4 * lh);
  return { field, method: 'below', text: '', match: null, words: [], region: { x0: Math.max(0, colStart), y0: line.box.y1 + 0.15 * lh, x1: right, y1 } };
}
