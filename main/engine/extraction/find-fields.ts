/**
 * Field finding on one read page, whatever its layout: labels are found anywhere by fuzzy match over every
 * wording (label-vocabulary.ts); each label's value is tied to it by geometry — the rest of its line and the
 * words on the same baseline to its right (a table's next cell), else the line below it — and kept only where
 * the field's grammar parses it. Serials with no readable label are found by their pattern anywhere on a form.
 */
import type { OcrBox, OcrLine, OcrWord } from '../ocr/ocr-lines';
import type { ScanField } from '../domain/field-reading';
import { misreadCitizenId } from './citizen-id-grammar';
import { findFieldValue } from './field-grammar';
import { BRANDS } from './field-vocabulary';
import { foldVietnamese } from '../text/vietnamese';
import type { FoundValue } from './found-value';
import { LABEL_WORDINGS, PAGE_TITLES, type LabelKind } from './label-vocabulary';
import { approxFind, fold } from './labels';
import { cellAbove, wrapped } from './address-lines';
import { boxOf, centreY, isLeader, lineHeight, wordsBetween, wordsIn, xAt } from './line-geometry';
import { ownerNameByShape } from './owner-name-by-shape';

export { xAt } from './line-geometry';

export type { FindMethod, FoundValue } from './found-value';

export interface RubbingTitle { kind: 'rubbing_engine' | 'rubbing_chassis' | 'rubbing_both'; box: OcrBox }

export interface PageFields {
  kind: 'declaration' | 'certificate' | 'other';
  values: FoundValue[];
  rubbings: RubbingTitle[];
}

interface Hit { kind: LabelKind; wording: string; line: number; start: number; end: number; box: OcrBox }

/** Wordings of an issue date, whose paper is the one its line names. */
const ISSUE_DATE = new Set(['ngay cap', 'cap ngay']);

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}|\d/u.test(c);

/** Labels in one line's folded text, longest wordings first, never overlapping, at word boundaries. */
function labelsIn(text: string, lineNo: number, line: OcrLine): Hit[] {
  const f = fold(text);
  const found: { kind: LabelKind; wording: string; start: number; end: number; length: number; edits: number }[] = [];
  // Small type reads words glued together ("Sốkhung:", "Tên chủxe"): the line is also searched with its spaces
  // dropped, positions mapped back.
  const kept: number[] = [];
  for (let i = 0; i < f.length; i++) if (f[i] !== ' ') kept.push(i);
  const compact = kept.map((i) => f[i]).join('');
  for (const w of LABEL_WORDINGS) {
    if (f.length < w.text.length - w.maxEdits) continue;
    const r = approxFind(f, w.text, w.maxEdits);
    if (r && !isLetter(f[r[0] - 1]) && !isLetter(f[r[1]])) {
      found.push({ kind: w.kind, wording: w.text, start: r[0], end: r[1], length: w.text.length, edits: r[2] });
      continue;
    }
    const bare = w.text.replace(/ /g, '');
    if (bare.length < 6 || bare === w.text) continue;
    const c = approxFind(compact, bare, w.maxEdits);
    if (!c || c[1] === 0) continue;
    const start = kept[c[0]];
    const end = kept[c[1] - 1] + 1;
    if (isLetter(f[start - 1])) continue;
    found.push({ kind: w.kind, wording: w.text, start, end, length: w.text.length, edits: c[2] + 0.5 });
  }
  // Longer wordings first ("bản cà số máy" over "số máy"); of equal length the exact one ("số máy 2" read
  // exactly beats "số máy 1" one edit away).
  found.sort((a, b) => b.length - a.length || a.edits - b.edits);
  const hits: Hit[] = [];
  for (const { kind, wording, start, end } of found) {
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    hits.push({ kind, wording, line: lineNo, start, end, box: { x0: xAt(line, start), y0: line.box.y0, x1: xAt(line, end), y1: line.box.y1 } });
  }
  hits.sort((a, b) => a.start - b.start);
  // An issue date belongs to the paper named before it on its line: after a plate ("Biển số: … Ngày cấp: …") it is
  // the day the plate was issued, the vehicle's registration; after a citizen ID it is the ID's, no vehicle value.
  hits.forEach((h, k) => {
    if (h.kind === 'stop' && ISSUE_DATE.has(h.wording) && hits[k - 1]?.kind === 'plate') h.kind = 'registered_on';
  });
  // "Số loại (Model code)": the English gloss right after a label is the same label, not a second one.
  const merged: Hit[] = [];
  for (const h of hits) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === h.kind && /^[\s(:;]*$/.test(f.slice(prev.end, h.start))) {
      prev.end = h.end;
      prev.box = { ...prev.box, x1: h.box.x1 };
    } else merged.push(h);
  }
  return merged;
}

