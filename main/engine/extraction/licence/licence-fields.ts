/**
 * A licence card's values found on its OCR lines: each label found by its words, Vietnamese or English, with
 * diacritics folded (OCR drops and confuses tones on small print), its value taken from the rest of the line or,
 * when that is empty, from the line under it, and checked by the field's grammar. A licence number is also
 * found by its shape anywhere on the card (it is the only long number a card prints).
 */
import type { OcrLine, OcrWord } from '../../ocr/ocr-lines';
import { foldVietnamese } from '../../text/vietnamese';
import { findLicenceDate, GLOSS, LEADER } from './licence-date';
import { findHolderName, findLicenceClass, findLicenceNo, findOddLicenceNo, holderNameRun, type LicenceCardField, type LicenceMatch } from './licence-grammar';

export interface CardValue {
  field: LicenceCardField;
  value: string;
  /** `invalid`: a labelled place whose text fails the field's grammar (`value` is the text read there). */
  method: 'label' | 'below' | 'pattern' | 'reread' | 'invalid';
  /** The words the value was read from (card pixels). */
  words: OcrWord[];
}

interface Rule {
  field: LicenceCardField;
  label: RegExp;
  grammar: (text: string) => LicenceMatch | null;
}

// Labels on folded, lower-cased text. "Sinh ngày", "Ngày sinh", "Date of birth"; "Ngày cấp", "Date of issue".
const RULES: Rule[] = [
  { field: 'licence_no', label: /(?:^|[^a-z])(?:so|no)\s*(?:\/\s*no)?\s*[:.]/, grammar: findLicenceNo },
  { field: 'full_name', label: /ho\s*(?:va\s*)?ten|full\s*nam/, grammar: findHolderName },
  // "Ngày, tháng, năm sinh" is the birth label even with "sinh" lost to glare (its words with no date between
  // them; "năm" read "nan" or "narn"), unless it is the ("năm cấp").
  { field: 'birth_date', label: /sinh|birth|ngay\W{0,3}thang\W{0,3}na(?:m|n|rn)\b(?!\W*cap)/, grammar: findLicenceDate },
  // "Hạng" is a label before its colon or gloss; "Hàng Bạc" in an address is a street.
  { field: 'class', label: /(?:^|[^a-z])hang\s*[:;/]|class(?:[^a-z]|$)/, grammar: findLicenceClass },
  // "Ngày cấp" or "Cấp ngày"; "Issued on", "Date of issue", "Issue date" (never "Issued by", a place).
  { field: 'issued_on', label: /ngay\s*cap|cap\s*ngay|date\s*of\s*iss|issued(?!\s*by)|issue\s*date/, grammar: findLicenceDate },
];

/**
 * A dated signature line: the day the licence was issued ("Hà Nội, ngày 19 tháng 11 năm 1997", bilingual
 * "ngày/date 19 tháng/month 11 năm/year 1997"), on folded text, its digits as OCR reads them (l9, O3: the date
 * grammar reads them) and "ngày" perhaps lost.
 */
const DIGIT = '[\\doqil|szb]';
const SIGNED = new RegExp(`(?:ngay${GLOSS}${LEADER})?(?<![a-z\\d])${DIGIT}{1,2}${LEADER}thang${GLOSS}${LEADER}${DIGIT}{1,2}${LEADER}nam${GLOSS}${LEADER}${DIGIT}{4}`);
/** Where a value's label ends: past its colon (or its English gloss when the colon was lost). */
const LABEL_END = /^[^:;]{0,40}[:;]|^.*?(?:name|birth|class|issue[d]?(?:\s*on)?|no)\b\.?/;

export const foldLine = (text: string): string => foldVietnamese(text.normalize('NFC')).toLowerCase();

/** The words of `line` spanning characters [start, end) of its text (words joined by single spaces). */
export function wordsIn(line: OcrLine, start: number, end: number): OcrWord[] {
  const out: OcrWord[] = [];
  let at = 0;
  for (const w of line.words) {
    const from = at;
    at += w.text.length + 1;
    if (from < end && from + w.text.length > start) out.push(w);
  }
  return out;
}

