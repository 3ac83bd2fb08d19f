/**
 * A date on a driving licence, as OCR reads it off the card. Cards print dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or
 * the written-out "ngày dd tháng mm năm yyyy"; OCR adds its own noise: a letter for a digit (O for 0, l or I for
 * 1), a separator read as a comma, a bar, a dash of another width, doubled, lost, read as a 1 or as a space,
 * a word of the written form lost. Each noisy shape is tried only when the cleaner ones find no date, and
 * letters are read as digits only where a date's digits stand.
 */
import { foldVietnamese } from '../../text/vietnamese';
import { digitsOf } from './digit-letters';
import type { LicenceMatch } from './licence-grammar';

/** A digit, or a letter OCR reads for one (only where a date's digits stand). */
const D = '[\\dOoDQIl|SZB]';
/** Letters read for a 0 or a 1 (or a 2): touching a one-digit day, they are its tens digit, not noise before it. */
const TENS_LIKE = 'OoDQIl|Z';
/** Between a date's parts: its separator as printed, or as OCR reads it (a comma, a colon, a backslash, a bar, a long dash). */
const SEP = '\\s*[/.\\-–—,\\\\:;|]{1,2}\\s*';
const YEAR = '((?:19|20)\\d{2})';
const DMY = new RegExp(`(?<![\\d${TENS_LIKE}])(\\d{1,2})${SEP}(\\d{1,2})${SEP}${YEAR}(?!\\d)`, 'gu');
const DMY_NOISY = new RegExp(`(?<![\\p{L}\\d])(${D}{1,2})${SEP}(${D}{1,2})${SEP}(${D}{4})(?![\\p{L}\\d])`, 'gu');
/** One separator lost ("2307/1984", "23/071984"): the day and month are then two digits each. */
const DMY_JOINED = /(?<!\d)(?:(\d{2})(\d{2})\s*[/.-]\s*((?:19|20)\d{2})|(\d{2})\s*[/.-]\s*(\d{2})((?:19|20)\d{2}))(?!\d)/g;
/** A slash read as a 1, an l or a bar ("12103/1985", "12/0311985"); a two-digit day and month, one printed separator at least. */
const DMY_SLASH_READ = /(?<!\d)([0-3]\d)([/.\-lI|1])([01]\d)([/.\-lI|1])((?:19|20)\d{2})(?!\d)/g;
/** Separators lost, their spaces left ("12 03 1985"); matched on the text as read, before digit groups are joined. */
const DMY_SPACED = /(?<![\p{L}\d])([0-3]?\d) {1,3}([01]?\d) {1,3}((?:19|20)\d{2})(?!\d)/gu;

/** `word` in either case (the written form is matched on folded text that keeps the digits' case). */
const anyCase = (word: string): string => [...word].map((c) => `[${c.toUpperCase()}${c}]`).join('');
/** Between the written date's words: spaces, or the dotted line a form prints for a value to be typed over. */
export const LEADER = '[\\s.…_:,]*';
/** A bilingual card's English gloss after a written date's word ("ngày/date", "tháng/month", "năm/year"). */
export const GLOSS = '(?:\\s*/\\s*[A-Za-z]{2,6})?';
/** The written-out date; "ngày" may be lost (its day then stands alone), and any mark on its words is folded away. */
const WRITTEN = new RegExp(`(?:${anyCase('ngay')}${GLOSS}${LEADER}|(?<![\\p{L}\\d]))(${D}{1,2})${LEADER}${anyCase('thang')}${GLOSS}${LEADER}(${D}{1,2})${LEADER}${anyCase('nam')}${GLOSS}${LEADER}(${D}{4})(?!\\d)`, 'gu');

type Text = 'joined' | 'folded' | 'raw';

