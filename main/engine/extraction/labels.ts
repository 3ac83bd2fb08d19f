/**
 * Finding the printed labels of the declaration form and the certificate in OCR lines, and the value written
 * to the right of each label. OCR drops or swaps Vietnamese diacritics, so labels are matched on folded text
 * (lower case, no marks, đ→d) with a few edits allowed.
 */
import type { OcrBox, OcrLine } from '../ocr/ocr-lines';
import type { ScanField } from '../scan/scan.types';

/** Lower-case, diacritics and đ removed, one output char per input char (so indices stay aligned). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += (base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase()).slice(0, 1) || ' ';
  }
  return out;
}

type LabelField = ScanField | 'stop' | 'rub_engine' | 'rub_chassis';
interface LabelSpec { field: LabelField; pats: string[] }

// Order matters: longer labels that contain shorter ones ("ban ca so may" ⊃ "so may") are tried first, and
// distractor rows ("Năm sinh", "cấp ngày") are labels too so that their values never leak into a field.
const LABELS: LabelSpec[] = [
  // The form number in the corner ("Mẫu số 01") is one edit away from "Màu sơn".
  { field: 'stop', pats: ['mau so 01'] },
  { field: 'rub_engine', pats: ['ban ca so may', 'ban cha so may'] },
  { field: 'rub_chassis', pats: ['ban ca so khung', 'ban cha so khung'] },
  { field: 'owner_name', pats: ['ten chu xe'] },
  { field: 'address', pats: ['dia chi'] },
  { field: 'owner_id', pats: ['so cccd', 'cccd/cmnd', 'id card n'] },
  { field: 'brand', pats: ['nhan hieu'] },
  { field: 'model', pats: ['so loai'] },
  { field: 'color', pats: ['mau son'] },
  { field: 'engine', pats: ['so may'] },
  { field: 'chassis', pats: ['so khung'] },
  { field: 'plate', pats: ['bien so'] },
  { field: 'registered_on', pats: ['dang ky lan dau', 'ngay dang ky'] },
  { field: 'stop', pats: ['nam sinh', 'cap ngay', 'nam san xuat', 'so dien thoai'] },
];

/** Best approximate occurrence of pat in text (Sellers' algorithm), at most k edits: [start, end, edits]. */
export function approxFind(text: string, pat: string, k: number): [number, number, number] | null {
  const m = pat.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let prevStart = new Array<number>(m + 1).fill(0);
  let best: [number, number, number] | null = null;
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    const curStart = [j];
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pat[i - 1] === text[j - 1] ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      const v = Math.min(sub, del, ins);
      cur.push(v);
      curStart.push(v === sub ? prevStart[i - 1] : v === del ? prevStart[i] : curStart[i - 1]);
    }
    if (cur[m] <= k && (!best || cur[m] < best[2])) best = [curStart[m], j, cur[m]];
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

interface Hit { field: LabelField; start: number; end: number }

/** Labels found in one OCR line, left to right, never overlapping. */
function labelsIn(line: string): Hit[] {
  const f = fold(line);
  const hits: Hit[] = [];
  for (const spec of LABELS) {
    for (const p of spec.pats) {
      const r = approxFind(f, p, p.length >= 12 ? 2 : 1);
      if (r && !hits.some((h) => r[0] < h.end && r[1] > h.start)) {
        hits.push({ field: spec.field, start: r[0], end: r[1] });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The page kind from its title lines. */
export function pageKind(lines: OcrLine[]): 'declaration' | 'certificate' | 'other' {
  for (const line of lines) {
    const f = fold(line.text);
    if (approxFind(f, 'giay khai dang ky xe', 3)) return 'declaration';
    if (approxFind(f, 'chung nhan dang ky', 3)) return 'certificate';
  }
  return 'other';
}

export interface LabelledValue {
  field: ScanField;
  /** The value as the layout pass read it (leaders and label tails removed). */
  text: string;
  /** The words of the value in the layout pass (for per-character confidences). */
  words: OcrLine['words'];
  /** The value's region in the layout image's pixels. */
  region: OcrBox;
}

/** A value without the label's tail and the leftovers of its dotted leader. */
export function cleanValue(v: string): string {
  return v.replace(/^[^:;]{0,30}?[:;]/, '') // "(Owner's full name):" tail of the label
    .replace(/[.…_·,:;]{3,}.*$/, '') // what is left of a dotted leader is junk
    .replace(/[.…_·,:;]{2,}/g, ' ').replace(/[|~]/g, ' ')
    .replace(/\s+/g, ' ').trim().replace(/^[-.,:;]+|[-.,:;]+$/g, '').trim();
}

/** x of character index `idx` of the line's text, from its words' boxes. */
function xAt(line: OcrLine, idx: number): number {
  let pos = 0;
  for (const w of line.words) {
    const end = pos + w.text.length;
    if (idx <= end) {
      // Character boxes, when the engine gave them, place a value glued to its label exactly.
      const sym = w.symbols && w.symbols.length === w.text.length ? w.symbols[idx - pos] : undefined;
      if (sym) return sym.box.x0;
      const frac = Math.max(0, Math.min(1, (idx - pos) / Math.max(1, w.text.length)));
      return w.box.x0 + frac * (w.box.x1 - w.box.x0);
    }
    pos = end + 1;
  }
  return line.box.x1;
}

/** Every labelled value on a page and the title lines of the rubbing boxes (layout-image pixels). */
export function findValues(lines: OcrLine[], pageWidth: number): { values: LabelledValue[]; rubbings: { field: 'engine' | 'chassis'; title: OcrBox }[] } {
  const values: LabelledValue[] = [];
  const rubbings: { field: 'engine' | 'chassis'; title: OcrBox }[] = [];
  for (const line of lines) {
    const hits = labelsIn(line.text);
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (h.field === 'rub_engine' || h.field === 'rub_chassis') {
        rubbings.push({ field: h.field === 'rub_engine' ? 'engine' : 'chassis', title: line.box });
        break;
      }
      if (h.field === 'stop') continue;
      const next = hits[i + 1];
      const raw = line.text.slice(h.end, next ? next.start : undefined);
      // OCR often reads the label's colon as ';' and glues "(Engine N°):" to the value in one word.
      const colon = raw.search(/[:;]/);
      const valueStart = h.end + (colon >= 0 && colon < 30 ? colon + 1 : 0);
      // The value starts at the first word after the label's colon, or inside the word the colon is glued to.
      let x0 = xAt(line, valueStart);
      let pos = 0;
      for (const w of line.words) {
        if (pos >= valueStart && !/^[:;.…]+$/.test(w.text)) { x0 = w.box.x0; break; }
        if (pos < valueStart && valueStart < pos + w.text.length) { x0 = xAt(line, valueStart); break; }
        pos += w.text.length + 1;
      }
      const limit = next ? xAt(line, next.start) - 4 : pageWidth - 40;
      let x1 = x0;
      const words: OcrLine['words'] = [];
      for (const w of line.words) {
        if (w.box.x1 <= x0 || w.box.x0 > limit) continue;
        const dots = (w.text.match(/[.…·,_]/g) ?? []).length;
        if (dots / w.text.length > 0.5 || (x1 > x0 && w.box.x0 - x1 > 110)) break;
        x1 = Math.min(limit, w.box.x1);
        words.push(w);
      }
      if (x1 <= x0) x1 = limit;
      values.push({ field: h.field, text: cleanValue(raw), words, region: { x0, y0: line.box.y0, x1, y1: line.box.y1 } });
    }
  }
  return { values, rubbings };
}
