/**
 * Each field's grammar: what a value of that field can look like on paper. A label's neighbourhood or a whole
 * page line is searched for the first stretch that parses as the field; what does not parse is not a value
 * (a smudge, a seal, the next label's words). Only characters the field's alphabet can never hold are
 * corrected (O/Q→0 and I→1 in a VIN and in digit positions); B, S, Z, G stay as read, but in a citizen ID
 * (citizen-id-grammar.ts), which holds no letter.
 */
import { parseRecordDate } from '../records/date';
import { restoreAddressMarks } from './address-marks';
import { fold } from './labels';
import { editDistance } from '../text/edit-distance';

import { normalizePlate } from '../records/plate';
import { cleanText, foldVietnamese } from '../text/vietnamese';
import { isSyllableBarringMarks, isVietnameseSyllable } from '../text/syllable';
import type { ScanField } from '../domain/field-reading';
import { BRANDS, COLOUR_WORDS } from './field-vocabulary';
import { findCitizenId } from './citizen-id-grammar';
import type { GrammarMatch } from './grammar-match';


const DIGITISH = '[0-9OQI]';
const toDigits = (s: string): string => s.replace(/[OQ]/g, '0').replace(/I/g, '1');

// Plate: province, series (1–2 letters, an optional digit), number; any separators OCR left in between.
const PLATE = new RegExp(
  `(?<![A-Z0-9])(${DIGITISH}{2})\\s*[-–.]?\\s*([A-HK-NPR-VX-ZĐ]{1,2}${DIGITISH}?)\\s*[-–.]?\\s*(${DIGITISH}{3}\\s*[.,·]?\\s*${DIGITISH}{2}|${DIGITISH}{4})(?![0-9])`,
  'gu',
);
const DIPLOMATIC = /(?<![0-9])(\d{2,3})\s*-?\s*(\d{2,3})\s*-?\s*(NG|NN|QT|CV)\s*-?\s*(\d{2,3})(?![0-9])/g;

