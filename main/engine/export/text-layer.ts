import type { OcrWordBox } from '../domain/field-reading';
import { uprightBox, type PagePlacement } from './pdf-page-placement';

/** One OCR word placed on the upright PDF page: baseline origin and size in points, and the width to stretch to. */
export interface PlacedWord {
  text: string;
  x: number;
  baseline: number;
  size: number;
  width: number;
}

/** How far below a line's box bottom the baseline sits, as a share of the line's height (descenders). */
const DESCENT = 0.2;

/**
 * Places the OCR words on the upright page, grouped into lines so that words of one line share one baseline and
 * one size: text extractors rebuild reading order from positions, and a ragged baseline reads as two lines.
 * Words come out in reading order (lines top to bottom, words left to right).
 */
export function placeWords(words: readonly OcrWordBox[], page: PagePlacement): PlacedWord[] {
  const boxes = words
    .map((w) => ({ text: w.text.normalize('NFC').replace(/\s+/g, ''), box: uprightBox(w.box, page.turn, page.pixels.width, page.pixels.height) }))
    .filter((w) => w.text.length > 0 && w.box.w > 0 && w.box.h > 0)
    .sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2));
  const lines: (typeof boxes)[] = [];
  for (const word of boxes) {
    const centre = word.box.y + word.box.h / 2;
    const line = lines.find((l) => {
      const top = Math.min(...l.map((w) => w.box.y));
      const bottom = Math.max(...l.map((w) => w.box.y + w.box.h));
      return centre > top && centre < bottom;
    });
    if (line) line.push(word);
    else lines.push([word]);
  }
  const placed: PlacedWord[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.box.x - b.box.x);
    const heights = line.map((w) => w.box.h).sort((a, b) => a - b);
    const height = heights[Math.floor(heights.length / 2)]!;
    const bottom = Math.max(...line.map((w) => w.box.y + w.box.h));
    const baselinePx = bottom - height * DESCENT;
    for (const w of line) {
      placed.push({
        text: w.text,
        x: w.box.x * page.scale,
        baseline: page.height - baselinePx * page.scale,
        size: Math.max(height * page.scale * 0.9, 1),
        width: w.box.w * page.scale,
      });
    }
  }
  return placed;
}
