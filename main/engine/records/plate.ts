/**
 * Vietnamese licence plates: reading whatever a station typed ("29a12345", "29-B1-123.45", "29 HA 00233") into
 * the display form printed on the plate, and the key plates are compared by.
 *
 * Shapes: car `29A-123.45` / old `29A-1234`, special series `29LD-123.45`; motorcycle `29-B1 123.45` /
 * `29-B1 1234`, two-letter series since 2023 `29-HA 002.33`, electric `29-MĐ1 123.45`; diplomatic
 * `41-291-NG-01` and `80-NG-123-45`. Province codes run 11–99; series letters never use I, J, O, Q or W.
 * Without separators some plates read two ways (`29A12345` is `29A-123.45` or `29-A1 2345`); the station's own
 * separators decide when present, otherwise the current, far more common shape wins.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { cleanText } from '../text/vietnamese';

/** Two-letter series of cars (and trailers); any other two-letter series is a 2023+ motorcycle series. */
const CAR_PAIRS = new Set(['LD', 'DA', 'KT', 'RM', 'MK', 'HC', 'CD', 'TĐ', 'TD', 'NG', 'NN', 'QT', 'CV']);
const DIPLOMATIC = new Set(['NG', 'NN', 'QT', 'CV']);
const SEPARATORS = /[\s.\-_/–—]/g;
/** The digit a letter plates never use probably is (W has none). */
const FORBIDDEN_HINT: Record<string, string> = { I: '1', J: '1', O: '0', Q: '0' };

export type PlateResult = { ok: true; plate: string } | { ok: false; plate: string; issue: EngineMessage };

// Plates already in display form, as most station exports hold them: checked without being taken apart.
// Letters exclude I, J, O, Q, W; two-letter car series and diplomatic series take the general path.
const DISPLAY_FORM =
  /^\d{2}(?:[A-HK-NPR-VX-ZĐ]-(?:\d{3}\.\d{2}|\d{4})|-(?:[A-HK-NPR-VX-ZĐ]\d|[A-HK-NPR-VX-ZĐ]{2}\d?) (?:\d{3}\.\d{2}|\d{4}))$/;

/** The canonical display form of a plate, or the value as typed (uppercased, spaces collapsed) with an issue. */
export function normalizePlate(raw: string): PlateResult {
  return normalizeCleanPlate(cleanText(raw));
}

/** `normalizePlate` for text already through `cleanText` (the normaliser has done it once for every field). */
export function normalizeCleanPlate(clean: string): PlateResult {
  const typed = clean.toUpperCase();
  if (DISPLAY_FORM.test(typed) && provinceInRange(typed) && !(typed.charCodeAt(2) === 0x2d && DIPLOMATIC.has(typed.slice(3, 5)))) {
    return { ok: true, plate: typed };
  }
  return readPlate(typed);
}

function provinceInRange(plate: string): boolean {
  const tens = plate.charCodeAt(0);
  return tens > 0x31 || (tens === 0x31 && plate.charCodeAt(1) >= 0x31); // "11" and up
}

/** The general reader behind `normalizePlate`, for a plate already cleaned and uppercased. */
export function readPlate(uppercased: string): PlateResult {
  // The Icelandic look-alike Ð comes out of some legacy converters for Đ.
  const typed = uppercased.includes('Ð') ? uppercased.replace(/Ð/g, 'Đ') : uppercased;
  // Where the station put separators (bit i: before the i-th letter or digit) decides ambiguous shapes.
  let breaks = 0;
  let kept = 0;
  for (let i = 0; i < typed.length; i++) {
    if (isSeparator(typed.charCodeAt(i))) {
      if (kept < 31) breaks |= 1 << kept;
    } else {
      kept++;
    }
  }
  const compact = kept === typed.length ? typed : typed.replace(SEPARATORS, '');
  const plate = parseCompact(compact, breaks);
  if (typeof plate === 'string') return { ok: true, plate };
  const digit = plate.problem === 'letter' ? FORBIDDEN_HINT[plate.letter] : undefined;
  const issue =
    plate.problem === 'province'
      ? say('plate.province', { plate: typed, code: compact.slice(0, 2) })
      : plate.problem === 'letter'
        ? digit
          ? say('plate.letter_probably', { plate: typed, letter: plate.letter, digit })
          : say('plate.letter', { plate: typed, letter: plate.letter })
        : say('plate.format', { plate: typed });
  return { ok: false, plate: typed, issue };
}

