/**
 * Search keys for plates, serials and citizen IDs.
 *
 * Two levels: `searchKey` removes what never carries meaning (case, separators, diacritics), so
 * `29A-123.45` and `29a 12345` are the same key; `confusionFold` additionally merges the characters OCR
 * mixes up (DESIGN.md), so a lookup can find `RLHJF632OBY…` from a scan that read 0 as O. Folding is only a
 * way to *find* candidates: the caller still sees, via `CONFUSION_CLASSES`, which confusion explains the
 * difference, and a confusion is never treated as equality.
 */

/** OCR-confusable characters; every member folds to the first one (the representative). */
export const CONFUSION_CLASSES: readonly (readonly string[])[] = [
  ['0', 'O', 'D', 'Q'],
  ['1', 'I', 'L', '7'],
  ['2', 'Z'],
  ['5', 'S'],
  ['6', 'G'],
  ['8', 'B'],
];

/** Char code → representative char code, for codes < 128 (callers index it directly in hot loops). */
export const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) table[c] = c;
  for (const members of CONFUSION_CLASSES) {
    const rep = members[0].charCodeAt(0);
    for (const m of members) table[m.charCodeAt(0)] = rep;
  }
  return table;
})();

/** Representative of one (already upper-case) char code. */
export function foldCode(code: number): number {
  return code < 128 ? FOLD_TABLE[code] : code;
}

/** The confusion class representative a character belongs to, or null when it is not confusable. */
export function confusionClassOf(ch: string): readonly string[] | null {
  for (const members of CONFUSION_CLASSES) if (members.includes(ch)) return members;
  return null;
}

/** True when two different characters are an OCR confusion pair (e.g. "O" and "0"). */
export function isConfusionPair(a: string, b: string): boolean {
  if (a === b) return false;
  const cls = confusionClassOf(a);
  return cls !== null && cls.includes(b);
}

// Spaces (any), dots, middle dots, slashes and every dash-like character Vietnamese forms and OCR produce.
const SEPARATORS = /[\s.\u00B7/\\\-\u2010-\u2015\u2212_]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Canonical comparison key: upper case, no separators, no diacritics, Đ read as D.
 * NFKD also turns full-width digits/letters pasted from other tools into plain ASCII.
 */
export function searchKey(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  const base = ascii ? s : s.replace(/[đĐ]/g, 'D').normalize('NFKD').replace(COMBINING_MARKS, '');
  return base.toUpperCase().replace(SEPARATORS, '');
}

/** Maps every OCR-confusable character of a search key to its class representative. */
export function confusionFold(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) out += String.fromCharCode(foldCode(key.charCodeAt(i)));
  return out;
}

/**
 * Fast path used when indexing millions of keys: writes the search key's char codes into `out` and
 * returns its length, or -1 when the text needs the full Unicode path (non-ASCII input).
 * Kept next to `searchKey` so both stay in step.
 */
export function asciiSearchKeyCodes(s: string, out: Uint16Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 97 && c <= 122) c -= 32;
    else if (c === 32 || c === 46 || c === 45 || c === 47 || c === 92 || c === 95 || (c >= 9 && c <= 13)) continue;
    if (n >= out.length) return -1;
    out[n++] = c;
  }
  return n;
}