/** The date shapes, cleanest first: the text each is matched on, and [day, month, year] of a match (null: not this shape after all). */
const SHAPES: [RegExp, Text, (m: RegExpMatchArray) => string[] | null][] = [
  [DMY, 'joined', (m) => [m[1]!, m[2]!, m[3]!]],
  [WRITTEN, 'folded', (m) => fewLetters([m[1]!, m[2]!, m[3]!])],
  [DMY_NOISY, 'joined', (m) => fewLetters([m[1]!, m[2]!, m[3]!])],
  [DMY_JOINED, 'joined', (m) => (m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!])],
  [DMY_SLASH_READ, 'joined', (m) => ([m[2]!, m[4]!].some((s) => /[/.-]/.test(s)) ? [m[1]!, m[3]!, m[5]!] : null)],
  [DMY_SPACED, 'raw', (m) => [m[1]!, m[2]!, m[3]!]],
];

/** At most two letters read for digits in a date: more is a word, not a date. */
const fewLetters = (parts: string[]): string[] | null => (parts.join('').replace(/\d/g, '').length <= 2 ? parts : null);

/** Each character folded (marks off, đ → d) with its case kept, so letters read for digits keep their meaning. */
function foldKeepingCase(text: string): string {
  return [...text].map((c) => {
    const f = foldVietnamese(c);
    return f.length === 1 && c !== c.toLowerCase() ? f.toUpperCase() : f.length === 1 ? f : c;
  }).join('');
}

/** A date found in text, and whether its day or month was read with one digit. */
export interface LicenceDate extends LicenceMatch {
  /**
   * Cards print a date in figures with a two-digit day and month (05/07/1965): one read with a single digit
   * there ("5/ 07/ 1965") lost one, perhaps a tens digit (25 read 5). A written-out date is never short.
   */
  short: boolean;
}

/**
 * A date as cards print it (12/03/1985, 12-03-1985, 12.03.1985, "ngày 12 tháng 03 năm 1985") → ISO, through
 * OCR's noise (see above). With `slashedZero` (a last resort, once a date's place has been read again in
 * vain), a day or month tens digit read 8 or 9 is a zero (zeroTens).
 */
export function findLicenceDate(text: string, slashedZero = false): LicenceDate | null {
  const raw = text.normalize('NFC');
  // Digit groups OCR split are joined ("19 85"), but never a year to what follows it (a second date).
  const texts: Record<Text, string> = { raw, joined: raw.replace(/(\d)(?<!(?:19|20)\d\d)\s+(?=\d)/g, '$1'), folded: '' };
  texts.folded = foldKeepingCase(texts.joined);
  for (const [re, on, pick] of SHAPES) {
    for (const m of texts[on].matchAll(re)) {
      const parts = pick(m);
      if (!parts) continue;
      const [dd, mm, yyyy] = parts.map(digitsOf) as [string, string, string];
      const d = Number(slashedZero ? zeroTens(dd, 31) : dd);
      const mo = Number(slashedZero ? zeroTens(mm, 12) : mm);
      const y = Number(yyyy);
      const date = new Date(Date.UTC(y, mo - 1, d));
      if (!(y >= 1900 && y <= 2099) || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
        // The first clean date that is no calendar date is refused, not passed over for a later one.
        if (re === DMY || (re === WRITTEN && parts.every((p) => /^\d+$/.test(p)))) return null;
        continue;
      }
      // Offsets are those of the text with digit groups joined: close enough to place the value's words.
      const short = re !== WRITTEN && (dd.length < 2 || mm.length < 2);
      return { value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, start: m.index!, end: m.index! + m[0].length, short };
    }
  }
  return null;
}

/**
 * A day or month whose tens digit reads 8 or 9 where only 0–3 (a day) or 0–1 (a month) can stand: a zero with a
 * slash or dot through it, which OCR reads as 8 or 9 ("99/11/1986", "81/10/1965"); a 3 or 1 read so is rarer
 * than such a zero (but happens: hence only once the place's re-reads found no date).
 */
function zeroTens(part: string, max: number): string {
  return part.length === 2 && Number(part) > max && /^[89]/.test(part) ? `0${part[1]}` : part;
}
