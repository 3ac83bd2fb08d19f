/**
 * From a licence row as read to a licence as stored. Only a row that cannot be stored under a key is rejected —
 * no licence number, an unreadable one, or one a spreadsheet wrote in exponent form. Everything else is kept for
 * the officer, with an issue naming the field: a number of the wrong length or an older number with letters (as
 * typed), an unknown class, a date that cannot be read, valid-until before issued-on, an odd ID.
 */
import { normalizeCitizenId } from '../records/citizen-id';
import { parseRecordDate } from '../records/date';
import type { KeyedIssue, KeyedNormalizeResult } from '../reconcile/keyed-import';
import { cleanText, foldVietnamese } from '../text/vietnamese';
import { LICENCE_CLASSES, type Licence, type LicenceField } from './licence-columns';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { said } from '../domain/messages/said';

const SEPARATORS = /[\s.\-–/]/g;
const DIGITS = /^\d+$/;
const LEADING_APOSTROPHE = /^'/;
const HAS_DIGIT = /\d/;
const CLASS_SEPARATORS = /[\s,;/+|&-]+/;
/** A class written with its label ("Hạng B2"): the label is not a class. */
const CLASS_WORDS = new Set(['HẠNG', 'HANG', 'CLASS']);
/** "1.01235E+11": what Excel writes to CSV for a long number in a General-format cell. */
const EXPONENT_FORM = /^\d[.,]\d+E\+\d+$/i;
const MAX_LICENCE_NO = 40;
/** A validity date far enough ahead for any licence: valid-until lies in the future, unlike every other date. */
const FAR_FUTURE = new Date(2200, 0, 1);
/** "Không thời hạn" (no expiry) and its spellings, folded, without spaces. */
const NO_EXPIRY = new Set(['khongthoihan', 'kth', 'vothoihan', 'noexpiry', 'none', 'unlimited']);
const SPACES = /\s+/g;

type Raw = Partial<Record<LicenceField, string>>;

export function normalizeLicence(raw: Raw): KeyedNormalizeResult<Licence> {
  const issues: KeyedIssue[] = [];
  const number = licenceNumber(raw.licence_no, issues);
  if (!number.ok) return { ok: false, field: 'licence_no', text: number.text };

  const licenceClass = classes(raw.class, issues);
  const fullName = text(raw.full_name, 'full_name', issues);
  if (fullName !== null && HAS_DIGIT.test(fullName)) issues.push({ field: 'full_name', ...said(say('person.name_digits', { name: fullName })) });

  let personalId = text(raw.personal_id, 'personal_id', issues);
  if (personalId !== null) {
    const id = normalizeCitizenId(personalId);
    personalId = id.value;
    for (const problem of id.issues) issues.push({ field: 'personal_id', ...said(problem) });
  }

  const birthDate = date(raw.birth_date, 'birth_date', issues).stored;
  const issuedOn = date(raw.issued_on, 'issued_on', issues);
  const validUntil = expiry(raw.valid_until, issues);
  if (issuedOn.iso && validUntil.iso && validUntil.iso < issuedOn.iso) {
    issues.push({ field: 'valid_until', ...said(say('licence.expiry_before_issue', { until: validUntil.iso, issued: issuedOn.iso })) });
  }

  return {
    ok: true,
    item: {
      licence_no: number.value,
      class: licenceClass,
      full_name: fullName,
      birth_date: birthDate,
      personal_id: personalId,
      issued_on: issuedOn.stored,
      valid_until: validUntil.stored,
      issued_by: text(raw.issued_by, 'issued_by', issues),
    },
    issues,
  };
}

/** A licence field the officer may correct from a scanned card: every one but the number, the licence's key. */
export type CorrectableLicenceField = Exclude<LicenceField, 'licence_no'>;

/**
 * A value taken from a scanned card (or typed by the officer) in the licence record's own form, as an import would
 * store it: classes as "A1, B2", dates in ISO, an ID without separators; a value that does not parse is kept as given.
 */