type Problem = { problem: 'format' | 'province' } | { problem: 'letter'; letter: string };
const FORMAT: Problem = { problem: 'format' };
const PROVINCE: Problem = { problem: 'province' };

function parseCompact(compact: string, breaks: number): string | Problem {
  const len = compact.length;
  if (len < 7 || len > 12 || !isDigit(compact.charCodeAt(0)) || !isDigit(compact.charCodeAt(1))) return FORMAT;
  const province = compact.slice(0, 2);
  const provinceOk = province >= '11';
  let j = 2;
  while (j < len && j < 5 && isLetter(compact.charCodeAt(j))) j++;
  if (j === 2) {
    // Diplomatic, country first: 41-291-NG-01.
    const m = /^(\d{3})([A-Z]{2})(\d{2,3})$/.exec(compact.slice(2));
    if (!m || !DIPLOMATIC.has(m[2])) return FORMAT;
    return provinceOk ? `${province}-${m[1]}-${m[2]}-${m[3]}` : PROVINCE;
  }
  if (j === 5) return FORMAT;
  for (let k = j; k < len; k++) if (!isDigit(compact.charCodeAt(k))) return FORMAT;
  const series = compact.slice(2, j);
  const digits = compact.slice(j);

  if (digits.length === 5 && series.length === 2 && DIPLOMATIC.has(series)) {
    // Diplomatic, series first: 80-NG-123-45.
    return provinceOk ? `${province}-${series}-${digits.slice(0, 3)}-${digits.slice(3)}` : PROVINCE;
  }
  let seriesDigit = '';
  let number = digits;
  if (digits.length === 6) {
    // A series digit is written against its letters (B1); "29A-123456" has a number too long instead.
    if (hasBreak(breaks, j)) return FORMAT;
    seriesDigit = digits[0];
    number = digits.slice(1);
  } else if (digits.length === 5) {
    // 29A12345 is 29A-123.45 unless the station's separators say 29-A1 2345.
    const digitThenFour = hasBreak(breaks, j + 1) && !hasBreak(breaks, j) && !hasBreak(breaks, j + 3);
    const motorcycleLooking = hasBreak(breaks, 2) && series.length === 1 && !hasBreak(breaks, j + 3);
    if (digitThenFour || motorcycleLooking) {
      seriesDigit = digits[0];
      number = digits.slice(1);
    }
  } else if (digits.length !== 4) {
    return FORMAT;
  }
  if (!provinceOk) return PROVINCE;
  for (const letter of series) if (letter in FORBIDDEN_HINT) return { problem: 'letter', letter };

  const shownNumber = number.length === 5 ? `${number.slice(0, 3)}.${number.slice(3)}` : number;
  const motorcycle = seriesDigit !== '' || (series.length === 2 && (hasBreak(breaks, 2) || !CAR_PAIRS.has(series)));
  return motorcycle ? `${province}-${series}${seriesDigit} ${shownNumber}` : `${province}${series}-${shownNumber}`;
}

function hasBreak(breaks: number, at: number): boolean {
  return ((breaks >>> at) & 1) === 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x110; // A–Z, Đ
}

function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2f || c === 0x2013 || c === 0x2014 || c === 0x09;
}

const KEY_DROP = /[\s.\-–—]/g;

/**
 * The key plates are compared by: uppercase, no spaces, dots or dashes, Đ as D (OCR and keyboards without
 * Vietnamese input both turn Đ into D). `29-B1 123.45`, `29b1-12345` and `29B112345` share one key.
 */
export function canonicalPlateKey(s: string): string {
  return s.normalize('NFC').toUpperCase().replace(KEY_DROP, '').replace(/[ĐÐ]/g, 'D');
}
