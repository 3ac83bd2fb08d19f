/**
 * PROTOTYPE field reader for the OCR probe: finds the form's Vietnamese labels in OCR lines (fuzzy,
 * diacritic-folded), reads the value after the label up to the next label, and gives the value's pixel
 * region for single-line re-OCR. Good enough to measure; the pipeline should use a real template matcher.
 */
import type { OcrLine, OcrBox } from '../../../main/engine/ocr/ocr-lines';

export type Field = 'plate' | 'chassis' | 'engine' | 'owner_name' | 'owner_id' | 'address' | 'brand' | 'model' | 'color' | 'registered_on';
export const FIELDS: Field[] = ['plate', 'chassis', 'engine', 'owner_name', 'owner_id', 'address', 'brand', 'model', 'color', 'registered_on'];

/** Lower-case, diacritics and đ removed, one output char per input char (indices stay aligned). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += (base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase()).slice(0, 1) || ' ';
  }
  return out;
}

interface LabelSpec { field: Field | 'stop' | 'rub_engine' | 'rub_chassis'; pats: string[] }
const LABELS: LabelSpec[] = [
  { field: 'rub_engine', pats: ['ban ca so may'] },
  { field: 'rub_chassis', pats: ['ban ca so khung'] },
  { field: 'owner_name', pats: ['ten chu xe'] },
  { field: 'address', pats: ['dia chi'] },
  { field: 'owner_id', pats: ['so cccd', 'cccd/cmnd'] },
  { field: 'brand', pats: ['nhan hieu'] },
  { field: 'model', pats: ['so loai'] },
  { field: 'color', pats: ['mau son'] },
  { field: 'engine', pats: ['so may'] },
  { field: 'chassis', pats: ['so khung'] },
  { field: 'plate', pats: ['bien so'] },
  { field: 'registered_on', pats: ['dang ky lan dau', 'ngay dang ky'] },
  { field: 'stop', pats: ['nam sinh', 'cap ngay', 'nam san xuat', 'so dien thoai'] },
];

/** Best approximate occurrence of pat in text (Sellers), max k edits; returns [start,end) or null. */
function approxFind(text: string, pat: string, k: number): [number, number, number] | null {
  const m = pat.length;
  let prev = new Array<number>(m + 1).fill(0).map((_, i) => i);
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
    if (cur[m] <= k && (!best || cur[m] < best[0])) best = [cur[m], curStart[m], j];
    prev = cur;
    prevStart = curStart;
  }
  return best ? [best[1], best[2], best[0]] : null;
}

export interface Hit { field: LabelSpec['field']; start: number; end: number; dist: number }