export function licenceRecordValue(field: CorrectableLicenceField, given: string | null): string | null {
  if (given === null) return null;
  const unused: KeyedIssue[] = [];
  if (field === 'class') return classes(given, unused);
  if (field === 'valid_until') return expiry(given, unused).stored;
  if (field === 'birth_date' || field === 'issued_on') return date(given, field, unused).stored;
  const value = text(given, field, unused);
  return field === 'personal_id' && value !== null ? normalizeCitizenId(value).value : value;
}

/** The licence number as stored: 12 digits without separators, or an older number with letters as typed. */
export function licenceNumber(typed: string | undefined, issues: KeyedIssue[]): { ok: true; value: string } | { ok: false; text: EngineMessage } {
  const value = typed === undefined ? '' : cleanText(typed);
  if (value === '') return { ok: false, text: say('licence.no_number') };
  if (value.includes('\ufffd') || value.length > MAX_LICENCE_NO) {
    return { ok: false, text: say('licence.number_unusable', { start: value.slice(0, 24), max: MAX_LICENCE_NO }) };
  }
  if (EXPONENT_FORM.test(value)) return { ok: false, text: say('licence.number_exponent', { value }) };
  // A leading apostrophe is how a spreadsheet marks a number kept as text.
  const digits = value.replace(LEADING_APOSTROPHE, '').replace(SEPARATORS, '');
  if (DIGITS.test(digits)) {
    if (digits.length === 12) return { ok: true, value: digits };
    // A digit lost or added is the paper's or the typist's: kept as typed for the officer (lookup is
    // OCR- and typo-tolerant), never dropped with the rest of the row.
    const lostZero = digits.length === 10 || digits.length === 11;
    issues.push({ field: 'licence_no', ...said(say(lostZero ? 'licence.number_length_lost_zero' : 'licence.number_length', { value: digits, length: digits.length })) });
    return { ok: true, value: digits };
  }
  issues.push({ field: 'licence_no', ...said(say('licence.number_old_format', { value })) });
  return { ok: true, value };
}

/** Classes as "A1, B2" when every one is known; otherwise as typed, each unknown one named in an issue. */
function classes(typed: string | undefined, issues: KeyedIssue[]): string | null {
  const value = typed === undefined ? '' : cleanText(typed);
  if (value === '') return null;
  const parts = value.toUpperCase().split(CLASS_SEPARATORS).filter((p) => p !== '' && !CLASS_WORDS.has(p));
  const unknown = parts.filter((p) => !LICENCE_CLASSES.has(p));
  if (unknown.length === 0) return parts.join(', ');
  const named = unknown.map((p) => `"${p}"`).join(', ');
  issues.push({ field: 'class', ...said(say('licence.class', { classes: named })) });
  return value;
}

/** A date in ISO (`iso` set), or kept as typed with an issue (`iso` null). */
function date(typed: string | undefined, field: LicenceField, issues: KeyedIssue[], today?: Date): { stored: string | null; iso: string | null } {
  const value = typed === undefined ? '' : cleanText(typed);
  if (value === '') return { stored: null, iso: null };
  const parsed = parseRecordDate(value, say(`label.${field}`), today);
  if (parsed.ok) return { stored: parsed.iso, iso: parsed.iso };
  issues.push({ field, ...said(parsed.issue) });
  return { stored: value, iso: null };
}

function expiry(typed: string | undefined, issues: KeyedIssue[]): { stored: string | null; iso: string | null } {
  if (typed !== undefined && NO_EXPIRY.has(foldVietnamese(typed).replace(SPACES, ''))) return { stored: null, iso: null };
  return date(typed, 'valid_until', issues, FAR_FUTURE);
}

function text(typed: string | undefined, field: LicenceField, issues: KeyedIssue[]): string | null {
  if (typed === undefined) return null;
  const value = cleanText(typed);
  if (value === '') return null;
  if (value.includes('\ufffd')) issues.push({ field, ...said(say('value.unreadable', { label: say(`label.${field}`) })) });
  return value;
}