/**
 * Where a label's value starts: past the label's own tail — a field number ("Số máy 1"), an English gloss in
 * brackets ("(Engine N0)", even when its bracket is lost), the colon and what is left of a leader.
 */
export function skipLabelTail(text: string, end: number, limit = text.length): number {
  let i = end;
  const rest = (): string => text.slice(i);
  i += /^\s*/.exec(rest())![0].length;
  const num = /^[12]\s*(?=\()/.exec(rest());
  if (num) i += num[0].length;
  // The gloss ends at a colon close by ("(Address):", "Address):" with its bracket lost, "chủ xe:", "Engine No:").
  // A longer stretch before a colon is the value followed by its neighbour's label, unless it holds a bracket.
  const colon = /^[^:;\d]{0,32}?[:;]/u.exec(text.slice(i, limit));
  if (colon && (colon[0].length <= 13 || /[()]/.test(colon[0]))) i += colon[0].length;
  else if (text[i] === '(') {
    const close = text.indexOf(')', i);
    if (close >= 0 && close - i <= 50) i = close + 1;
  }
  i += /^[\s:;.…_·,]*/.exec(text.slice(i))![0].length;
  return i;
}

/** The page kind from its title lines. */
function pageKind(lines: OcrLine[], values: FoundValue[]): PageFields['kind'] {
  // The title read most exactly wins; a form's prose may name the other paper ("giấy chứng nhận đăng ký").
  // With no title read at all, a page of three or more labelled vehicle values, or of both the engine and the
  // chassis number (no ID copy or receipt prints those), is a form whose title was lost, or a later page of one
  // (ĐKX10's electronic-data blocks repeat plate and serials under a title of their own).
  const vehicle = new Set(values.filter((v) => v.match && VEHICLE_FIELDS.has(v.field)).map((v) => v.field));
  const form = vehicle.size >= 3 || (vehicle.has('chassis') && vehicle.has('engine'));
  let best: { kind: PageFields['kind']; ratio: number; y: number } = { kind: form ? 'declaration' : 'other', ratio: Infinity, y: Infinity };
  for (const line of lines) {
    const f = fold(line.text);
    for (const t of PAGE_TITLES) {
      const k = Math.floor(t.text.length / 7);
      const r = f.length >= t.text.length - k ? approxFind(f, t.text, k) : null;
      if (!r) continue;
      const ratio = r[2] / t.text.length;
      if (ratio < best.ratio || (ratio === best.ratio && line.box.y0 < best.y)) best = { kind: t.kind, ratio, y: line.box.y0 };
    }
  }
  return best.kind;
}

/** Finds every labelled value and serial pattern on a page read as lines of words (levelled pixels). */
export function findFields(lines: OcrLine[]): PageFields {
  const hits = lines.map((l, i) => labelsIn(l.text, i, l));
  const all = hits.flat();
  const rubbings: RubbingTitle[] = [];
  const values: FoundValue[] = [];
  const used = new Set<OcrWord>();
  for (const h of all) {
    if (h.kind === 'rubbing_engine' || h.kind === 'rubbing_chassis' || h.kind === 'rubbing_both') {
      // The title's own words, not its line: two boxes side by side put both titles on one line.
      rubbings.push({ kind: h.kind, box: h.box });
      continue;
    }
    if (h.kind === 'stop') continue;
    const found = valueOf(h, lines, hits, all);
    if (found) {
      values.push(found);
      if (found.match) for (const w of found.words) used.add(w);
    }
  }
  const kind = pageKind(lines, values);
  // An invoice, an ID copy or a contract filed in the dossier is no evidence of the vehicle's registration (the
  // ID copy may be the seller's): nothing is read off it.
  if (kind === 'other') return { kind, values: [], rubbings: [] };
  values.push(...patternValues(lines, values, used, new Set(all.filter((h) => h.kind !== 'stop').map((h) => h.line))));
  if (!values.some((v) => v.field === 'brand' && v.match)) values.push(...brandByName(lines, used));
  const name = values.some((v) => v.field === 'owner_name' && v.match) ? null : ownerNameByShape(lines, used);
  if (name) values.push(name);
  return { kind, values, rubbings };
}

/** Vehicle fields only a registration form or certificate prints together. */
const VEHICLE_FIELDS = new Set<ScanField>(['plate', 'chassis', 'engine', 'brand', 'model', 'color', 'registered_on']);

/** The value of one label: the rest of its line and the same baseline to its right, else the line below. */
function valueOf(h: Hit, lines: OcrLine[], hits: Hit[][], all: Hit[]): FoundValue | null {
  const field = h.kind as ScanField;
  const line = lines[h.line];
  const lh = lineHeight(line.box);
  const next = hits[h.line].find((o) => o.start > h.start);
  // The colon that ends a label's gloss comes before the next label: a colon after it is the next label's.
  const start = skipLabelTail(line.text, h.end, next ? next.start : line.text.length);
  const limitX = next ? next.box.x0 : Infinity;
  const startX = start >= line.text.length ? line.box.x1 : xAt(line, start);
  const own = wordsBetween(line, startX - 2, limitX).filter((w) => !isLeader(w));
  // Words on the same baseline further right, in other lines (a table's next cell, a gap the reader split).
  const band = lines.flatMap((l, i) => {
    // A line that starts left of the label's end is a row of its own (a small card's rows lie close), not a cell.
    if (i === h.line || Math.abs(centreY(l.box) - centreY(line.box)) > 0.6 * lh || l.box.x0 < h.box.x1 - lh) return [];
    const firstLabel = hits[i][0];
    const stop = Math.min(limitX, firstLabel ? firstLabel.box.x0 : Infinity);
    return wordsBetween(l, Math.max(h.box.x1, startX) - 2, stop).filter((w) => !isLeader(w));
  });
  const right = [...own, ...band].sort((a, b) => a.box.x0 - b.box.x0);
  const text = right.map((w) => w.text).join(' ');
  const match = text.trim() ? findFieldValue(field, text) : null;
  if (match) {
    const v = wrapped({ field, method: 'label', text, match, words: right, region: boxOf(right, line.box) }, lines, hits, h.box.x0);
    return own.length === 0 ? cellAbove(v, lines, hits, line.box) : v;
  }
  // The line below, under the label's own column (values under their label; two labels on a row share the
  // row below, each taking what lies under it; a wrapped table cell).
  const colStart = h.box.x0 - 1.5 * lh;
  const colEnd = next ? next.box.x0 - 0.5 * lh : Infinity;
  const below = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.box.y0 > line.box.y0 + 0.5 * lh && l.box.y0 < line.box.y1 + 2.2 * lh && l.box.x1 > colStart && l.box.x0 < colEnd)
    .sort((a, b) => a.l.box.y0 - b.l.box.y0);
  let unparsed: FoundValue | null = null;
  for (const { l, i } of below.slice(0, 2)) {
    // The next label's row — a label starting in the column or running into it from the left (a heading's
    // near-match "THÔNG TIN CHỦ XE" above "Tên chủ xe:") — holds no value of this one.
    const labelAt = all.find((o) => o.line === i && o.kind !== 'stop' && o.box.x1 > colStart && o.box.x0 < colEnd);
    if (labelAt && labelAt.box.x0 - colStart < 4 * lh) break;
    const stopAt = hits[i].find((o) => o.box.x0 > colStart + lh);
    const ws = l.words.filter((w) => w.box.x0 >= colStart && w.box.x0 < Math.min(colEnd, stopAt ? stopAt.box.x0 : Infinity) && !isLeader(w));
    const t = ws.map((w) => w.text).join(' ');
    const m = t.trim() ? findFieldValue(field, t) : null;
    if (m) return wrapped({ field, method: 'below', text: t, match: m, words: ws, region: boxOf(ws, l.box) }, lines, hits, h.box.x0);
    // Text under the label that does not parse (a hand the page pass garbled) is the value's place, re-read later.
    if (!unparsed && ws.length > 0) unparsed = { field, method: 'below', text: t, match: null, words: ws, region: { ...boxOf(ws, l.box), y0: l.box.y0, y1: l.box.y1 } };
  }
  if (!text.trim()) return unparsed;
  // A place that did not parse is re-read whole: the label's line from the label to the next label (the page pass
  // may have dropped part of a handwritten value), not the garbled words' boxes (one may reach into the next line).
  const words = boxOf(right, { ...line.box, x0: startX });
  const place = { x0: Math.min(words.x0, startX), y0: line.box.y0, x1: next ? Math.max(words.x1, next.box.x0 - 0.3 * lh) : words.x1, y1: line.box.y1 };
  return { field, method: 'label', text, match: null, words: right, region: place };
}