function findPlate(text: string): GrammarMatch | null {
  const up = text.toUpperCase().replace(/Ð/g, 'Đ');
  for (const m of up.matchAll(DIPLOMATIC)) {
    return { value: `${m[1]}-${m[2]}-${m[3]}-${m[4]}`, start: m.index, end: m.index + m[0].length };
  }
  for (const m of up.matchAll(PLATE)) {
    const series = m[2];
    const num = toDigits(m[3]).replace(/\s+/g, '').replace(/[,·]/g, '.');
    const seriesTail = series.replace(/^[A-HK-NPR-VX-ZĐ]+/, '');
    const candidate = `${toDigits(m[1])}${series.slice(0, series.length - seriesTail.length)}${toDigits(seriesTail)}-${num}`;
    const r = normalizePlate(candidate.length ? candidate : m[0]);
    if (r.ok) return { value: r.plate, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const VIN_CHARS = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Runs of letters and digits with the separators OCR puts inside a serial (spaces, dashes, dots) kept apart. */
function serialRuns(text: string): { s: string; start: number; end: number }[] {
  const out: { s: string; start: number; end: number }[] = [];
  // "JA39E- 9758076", "JF45E- -2482034": a dash (a leader's remains doubling it) with a space on either side
  // still joins the two halves of one serial.
  for (const m of text.toUpperCase().matchAll(/[A-Z0-9](?:[A-Z0-9]| ?[-.](?: ?[-.])* ?(?=[A-Z0-9])| +(?=[A-Z0-9]))*/g)) {
    out.push({ s: m[0].replace(/ ?([-.])(?: ?[-.])* ?/g, '$1').replace(/ +/g, ' '), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function findChassis(text: string): GrammarMatch | null {
  let frame: GrammarMatch | null = null;
  for (const run of serialRuns(text)) {
    // A VIN is whole words: one, or two or three a stray space split it into.
    const tokens = run.s.split(' ');
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
        let compact = tokens.slice(i, i + n).join('').replace(/[.-]/g, '');
        // One letter too many, and it is one a VIN never holds: that letter is the read's invention.
        if (compact.length === 18 && (compact.match(/[IOQ]/g) ?? []).length === 1) compact = compact.replace(/[IOQ]/, '');
        if (compact.length !== 17) continue;
        const v = toDigits(compact);
        // Real digits, not letters a VIN cannot hold turned into digits: "VEHICLE" is no VIN.
        if (VIN_CHARS.test(v) && (compact.match(/\d/g) ?? []).length >= 5 && /[A-Z]/.test(v)) return { value: v, start: run.start, end: run.end };
      }
    }
    // Older and local frames are shorter: letters and digits, mostly digits.
    for (const token of tokens) {
      const t = token.replace(/\./g, '');
      const digits = (t.match(/\d/g) ?? []).length;
      if (!frame && t.length >= 6 && t.length <= 16 && digits >= 4 && digits >= t.length / 2 && /^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$/.test(t)) {
        frame = { value: t.replace(/-/g, ''), start: run.start, end: run.end };
      }
    }
  }
  return frame;
}

function findEngine(text: string): GrammarMatch | null {
  for (const run of serialRuns(text)) {
    const tokens = run.s.split(' ');
    for (let i = 0; i < tokens.length; i++) {
      // An engine number holds no dot: a dot and what follows it are a leader's or a speck's debris ("814D-558905 . 0").
      let t = tokens[i]!.replace(/\..*$/, '');
      // A serial's digit run split by a gap the reader saw ("JA39E-05117 47"): the short digit group after it
      // completes it when the run is too short alone (maker serials carry 6 to 8 digits after the dash).
      const tail = /-(\d{1,5})$/.exec(t);
      const more = tokens[i + 1]?.replace(/\.+$/, '');
      if (tail && more && /^\d{1,4}$/.test(more) && tail[1]!.length + more.length >= 6 && tail[1]!.length + more.length <= 8) t += more;
      const digits = (t.match(/\d/g) ?? []).length;
      if (t.length >= 5 && t.length <= 20 && digits >= 4 && (t.match(/-/g) ?? []).length <= 2 && /^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$/.test(t) && !/\./.test(t)) {
        return { value: t, start: run.start, end: run.end };
      }
    }
  }
  return null;
}

// A date's digits as OCR leaves them: O/o for 0, l/I/| for 1 (a typewriter's "1" is often read as "l").
const DATE_DIGIT = '[0-9OoQIl|]';
const dateDigits = (s: string): string => s.replace(/[OoQ]/g, '0').replace(/[Il|]/g, '1');
const DAY_MONTH_YEAR = new RegExp(`(?<![0-9])(${DATE_DIGIT}{1,2})\\s*[/.-]\\s*(${DATE_DIGIT}{1,2})\\s*[/.-]\\s*((?:19|20|l9|2O)${DATE_DIGIT}{2})(?![0-9])`, 'u');
const YEAR_MONTH_DAY = /(?<![0-9])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![0-9])/;
// "ngày 20 tháng 12 năm 2016", matched folded: OCR drops the marks ("ngay 20 thang 12 nam 2016").
const WRITTEN_OUT = new RegExp(`ngay\\s*(${DATE_DIGIT}{1,2})\\s*[,.]?\\s*thang\\s*(${DATE_DIGIT}{1,2})\\s*[,.]?\\s*nam\\s*((?:19|20)${DATE_DIGIT}{2})`, 'u');

function findDate(text: string): GrammarMatch | null {
  const folded = fold(text);
  const dmy = DAY_MONTH_YEAR.exec(text) ?? WRITTEN_OUT.exec(folded);
  const ymd = dmy ? null : YEAR_MONTH_DAY.exec(text);
  const m = dmy ?? ymd;
  if (!m) return null;
  const [d, mo, y] = dmy ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[2]!, m[1]!];
  const parsed = parseRecordDate(`${dateDigits(d)}/${dateDigits(mo)}/${dateDigits(y)}`, 'Registration date');
  return parsed.ok ? { value: parsed.iso, start: m.index, end: m.index + m[0].length } : null;
}

/** Words of a text with their offsets. */
function words(text: string): { w: string; start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
}

function findBrand(text: string): GrammarMatch | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    for (const span of [2, 1]) {
      if (i + span > ws.length) continue;
      const s = ws.slice(i, i + span).map((x) => x.w).join(' ').replace(/[^\p{L}\d -]/gu, '');
      const key = foldVietnamese(s).toUpperCase().replace(/\s+/g, ' ');
      const brand = BRANDS.find((b) => b === key || (b.length >= 5 && editDistance(b, key) <= 1));
      if (brand) return { value: brand, start: ws[i].start, end: ws[i + span - 1].end };
    }
  }
  // A brand the list does not know: one word of capital letters, as certificates and forms print brands.
  const first = ws[0];
  if (first && /^[A-Z][A-Z-]{2,14}$/.test(first.w) && ws.length <= 2) return { value: first.w, start: first.start, end: first.end };
  return null;
}

function findColour(raw: string): GrammarMatch | null {
  // "Đỏ-Đen" read as one word is two colour words.
  const text = raw.replace(/\s*([-–/,])\s*/g, ' $1 ');
  const ws = words(text);
  let start = -1;
  let end = -1;
  const parts: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const bare = ws[i].w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const key = foldVietnamese(bare);
    // A misread letter in a longer colour word ("Thắng" for "Trắng") is still that word; so is a three-letter
    // word after a colour and a dash ("Đỏ - Pen": Đ read as P), where nothing but a second colour can stand.
    // Before a dash and a colour ("De - Đen"), a two-letter word is the colour one vowel off with its first letter.
    const listed = parts.length > 0 && /^[-–/,]$/.test(ws[i - 1]?.w ?? '');
    const leads = start < 0 && key.length === 2 && /^[-–/]$/.test(ws[i + 1]?.w ?? '') && COLOUR_WORDS.has(foldVietnamese(ws[i + 2]?.w.replace(/[^\p{L}]+/gu, '') ?? ''));
    const near = key.length >= 4 ? (k: string) => k.length >= 4 : listed && key.length === 3 ? (k: string) => k.length === 3
      : leads ? (k: string) => k.length === 2 && k[0] === key[0] : null;
    const close = near ? [...COLOUR_WORDS].filter(([k]) => near(k) && editDistance(k, key) === 1) : [];
    const word = COLOUR_WORDS.get(key) ?? (close.length === 1 || (close.length > 0 && key.length >= 3) ? close[0]![1] : undefined);
    if (word) {
      if (start < 0) start = ws[i].start;
      end = ws[i].start + ws[i].w.indexOf(bare) + bare.length;
      // A closed vocabulary: the word as papers spell it, whatever marks the read lost.
      parts.push(word);
    } else if (start >= 0 && /^[-–/,]$|^và$/u.test(ws[i].w)) continue;
    else if (start >= 0) break;
  }
  if (start < 0) return null;
  const between = text.slice(start, end);
  const joined = /[-–/]/.test(between) ? parts.join(' - ') : parts.map((p, i) => (i === 0 ? p : p.toLowerCase())).join(' ');
  return { value: joined, start, end };
}