/** Every field found on the card's lines, the first labelled reading of each (then its pattern). */
export function findCardValues(lines: OcrLine[]): CardValue[] {
  const out: CardValue[] = [];
  const has = (f: LicenceCardField): boolean => out.some((v) => v.field === f && v.method !== 'invalid');
  // A labelled number of another length: kept as read only when the card shows no licence number anywhere.
  let oddNumber: CardValue | null = null;
  lines.forEach((line, i) => {
    const folded = foldLine(line.text);
    for (const rule of RULES) {
      if (has(rule.field)) continue;
      const label = rule.label.exec(folded);
      if (!label) continue;
      // The birth label must not take the issue date, nor the class label the class table's heading.
      if (rule.field === 'birth_date' && /ngay\s*cap|cap\s*ngay|trung\s*tuyen/.test(folded)) continue;
      // The class table's heading (a back) lists every class from its first row on: its own class is the row
      // that carries a date, not the row under the heading.
      if (rule.field === 'class' && /loai\s*xe|trung\s*tuyen|categor/.test(folded)) continue;
      const from = label.index + label[0].length;
      const tail = folded.slice(label.index);
      const end = LABEL_END.exec(tail);
      const start = Math.max(from, label.index + (end ? end[0].length : 0));
      const found = rule.grammar(line.text.slice(start));
      if (found) {
        out.push({ field: rule.field, value: found.value, method: 'label', words: wordsIn(line, start + found.start, start + found.end) });
        continue;
      }
      const odd = rule.field === 'licence_no' && !oddNumber ? findOddLicenceNo(line.text.slice(start)) : null;
      if (odd) oddNumber = { field: 'licence_no', value: odd.value, method: 'label', words: wordsIn(line, start + odd.start, start + odd.end) };
      // Nothing after the label: the value may stand on the line under it, below the label (another label may
      // follow on the same line, its value beside this one's underneath).
      // The label starts after the previous label's colon ("Ngày, tháng, năm sinh" starts at "Ngày", not at
      // the word matched); the next label on the line is text ending in a colon (noise after a label is none).
      const next = lines[i + 1];
      const opening = folded.lastIndexOf(':', label.index) + 1;
      const left = wordsIn(line, opening, line.text.length)[0]?.box.x0 ?? line.box.x0;
      const after = /[:;]\s*$/.test(folded.slice(start)) ? wordsIn(line, start, line.text.length)[0]?.box.x0 ?? Infinity : Infinity;
      const under = (next?.words ?? []).filter((w) => (w.box.x0 + w.box.x1) / 2 >= left - 30 && w.box.x0 < after - 10);
      const text = under.map((w) => w.text).join(' ');
      const below = next ? rule.grammar(text) : null;
      // A number of another length on the line under its label (a label above its value) is kept so too.
      const oddBelow = rule.field === 'licence_no' && !below && !oddNumber && next ? findOddLicenceNo(text) : null;
      if (oddBelow && next) oddNumber = { field: 'licence_no', value: oddBelow.value, method: 'below', words: wordsIn({ ...next, text, words: under }, oddBelow.start, oddBelow.end) };
      const beside = below ? null : offLine(lines[i - 1], line, wordsIn(line, label.index, start), after, rule.grammar);
      if (below && next) out.push({ field: rule.field, value: below.value, method: 'below', words: wordsIn({ ...next, text, words: under }, below.start, below.end) });
      else if (beside) out.push({ field: rule.field, value: beside.value, method: 'label', words: beside.words });
      else if (rule.field === 'birth_date' || rule.field === 'issued_on' || rule.field === 'class') {
        // A labelled date or class that fails its grammar ("15-85-1985", "Cc") is kept as unreadable, for a
        // re-read restricted to the field's characters. Its place is the first word or two after the label.
        // "Có" (giá trị đến, the expiry label that follows the class) is never a class; nor is the next label
        // on the line when the value stands under this one.
        const wanted = (w: OcrWord): boolean => (rule.field === 'class' ? /^[A-F€ÂĂÀÁ8]/.test(w.text) && !/^c[oóò]$/i.test(w.text) : /\d/.test(w.text));
        const rest = after === Infinity ? wordsIn(line, start, line.text.length).slice(0, 2).filter(wanted) : [];
        let place = rest.length ? rest : under.slice(0, 2).filter(wanted);
        // Nothing read under the label (a lone small "B" the card's pass skips): its place, for the re-read.
        if (!place.length && next && after !== Infinity && rule.field === 'class') {
          place = [{ text: '', confidence: 0, box: { x0: left, y0: next.box.y0, x1: after - 10, y1: next.box.y1 } }];
        }
        if (place.length) out.push({ field: rule.field, value: place.map((w) => w.text).join(' '), method: 'invalid', words: place });
      }
    }
  });
  if (!has('issued_on')) {
    for (const line of lines) {
      const m = SIGNED.exec(foldLine(line.text));
      // A day or month no calendar has, its tens digit read 8 or 9, is a slashed or dotted zero (a monospace
      // face's: "ngày 19 tháng 94 năm 2019"); a signed line is read no second time, so this is its last resort.
      const found = m ? findLicenceDate(line.text.slice(m.index)) ?? findLicenceDate(line.text.slice(m.index), true) : null;
      if (m && found) {
        out.push({ field: 'issued_on', value: found.value, method: 'label', words: wordsIn(line, m.index, m.index + m[0].length + 2) });
        break;
      }
    }
    const typed = has('issued_on') ? null : typedOverSigned(lines);
    if (typed) out.push(typed);
  }
  // Without any other holder value this is no front (a back's class table is in capitals too).
  if (!has('full_name') && (has('licence_no') || has('birth_date'))) {
    // No name label read (glare, a worn card): the line of two to six words in capitals that is no heading, the
    // first whose words are all Vietnamese syllables (a heading OCR garbled past HEADINGS is not: GIAY PREP).
    const names = lines.map((line) => ({ line, run: HEADINGS.test(foldLine(line.text)) ? null : holderNameRun(line.text) }))
      .filter((c) => c.run && c.run.match.value === c.run.match.value.toLocaleUpperCase('vi') && c.run.match.value.split(' ').length >= 2);
    const named = names.find((c) => c.run!.garbled === 0) ?? names[0];
    if (named) out.push({ field: 'full_name', value: named.run!.match.value, method: 'pattern', words: wordsIn(named.line, named.run!.match.start, named.run!.match.end) });
  }
  if (!has('birth_date')) {
    // No birth label read: the holder was born at least 16 years before any other date a licence prints.
    const dates = lines.flatMap((line) => allDates(line).map((d) => ({ ...d, line })));
    const [first, ...rest] = [...dates].sort((a, b) => a.value.localeCompare(b.value));
    if (first && rest.length && Number(rest[0]!.value.slice(0, 4)) - Number(first.value.slice(0, 4)) >= 16) {
      out.push({ field: 'birth_date', value: first.value, method: 'pattern', words: wordsIn(first.line, first.start, first.end) });
    }
  }
  const birth = out.find((v) => v.field === 'birth_date' && v.method !== 'invalid');
  if (!has('issued_on') && birth) {
    // No issue label read: besides the birth date a front prints the issue date and the expiry, which is later;
    // of two or more such dates (16 years or more after the birth), the earliest is the issue date. A card valid
    // without limit ("Không thời hạn") prints no expiry date: its one such date is the issue date.
    const dates = lines.flatMap((line) => allDates(line).map((d) => ({ ...d, line })))
      .filter((d) => Number(d.value.slice(0, 4)) - Number(birth.value.slice(0, 4)) >= 16)
      .sort((a, b) => a.value.localeCompare(b.value));
    const first = dates[0];
    const unlimited = lines.some((l) => /khong\s*thoi\s*han|unlimited/.test(foldLine(l.text)));
    if (first && (dates.length >= 2 || unlimited)) out.push({ field: 'issued_on', value: first.value, method: 'pattern', words: wordsIn(first.line, first.start, first.end) });
  }
  if (!has('licence_no')) {
    for (const line of lines) {
      const found = findLicenceNo(line.text);
      if (found) {
        out.push({ field: 'licence_no', value: found.value, method: 'pattern', words: wordsIn(line, found.start, found.end) });
        break;
      }
    }
  }
  if (!has('licence_no') && oddNumber) out.push(oddNumber);
  return out;
}