/** Fields whose values have a shape strict enough to be recognised with no label. */
const PATTERN_FIELDS: readonly ScanField[] = ['chassis', 'plate', 'owner_id', 'engine'];

/** Serials found by their shape on lines that hold no label, for fields no label gave. */
function patternValues(lines: OcrLine[], labelled: FoundValue[], used: Set<OcrWord>, labelLines: Set<number>): FoundValue[] {
  const out: FoundValue[] = [];
  const have = new Set(labelled.filter((v) => v.match).map((v) => v.field));
  lines.forEach((line, i) => {
    if (labelLines.has(i)) return;
    const ws = line.words.filter((w) => !used.has(w));
    const text = ws.map((w) => w.text).join(' ');
    for (const field of PATTERN_FIELDS) {
      if (have.has(field)) continue;
      const m = findFieldValue(field, text);
      if (!m || !strictShape(field, m.value)) continue;
      const mine = wordsIn(ws, m);
      out.push({ field, method: 'pattern', text, match: m, words: mine, region: boxOf(mine, line.box) });
      for (const w of mine) used.add(w);
      have.add(field);
    }
  });
  if (!have.has('owner_id')) {
    const place = misreadIdPlace(lines, used, labelLines);
    if (place) out.push(place);
  }
  return out;
}

/**
 * With no citizen ID found, a run of twelve digits on a line with no label is an ID misread (its label a wording
 * no vocabulary holds): its place, unparsed, is read again, and the officer is asked if no read parses.
 */
