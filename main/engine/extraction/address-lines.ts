/**
 * An address runs over several lines: under its label's line when it wraps, and above it too in a table cell
 * whose lines are centred on the label.
 */
import type { OcrBox, OcrLine } from '../ocr/ocr-lines';
import { findFieldValue } from './field-grammar';
import type { FoundValue } from './found-value';
import { boxOf, centreY, isLeader, lineHeight } from './line-geometry';

/** Per line, the labels found on it (a line holding one is never a value's continuation). */
type LabelsPerLine = readonly (readonly unknown[])[];

/**
 * A long address wraps: the lines right under it that start where it starts (or back under its label) and
 * hold no label continue it.
 */
export function wrapped(v: FoundValue, lines: OcrLine[], hits: LabelsPerLine, labelX0: number): FoundValue {
  if (v.field !== 'address' || !v.match) return v;
  let region = v.region;
  const words = [...v.words];
  let text = v.text;
  for (;;) {
    const lh = lineHeight(region);
    const i = lines.findIndex((l) => !words.includes(l.words[0]) && l.box.y0 > region.y1 - 0.3 * lh && l.box.y0 < region.y1 + 0.9 * lh
      && l.box.x0 > Math.min(labelX0, region.x0) - lh && l.box.x0 < region.x0 + 1.5 * lh);
    if (i < 0 || hits[i].length > 0) break;
    const more = lines[i].words.filter((w) => !isLeader(w));
    if (more.length === 0) break;
    words.push(...more);
    text = `${text} ${more.map((w) => w.text).join(' ')}`;
    region = boxOf(words, region);
  }
  if (words.length === v.words.length) return v;
  const match = findFieldValue('address', text);
  return match ? { ...v, text, match, words, region } : v;
}

/**
 * A table cell's lines are centred on its label: an address read from the cell's middle line also holds the
 * lines above it that start where it starts, as long as each brings the block's centre nearer the label's
 * (the row above's value, also in that column, takes it further away).
 */
export function cellAbove(v: FoundValue, lines: OcrLine[], hits: LabelsPerLine, label: OcrBox): FoundValue {
  if (v.field !== 'address' || !v.match) return v;
  let { region, words, text } = v;
  const away = (r: OcrBox): number => Math.abs(centreY(r) - centreY(label));
  const lh = lineHeight(label);
  for (;;) {
    // The nearest line above that starts where the value starts.
    let i = -1;
    lines.forEach((l, k) => {
      if (words.includes(l.words[0]) || l.box.y1 >= region.y0 + 0.3 * lh || l.box.y1 <= region.y0 - 0.9 * lh) return;
      if (Math.abs(l.box.x0 - region.x0) < 1.5 * lh && (i < 0 || l.box.y1 > lines[i]!.box.y1)) i = k;
    });
    if (i < 0 || hits[i]!.length > 0) break;
    const more = lines[i].words.filter((w) => !isLeader(w));
    const grown = boxOf([...more, ...words], region);
    if (more.length === 0 || away(grown) >= away(region)) break;
    words = [...more, ...words];
    text = `${more.map((w) => w.text).join(' ')} ${text}`;
    region = grown;
  }
  if (words.length === v.words.length) return v;
  const match = findFieldValue('address', text);
  return match ? { ...v, text, match, words, region } : v;
}