/**
 * A value typed off its line: a typewriter's line sits a little above the printed label's, and OCR then gives
 * it as a line of its own before the label's. Its words are those of the line before that lie right of the
 * label (and left of the next label on the label's line), their middle within a line's height of the label's.
 */
function offLine(above: OcrLine | undefined, line: OcrLine, label: OcrWord[], after: number, grammar: (text: string) => LicenceMatch | null): { value: string; words: OcrWord[] } | null {
  if (!above || label.length === 0) return null;
  const right = Math.max(...label.map((w) => w.box.x1));
  const height = line.box.y1 - line.box.y0;
  const middle = (b: { y0: number; y1: number }): number => (b.y0 + b.y1) / 2;
  const words = above.words.filter((w) => w.box.x0 >= right - 10 && w.box.x0 < after - 10 && Math.abs(middle(w.box) - middle(line.box)) <= 0.9 * height);
  const text = words.map((w) => w.text).join(' ');
  const found = words.length && !HEADINGS.test(foldLine(text)) ? grammar(text) : null;
  return found ? { value: found.value, words: wordsIn({ ...above, text, words }, found.start, found.end) } : null;
}

/** A form's written date with nothing between its words (no digit): "ngày …… tháng …… năm ……", on folded text. */
const SIGNED_WORDS = /ngay[^a-z0-9]*(?:date)?[^a-z0-9]*thang[^a-z0-9]*(?:month)?[^a-z0-9]*nam/;