/** Labels found in one OCR line, left to right. */
export function labelsIn(line: string): Hit[] {
  const f = fold(line);
  const hits: Hit[] = [];
  for (const spec of LABELS) {
    for (const p of spec.pats) {
      const r = approxFind(f, p, p.length >= 12 ? 2 : 1);
      if (r && !hits.some((h) => r[0] < h.end && r[1] > h.start)) {
        hits.push({ field: spec.field, start: r[0], end: r[1], dist: r[2] });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export interface Reading { field: Field; value: string; region: OcrBox; lineBox: OcrBox; dist: number }

function cleanValue(v: string): string {
  return v.replace(/^[^:]{0,30}?:/, '') // "(Owner's full name):" tails of the label
    .replace(/[.…_·,:;]{3,}.*$/, '') // the rest of a dotted leader is junk
    .replace(/[.…_·,:;]{2,}/g, ' ').replace(/[|~]/g, ' ')
    .replace(/\s+/g, ' ').trim().replace(/^[-.,:;]+|[-.,:;]+$/g, '').trim();
}

/** Position (x) of character index `idx` in the line, from its words. */
function xAt(line: OcrLine, idx: number): number {
  let pos = 0;
  for (const w of line.words) {
    const end = pos + w.text.length;
    if (idx <= end) {
      const frac = Math.max(0, Math.min(1, (idx - pos) / Math.max(1, w.text.length)));
      return w.box.x0 + frac * (w.box.x1 - w.box.x0);
    }
    pos = end + 1;
  }
  return line.box.x1;
}

/** Every labelled value on a page, and the title lines of the rubbing boxes. */
export function extract(lines: OcrLine[], pageWidth: number): { readings: Reading[]; rubbings: { field: 'engine' | 'chassis'; lineBox: OcrBox }[] } {
  const readings: Reading[] = [];
  const rubbings: { field: 'engine' | 'chassis'; lineBox: OcrBox }[] = [];
  for (const line of lines) {
    const hits = labelsIn(line.text);
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (h.field === 'rub_engine' || h.field === 'rub_chassis') {
        rubbings.push({ field: h.field === 'rub_engine' ? 'engine' : 'chassis', lineBox: line.box });
        break;
      }
      if (h.field === 'stop') continue;
      const next = hits[i + 1];
      const raw = line.text.slice(h.end, next ? next.start : undefined);
      const colon = raw.indexOf(':');
      const valueStart = h.end + (colon >= 0 && colon < 30 ? colon + 1 : 0);
      const value = cleanValue(raw);
      // Start at the first word that begins after the label's colon (never inside the label).
      let x0 = xAt(line, valueStart);
      let pos = 0;
      for (const w of line.words) {
        if (pos >= valueStart && !/^[:.…]+$/.test(w.text)) { x0 = w.box.x0; break; }
        pos += w.text.length + 1;
      }
      const limit = next ? xAt(line, next.start) - 5 : pageWidth - 60;
      let x1 = x0;
      for (const w of line.words) {
        if (w.box.x0 < x0 - 5 || w.box.x0 > limit) continue;
        const dots = (w.text.match(/[.…·,_]/g) ?? []).length;
        if (dots / w.text.length > 0.5 || (x1 > x0 && w.box.x0 - x1 > 160)) break;
        x1 = Math.min(limit, w.box.x1);
      }
      if (x1 <= x0) x1 = limit;
      readings.push({ field: h.field, value, region: { x0, y0: line.box.y0, x1, y1: line.box.y1 }, lineBox: line.box, dist: h.dist });
    }
  }
  return { readings, rubbings };
}

const canonSerial = (s: string): string => s.toUpperCase().replace(/[\s.\-–—_]/g, '');
const canonText = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/[.,;:]+$/g, '').replace(/\s+/g, ' ').trim();

function isoFromPaper(s: string): string {
  const m = s.match(/(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})/);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : s;
}

/** Comparison form: serials without separators, ids without spaces, dates ISO, text NFC lower-case. */
export function canon(field: Field, v: string): string {
  if (field === 'plate' || field === 'chassis' || field === 'engine') return canonSerial(v);
  if (field === 'owner_id') return v.replace(/\s/g, '');
  if (field === 'registered_on') return isoFromPaper(v);
  return canonText(v);
}

/** Exact match after canon(). */
export function same(field: Field, got: string | undefined, truth: string): boolean {
  return got !== undefined && canon(field, got) === canon(field, truth);
}

// '.' stays in every list: leader dots must have somewhere to go or they become letters.
export const WHITELIST: Record<'plate' | 'chassis' | 'engine' | 'owner_id', string> = {
  owner_id: '0123456789.',
  chassis: 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789.',
  engine: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.',
  plate: 'ABCDEFGHKLMNPRSTUVXYZ0123456789-.',
};

/** Cleans a whitelisted single-line reading: leader dot runs and stray edge punctuation go. */
export function cleanSerial(field: 'plate' | 'chassis' | 'engine' | 'owner_id', t: string): string {
  let v = t.replace(/\.{2,}.*$/, '').replace(/^[-.]+|[-.]+$/g, '');
  if (field === 'chassis' || field === 'owner_id') v = v.replace(/[-.]/g, '');
  return v;
}