function findModel(raw: string): GrammarMatch | null {
  // "WAVE.ALPHA": a dot between letters is a space the read lost (a dot between digits, "1.5G", stays).
  const text = raw.replace(/(\p{L})\.(?=\p{L})/gu, '$1 ');
  const ws = words(text);
  const kept: typeof ws = [];
  for (const w of ws) {
    if (!/^[\p{L}\d][\p{L}\d./+-]*$/u.test(w.w) || kept.length >= 4) break;
    // A word ending in a full stop ends the model ("AIR BLADE. II" is a leader's or a seal's leftovers after it).
    const bare = w.w.replace(/[.]+$/, '');
    kept.push({ ...w, w: bare, end: w.start + bare.length });
    if (bare !== w.w) break;
  }
  if (kept.length === 0) return null;
  const value = kept.map((k) => k.w).join(' ');
  if ((value.match(/[\p{L}\d]/gu) ?? []).length < 2 || value.length > 30) return null;
  // A short lower-case scrap ("oo") is a seal's or a leader's leftovers: models print in capitals or carry digits.
  if (value.length < 4 && !/[\p{Lu}\d]/u.test(value)) return null;
  return { value, start: kept[0].start, end: kept[kept.length - 1].end };
}

/** A person's name: two to seven words, each a Vietnamese syllable (a misread mark still counts). */
function findName(text: string): GrammarMatch | null {
  const ws = words(text);
  const kept: typeof ws = [];
  for (const w of ws) {
    // A quote or a stroke before the first word is a stamp's or a leader's leftovers ("‘DANG DIEU HƯƠNG").
    const lead = kept.length === 0 ? (/^[‘’'"“”„_`]+/.exec(w.w)?.[0].length ?? 0) : 0;
    const bare = w.w.slice(lead).replace(/[,.;:]+$/, '');
    const word = withHookMark(bare);
    if (!/^\p{L}+$/u.test(word) || kept.length >= 7) break;
    kept.push({ ...w, w: word, start: w.start + lead, end: w.start + lead + bare.length });
  }
  // A name written with capitals ends at a word that starts lower case ("Nguyễn Thị Hằng in Ni sinh": the next
  // label's scraps); a hand that writes the middle name small ("Nguyễn văn An") keeps it.
  const small = kept.findIndex((k, i) => i >= 2 && /^\p{Ll}/u.test(k.w));
  if (/^\p{Lu}/u.test(kept[0]?.w ?? '') && small >= 2) kept.length = small;
  if (kept.length < 2) return null;
  // Every word a syllable's length with a vowel and no letter Vietnamese does not write (f, j, w, z: "Wo Oo I
  // Hung Atl" is a misread, not a name); two in three of them real syllables (a misread mark can spoil one).
  if (kept.some((k) => k.w.length > 7 || !/[aeiouy]/.test(foldVietnamese(k.w)) || /[fjwz]/i.test(k.w))) return null;
  if (nameSyllables(kept.map((k) => k.w)) < Math.ceil((kept.length * 2) / 3)) return null;
  return { value: kept.map((k) => k.w).join(' '), start: kept[0].start, end: kept[kept.length - 1].end };
}

/**
 * The hook above (dấu hỏi) of a word's last vowel is often read as an apostrophe after it ("Thuy’" for "Thuỷ"):
 * a word with no tone mark that ends so takes the hook, when that makes it a Vietnamese syllable.
 */
function withHookMark(word: string): string {
  const m = /^(\p{L}+)['’`´]$/u.exec(word);
  if (!m || /[\u0300\u0301\u0303\u0309\u0323]/.test(m[1].normalize('NFD'))) return word;
  const hooked = `${m[1].normalize('NFD')}\u0309`.normalize('NFC');
  return /[aeiouy]$/i.test(foldVietnamese(m[1])) && isVietnameseSyllable(hooked) ? hooked : word;
}

/**
 * How many of a name's words are real Vietnamese syllables, their marks aside: OCR drops a capital's marks and
 * misplaces a hand's ("NGUYEN", "Yen" for Yến are a name's syllables; "Mink" is none).
 */
export function nameSyllables(words: readonly string[]): number {
  return words.filter((w) => isSyllableBarringMarks(w)).length;
}

function findAddress(text: string): GrammarMatch | null {
  const v = text.replace(/[„"“”`\\|~+_*<>{}[\]=@#$%^&]/g, ' ').replace(/\s+/g, ' ').replace(/^[^\p{L}\d]+|[^\p{L}\d.)]+$/gu, '').trim();
  const letters = (v.match(/\p{L}/gu) ?? []).length;
  // An address names at least a place and where it is ("Hà Nội" already is two words); one word is a label's
  // gloss ("Address)") or a scrap.
  const placeWords = v.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (letters < 4 || placeWords < 2 || v.length > 200) return null;
  const start = text.indexOf(v.slice(0, 3));
  return { value: restoreAddressMarks(v), start: Math.max(0, start), end: Math.max(0, start) + v.length };
}

/** The first stretch of `text` that is a value of `field`, in the form records hold, or null. */
export function findFieldValue(field: ScanField, raw: string): GrammarMatch | null {
  const text = cleanText(raw);
  if (!text) return null;
  switch (field) {
    case 'plate': return findPlate(text);
    case 'chassis': return findChassis(text);
    case 'engine': return findEngine(text);
    case 'owner_id': return findCitizenId(text);
    case 'registered_on': return findDate(text);
    case 'brand': return findBrand(text);
    case 'color': return findColour(text);
    case 'model': return findModel(text);
    case 'owner_name': return findName(text);
    case 'address': return findAddress(text);
  }
}
