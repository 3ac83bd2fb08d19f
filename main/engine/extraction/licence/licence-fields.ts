/**
 * A licence card's values found on its OCR lines: each label found by its words, Vietnamese or English, with
 * diacritics folded (OCR drops and confuses tones on small print), its value taken from the rest of the line or,
 * when that is empty, from the line under it, and checked by the field's grammar. A licence number is also
 * found by its shape anywhere on the card (it is the only long number a card prints).
 */
import type { OcrLine, OcrWord } from '../../ocr/ocr-lines';
import { foldVietnamese } from '../../text/vietnamese';
import { findHolderName, findLicenceClass, findLicenceDate, findLicenceNo, type LicenceField, type LicenceMatch } from './licence-grammar';

export interface CardValue {
  field: LicenceField;
  value: string;
  method: 'label' | 'below' | 'pattern' | 'reread';
  /** The words the value was read from (card pixels). */
  words: OcrWord[];
}

interface Rule {
  field: LicenceField;
  label: RegExp;
  grammar: (text: string) => LicenceMatch | null;
}

// Labels on folded, lower-cased text. "Sinh ngày", "Ngày sinh", "Date of birth"; "Ngày cấp", "Date of issue".
const RULES: Rule[] = [
  { field: 'licence_no', label: /(?:^|[^a-z])(?:so|no)\s*(?:\/\s*no)?\s*[:.]/, grammar: findLicenceNo },
  { field: 'full_name', label: /ho\s*(?:va\s*)?ten|full\s*nam/, grammar: findHolderName },
  { field: 'birth_date', label: /sinh|birth/, grammar: findLicenceDate },
  { field: 'class', label: /(?:^|[^a-z])(?:hang|class)(?:[^a-z]|$)/, grammar: findLicenceClass },
  { field: 'issued_on', label: /ngay\s*cap|date\s*of\s*iss|issued/, grammar: findLicenceDate },
];

/** A dated signature line: the day the licence was issued ("Hà Nội, ngày 19 tháng 11 năm 1997"). */
const SIGNED = /ngay\s*[0-3]?\d\s*thang\s*[01]?\d\s*nam\s*(?:19|20)\d\d/;
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
  const has = (f: LicenceField): boolean => out.some((v) => v.field === f);
  lines.forEach((line, i) => {
    const folded = foldLine(line.text);
    for (const rule of RULES) {
      if (has(rule.field)) continue;
      const label = rule.label.exec(folded);
      if (!label) continue;
      // The birth label must not take the issue date, nor the class label the class table's heading.
      if (rule.field === 'birth_date' && /ngay\s*cap|trung\s*tuyen/.test(folded)) continue;
      const from = label.index + label[0].length;
      const tail = folded.slice(label.index);
      const end = LABEL_END.exec(tail);
      const start = Math.max(from, label.index + (end ? end[0].length : 0));
      const found = rule.grammar(line.text.slice(start));
      if (found) {
        out.push({ field: rule.field, value: found.value, method: 'label', words: wordsIn(line, start + found.start, start + found.end) });
        continue;
      }
      // Nothing after the label: the value may stand on the line under it.
      const next = lines[i + 1];
      const below = next && line.text.slice(start).trim().length <= 2 ? rule.grammar(next.text) : null;
      if (below && next) out.push({ field: rule.field, value: below.value, method: 'below', words: wordsIn(next, below.start, below.end) });
    }
  });
  if (!has('issued_on')) {
    for (const line of lines) {
      const m = SIGNED.exec(foldLine(line.text));
      const found = m ? findLicenceDate(line.text.slice(m.index)) : null;
      if (m && found) {
        out.push({ field: 'issued_on', value: found.value, method: 'label', words: wordsIn(line, m.index, m.index + m[0].length + 2) });
        break;
      }
    }
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
  return out;
}

/** A card showing any of the holder's own values is a front; one showing none of them (the class table) a back. */
export const isFront = (values: CardValue[]): boolean => values.some((v) => v.field === 'licence_no' || v.field === 'full_name' || v.field === 'birth_date');