function misreadIdPlace(lines: OcrLine[], used: Set<OcrWord>, labelLines: Set<number>): FoundValue | null {
  for (const [i, line] of lines.entries()) {
    if (labelLines.has(i)) continue;
    const ws = line.words.filter((w) => !used.has(w));
    const text = ws.map((w) => w.text).join(' ');
    const m = misreadCitizenId(text);
    if (!m) continue;
    const mine = wordsIn(ws, m);
    return { field: 'owner_id', method: 'pattern', text: mine.map((w) => w.text).join(' '), match: null, words: mine, region: boxOf(mine, line.box) };
  }
  return null;
}

/**
 * A maker's name is a closed vocabulary: with its label lost (small type read "Nhãn h:;4."), a word on the
 * page that is exactly a known maker of four or more letters, and no other value's, is the brand.
 */
function brandByName(lines: OcrLine[], used: Set<OcrWord>): FoundValue[] {
  for (const line of lines) {
    for (const w of line.words) {
      const word = w.text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (used.has(w) || word.length < 4 || !BRANDS.includes(foldVietnamese(word).toUpperCase())) continue;
      const match = findFieldValue('brand', word);
      if (match) return [{ field: 'brand', method: 'pattern', text: word, match, words: [w], region: w.box }];
    }
  }
  return [];
}

/** With no label to vouch for it, only an unmistakable shape counts: a full VIN, a 12-digit CCCD, a plate, a maker-style engine number. */
function strictShape(field: ScanField, v: string): boolean {
  if (field === 'chassis') return v.length === 17;
  if (field === 'owner_id') return v.length === 12;
  if (field === 'engine') return /[A-Z]/.test(v) && v.length >= 7 && v.length <= 16 && v.length !== 17;
  return true;
}