/**
 * The signed date of a form whose digits were typed over its dotted line: a typewriter's line sits a little off
 * the printed one, and OCR gives the digits as a line of their own above or below "ngày … tháng … năm …". The
 * digit words of the next line over, right of "ngày" and their middle within a line's height of its, are put
 * among its words by their place and read as the written date.
 */
function typedOverSigned(lines: OcrLine[]): CardValue | null {
  for (const [i, line] of lines.entries()) {
    const ngay = SIGNED_WORDS.test(foldLine(line.text)) ? line.words.find((w) => foldLine(w.text).startsWith('ngay')) : undefined;
    if (!ngay) continue;
    const height = line.box.y1 - line.box.y0;
    const middle = (b: { y0: number; y1: number }): number => (b.y0 + b.y1) / 2;
    for (const near of [lines[i - 1], lines[i + 1]]) {
      const digits = (near?.words ?? []).filter((w) => w.box.x0 >= ngay.box.x0 && /^[\dOoIl|]{1,4}[.,]?$/.test(w.text) && Math.abs(middle(w.box) - middle(line.box)) <= 0.9 * height);
      if (digits.length < 3) continue;
      const words = [...line.words.filter((w) => w.box.x0 >= ngay.box.x0), ...digits].sort((a, b) => a.box.x0 - b.box.x0);
      const found = findLicenceDate(words.map((w) => w.text).join(' '));
      if (found) return { field: 'issued_on', value: found.value, method: 'label', words: digits };
    }
  }
  return null;
}

/** Lines that are a card's headings and signature, never a holder's name. */
const HEADINGS = /cong hoa|doc lap|giay phep|driver|giam doc|viet nam$|^[^a-z]*(?:so|no)\b/;

/** Every date on a line, in order. */
function allDates(line: OcrLine): LicenceMatch[] {
  const out: LicenceMatch[] = [];
  for (let at = 0; at < line.text.length; ) {
    const found = findLicenceDate(line.text.slice(at));
    if (!found) break;
    out.push({ value: found.value, start: at + found.start, end: at + found.end });
    at += Math.max(1, found.end);
  }
  return out;
}

/** A card showing any of the holder's own values is a front; one showing none of them (the class table) a back. */
export const isFront = (values: CardValue[]): boolean => values.some((v) => v.field === 'licence_no' || v.field === 'full_name' || v.field === 'birth_date');
