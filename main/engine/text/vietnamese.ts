/**
 * Vietnamese text helpers shared by the readers, the normaliser and the lookup.
 *
 * Records arrive in NFC and NFD (and legacy encodings that decode to either), so every stored string goes
 * through `toNfc`; comparisons of names go through `foldVietnamese` so that "Nguyễn" finds "NGUYEN".
 */

/**
 * Characters that may change under NFC or combine with their neighbour. Everything below U+0300 and the
 * precomposed Latin Extended Additional block (U+1E00–U+1EFF, where every Vietnamese letter with a tone lives)
 * is NFC-stable and never combines, so a string without a match needs no normalisation. This is the hot path:
 * nearly every cell is ASCII or already-NFC Vietnamese, and a native regex test beats a call into ICU.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every code point below U+0300
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/** True when `s` is certainly already NFC (false means "maybe not"). */
export function isCertainlyNfc(s: string): boolean {
  return !MAY_CHANGE_UNDER_NFC.test(s);
}

/** Unicode NFC, skipping the ICU call when the string cannot change. */
export function toNfc(s: string): string {
  return MAY_CHANGE_UNDER_NFC.test(s) ? s.normalize('NFC') : s;
}

const WHITESPACE_RUN = /\s+/g;

/** NFC, trimmed, every run of whitespace (tabs, no-break spaces, line breaks) collapsed to one space. */
export function cleanText(s: string): string {
  return needsCleaning(s) ? toNfc(s).replace(WHITESPACE_RUN, ' ').trim() : s;
}

/**
 * True when `cleanText(s) === s` is certain: no whitespace to trim or collapse, nothing NFC could change, and
 * nothing outside letters, digits and printable punctuation (so no control or replacement characters either).
 */
export function isCleanText(s: string): boolean {
  return !needsCleaning(s);
}

/**
 * Whether `cleanText` would change anything: whitespace at an end, two spaces in a row, or a character
 * outside printable ASCII, Latin-1/Extended letters and precomposed Vietnamese (tabs, NBSP, combining marks…).
 * One pass over char codes; a regex with the same meaning is twice as slow on real cells.
 */
function needsCleaning(s: string): boolean {
  const n = s.length;
  let afterSpace = true; // so that a leading space counts as "two in a row"
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      afterSpace = false;
    } else if (c === 0x20) {
      if (afterSpace) return true;
      afterSpace = true;
    } else if (c < 0xa1 || (c > 0x2ff && (c < 0x1e00 || c > 0x1eff))) {
      return true;
    } else {
      afterSpace = false;
    }
  }
  return afterSpace && n > 0;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lowercase, without diacritics, đ → d (and the look-alike ð that legacy converters produce): the form in which "Nguyễn Thị Hồng" and "NGUYEN THI HONG" are equal.
 * Only for comparison; the original is what the station sees.
 */
export function foldVietnamese(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return foldByTable(s) ?? foldSlowly(s);
}

function foldSlowly(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[đð]/g, 'd');
}

/**
 * Each character's fold, for the Latin blocks Vietnamese text uses (Latin-1 to Latin Extended-B, the combining
 * marks, Latin Extended Additional), computed once by the full path itself: per character the result is the same,
 * since only combining marks reorder under NFD and they fold to nothing. A million register names fold several
 * times faster this way than through normalize('NFD').
 */
let foldTable: (string | undefined)[] | null = null;

function foldByTable(s: string): string | null {
  const table = (foldTable ??= buildFoldTable());
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : s[i];
      continue;
    }
    const folded = c < table.length ? table[c] : undefined;
    if (folded === undefined) return null; // another script: the full path
    out += folded;
  }
  return out;
}

function buildFoldTable(): (string | undefined)[] {
  const table: (string | undefined)[] = new Array(0x1f00);
  const fill = (from: number, to: number): void => {
    for (let c = from; c < to; c++) table[c] = foldSlowly(String.fromCharCode(c));
  };
  fill(0x80, 0x250);
  fill(0x300, 0x370);
  fill(0x1e00, 0x1f00);
  return table;
}
