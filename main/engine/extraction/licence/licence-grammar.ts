/**
 * What a driving licence's values may look like, as read off a card by OCR. A value that fails its grammar is
 * not a value. Only characters illegal in a field's alphabet are corrected (a letter O among the digits of a
 * 12-digit number is a 0; the series letters of an old "AB 123456" number are kept as read).
 */
import { foldVietnamese } from '../../text/vietnamese';
import { digitsOf } from './digit-letters';

/** The fields read off a licence card (a licence file's columns are the domain's LicenceField, domain/licence.ts). */
export type LicenceCardField = 'licence_no' | 'full_name' | 'birth_date' | 'class' | 'issued_on';
export const LICENCE_CARD_FIELDS: readonly LicenceCardField[] = ['licence_no', 'full_name', 'birth_date', 'class', 'issued_on'];

export interface LicenceMatch {
  value: string;
  /** Offsets of the match in the text it was found in. */
  start: number;
  end: number;
}

/** Every class printed on licences before and since 2025 (Luật TTATGT đường bộ 2024), longest first. */
export const LICENCE_CLASSES = ['D1E', 'D2E', 'C1E', 'FB2', 'FC', 'FD', 'FE', 'A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'C1', 'D1', 'D2', 'BE', 'CE', 'DE', 'A', 'B', 'C', 'D', 'E', 'F'];

/**
 * A licence number: 12 digits (cards since 2013), 10 digits, or an old series "AB 123456"; spaces and dots
 * between digit groups are the print's, not the number's.
 */
export function findLicenceNo(text: string): LicenceMatch | null {
  const series = /(?<![\p{L}\d])([A-Z]{2})\s?[-.]?\s?([\dOoIl|SZB]{6})(?![\p{L}\d])/u.exec(text);
  if (series && /\d/.test(series[2]!)) {
    const digits = digitsOf(series[2]!);
    if (/^\d{6}$/.test(digits)) return { value: `${series[1]} ${digits}`, start: series.index, end: series.index + series[0].length };
  }
  // A run of digit-like characters, possibly broken by single spaces or dots (OCR splits long numbers).
  for (const m of text.matchAll(/[\dOoDQIl|ZSBG](?:[ .]?[\dOoDQIl|ZSBG]){9,13}/g)) {
    const raw = m[0].replace(/[ .]/g, '');
    const digits = digitsOf(raw);
    // At least most of it must already be digits: a word is not a number because its letters look like digits.
    if ((raw.match(/\d/g) ?? []).length < raw.length - 2) continue;
    if (/^\d{12}$/.test(digits) || /^\d{10}$/.test(digits)) return { value: digits, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * A number read where the card labels its licence number that has another length than a licence number's (a
 * digit lost or doubled by OCR, a misprint): 7 to 15 digits, mostly read as digits. Never a licence number by
 * itself (findLicenceNo refuses it), it is kept as read for the officer, with a sentence saying so.
 */
export function findOddLicenceNo(text: string): LicenceMatch | null {
  for (const m of text.matchAll(/(?<![\p{L}\d])\d(?:[ .]?[\dOoDQIl|ZSBG]){6,14}(?![ .]?\d)/gu)) {
    const raw = m[0].replace(/[ .]/g, '');
    const digits = digitsOf(raw);
    if ((raw.match(/\d/g) ?? []).length < raw.length - 2) continue;
    if (isOddLicenceNo(digits)) return { value: digits, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A licence number of digits that has neither length a licence number has (12, or 10 on some older cards). */
export const isOddLicenceNo = (value: string): boolean => /^\d+$/.test(value) && value.length !== 12 && value.length !== 10;

/**
 * Shapes OCR gives a class letter on small print: a marked A (Â, À…) for A, € or Ç for C, Đ for D, and an 8 for
 * the B of B1/B2 (a class never starts with a digit).
 */
const CLASS_LETTER: Record<string, string> = { Â: 'A', Ă: 'A', À: 'A', Á: 'A', Ã: 'A', Ả: 'A', Ạ: 'A', Ä: 'A', '€': 'C', Ç: 'C', Đ: 'D', Ð: 'D', É: 'E', Ê: 'E', È: 'E' };

/** The class(es) printed after the class label: "B2", "A1, B2", OCR's "Al" for A1 and "BZ" for B2 included. */
export function findLicenceClass(text: string): LicenceMatch | null {
  const found: string[] = [];
  let start = -1;
  let end = -1;
  // The expiry label that follows the class ("Có giá trị đến") may come glued to it ("BCógiá"): it ends the class.
  for (const m of text.normalize('NFC').matchAll(/(?<![\p{L}\d])([A-FÂĂÀÁÃẢẠÄ€ÇĐÐÉÊÈ][A-Z\dlIZ]{0,2}|8[12lIZ])(?!(?![Cc][oóòỏõọ]\s*gi)[\p{L}\d])/gu)) {
    const raw = m[1]!.replace(/^8/, 'B');
    const token = (CLASS_LETTER[raw[0]!] ?? raw[0]!) + raw.slice(1).replace(/^[lI|]$/, '1').replace(/^Z$/, '2');
    if (!LICENCE_CLASSES.includes(token)) {
      if (found.length) break;
      continue;
    }
    found.push(token);
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  return found.length ? { value: found.join(', '), start, end } : null;
}

/**
 * A word spelled as a Vietnamese syllable once its marks are folded away (OCR loses marks, so NGUYEN counts):
 * an initial consonant, a vowel nucleus, a final consonant. A heading OCR garbled (CTAN, PREP) is none.
 */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?(?:ieu|yeu|oai|oao|oay|oeo|uay|uoi|uya|uye|uyu|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uy|ye|a|e|i|o|u|y)(?:ch|ng|nh|[cmnpt])?$/;
const isSyllable = (w: string): boolean => SYLLABLE.test(fold(w));

/** Label and gloss words on a card that are never part of a holder's name ("Họ" is: a family name is spelled so). */
const NOT_NAME = new Set(['ten', 'va', 'ngay', 'full', 'name', 'no', 'date', 'of', 'birth', 'nationality', 'class']);
/**
 * Label words that are also name syllables once their marks are folded (Quốc, Hằng, Sinh, Số): each is a label
 * only as a label prints it, followed by its colon or gloss slash, or beside its other word ("Quốc tịch",
 * "Ngày sinh", "Sinh ngày"); "NGUYỄN QUỐC HUY" and "PHẠM THỊ HẰNG" are names.
 */
const LABEL_ALONE = new Set(['so', 'hang', 'sinh', 'quoc', 'tich']);
const LABEL_PAIRS = new Set(['quoc tich', 'ngay sinh', 'sinh ngay', 'ngay cap']);
const fold = (w: string): string => foldVietnamese(w).toLowerCase();

/** Whether word `k` of `words` (matches over `text`) is a card's label rather than part of a name. */
function isLabelWord(words: RegExpMatchArray[], k: number, text: string): boolean {
  const w = fold(words[k]![0]);
  if (NOT_NAME.has(w)) return true;
  const end = words[k]!.index! + words[k]![0].length;
  if (LABEL_ALONE.has(w) && /^\s*[:;/]/.test(text.slice(end))) return true;
  const pair = (a: number): boolean => {
    const x = words[a];
    const y = words[a + 1];
    return !!x && !!y && /^\s+$/.test(text.slice(x.index! + x[0].length, y.index!)) && LABEL_PAIRS.has(`${fold(x[0])} ${fold(y[0])}`);
  };
  return pair(k) || (k > 0 && pair(k - 1));
}

/**
 * A holder's name: two to six words of letters (Vietnamese tones and all), each starting with a capital (cards
 * print names in capitals, some paper licences in title case). Label words and words starting in lower case
 * break runs; of the runs, the one with most words in full capitals wins, then the longest. OCR gives a marked
 * capital in lower case now and then (VăN, BìNH, đẶNG: a small capital with its mark looks like the small
 * letter): a word with more capitals than small letters is in capitals, and a name in capitals is given so.
 */
export function findHolderName(text: string): LicenceMatch | null {
  return holderNameRun(text)?.match ?? null;
}

/** The holder's name run of `text` (findHolderName) and how many of its words are no Vietnamese syllable. */
export function holderNameRun(text: string): { match: LicenceMatch; garbled: number } | null {
  const nfc = text.normalize('NFC');
  const words = [...nfc.matchAll(/[\p{L}]+/gu)];
  const upper = (c: string): boolean => c !== c.toLocaleLowerCase('vi');
  const caps = (w: string): boolean => w.length > 1 && [...w].filter(upper).length > w.length / 2;
  const capital = (w: string): boolean => upper(w[0]!) || caps(w);
  let best: { run: RegExpMatchArray[]; score: number } | null = null;
  let run: RegExpMatchArray[] = [];
  const close = (): void => {
    if (run.length >= 2 && run.length <= 6) {
      // Every word of a name is a Vietnamese syllable: a garbled heading in capitals (CTAN EDT AT VI GIAY PREP)
      // is outscored by the name beside it, whatever its length.
      const score = run.filter((w) => caps(w[0])).length * 10 + run.length - run.filter((w) => !isSyllable(w[0])).length * 20;
      if (!best || score > best.score) best = { run, score };
    }
    run = [];
  };
  // A name is all in capitals or all in title case: a title-case word before capitals ("Họ:" left of a label
  // OCR cut short) is not part of it. A one-letter word fits either.
  const style = (w: string): boolean | null => (w.length === 1 ? null : caps(w));
  for (const [k, m] of words.entries()) {
    const w = m[0];
    const last = run.map((r) => style(r[0])).filter((x) => x !== null).pop() ?? null;
    // No Vietnamese syllable is longer than seven letters.
    if (!capital(w) || w.length > 7 || isLabelWord(words, k, nfc)) close();
    else {
      if (last !== null && style(w) !== null && style(w) !== last) close();
      run.push(m);
    }
  }
  close();
  const found = best as { run: RegExpMatchArray[] } | null;
  if (!found) return null;
  const first = found.run[0]!;
  const last = found.run[found.run.length - 1]!;
  const inCapitals = found.run.some((w) => caps(w[0]));
  const value = found.run.map((w) => (inCapitals ? w[0].toLocaleUpperCase('vi') : w[0])).join(' ');
  return { match: { value, start: first.index!, end: last.index! + last[0].length }, garbled: found.run.filter((w) => !isSyllable(w[0])).length };
}
