/**
 * From a register row as read to a resident as stored. The register is the reference the station's records are
 * checked against, so a row that would put a wrong person in it is rejected (with one sentence naming the
 * field): a personal ID that is not 12 digits or whose province, century or year cannot be, and a birth date
 * that cannot be. Softer problems (a sex or birth year that disagrees with the ID, an odd former CMND) are
 * stored as issues.
 */
import { cccdIssues } from '../records/citizen-id';
import { parseRecordDate } from '../records/date';
import type { KeyedIssue, KeyedNormalizeResult } from '../reconcile/keyed-import';
import { cleanText, foldVietnamese } from '../text/vietnamese';
import type { Resident, ResidentField } from './resident';

const SEPARATORS = /[\s.-]/g;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
const MALE = new Set(['nam', 'male', 'm']);
const FEMALE = new Set(['nu', 'female', 'f']);

type Raw = Partial<Record<ResidentField, string>>;

export function normalizeResident(raw: Raw): KeyedNormalizeResult<Resident> {
  const issues: KeyedIssue[] = [];
  const typedId = text(raw.personal_id);
  if (typedId === null) return reject('personal_id', 'The row has no personal ID (Số định danh cá nhân), so it cannot be stored.');
  const id = typedId.replace(SEPARATORS, '');
  if (!DIGITS.test(id)) return reject('personal_id', `Personal ID "${typedId}" contains characters other than digits.`);
  if (id.length !== 12) {
    const lostZero = id.length === 10 || id.length === 11 ? ' (a leading 0 may have been lost in a spreadsheet)' : '';
    return reject('personal_id', `Personal ID ${id} has ${id.length} digits, but a personal ID (CCCD) has 12${lostZero}.`);
  }
  const idProblems = cccdIssues(id);
  if (idProblems.length > 0) return reject('personal_id', idProblems[0]!);

  let birthDate = text(raw.birth_date);
  if (birthDate !== null) {
    const parsed = parseRecordDate(birthDate, 'Birth date');
    if (!parsed.ok) return reject('birth_date', parsed.issue);
    birthDate = parsed.iso;
    const idYear = birthYearOf(id);
    if (Number(birthDate.slice(0, 4)) !== idYear) {
      issues.push({ field: 'birth_date', message: `Birth date ${birthDate} does not agree with personal ID ${id}, which gives a birth year of ${idYear}.` });
    }
  }

  const fullName = text(raw.full_name);
  if (fullName !== null) {
    if (fullName.includes('\ufffd')) issues.push({ field: 'full_name', message: 'Full name contains characters that could not be read (the file may be in another encoding).' });
    else if (HAS_DIGIT.test(fullName)) issues.push({ field: 'full_name', message: `Full name "${fullName}" contains digits.` });
  }

  return {
    ok: true,
    item: { personal_id: id, full_name: fullName, birth_date: birthDate, sex: sexOf(raw.sex, id, issues), former_id: formerId(raw.former_id, issues), address: text(raw.address) },
    issues,
  };
}

/** The birth year a CCCD states: its 4th digit gives the century, the next two the year. */
export function birthYearOf(cccd: string): number {
  const century = Number(cccd[3]) < 2 ? 1900 : 2000;
  return century + Number(cccd.slice(4, 6));
}

function sexOf(typed: string | undefined, id: string, issues: KeyedIssue[]): string | null {
  const value = text(typed);
  if (value === null) return null;
  // The register writes "Nam" or "Nữ" on nearly every row: no folding needed for those.
  const folded = value === 'Nam' || value === 'Nữ' ? null : foldVietnamese(value);
  const sex = folded === null ? value : MALE.has(folded) ? 'Nam' : FEMALE.has(folded) ? 'Nữ' : null;
  if (sex === null) {
    issues.push({ field: 'sex', message: `Sex "${value}" is neither Nam nor Nữ.` });
    return value;
  }
  const byId = Number(id[3]) % 2 === 0 ? 'Nam' : 'Nữ';
  if (sex !== byId) issues.push({ field: 'sex', message: `Sex ${sex} does not agree with personal ID ${id}, whose 4th digit says ${byId}.` });
  return sex;
}

function formerId(typed: string | undefined, issues: KeyedIssue[]): string | null {
  const value = text(typed);
  if (value === null) return null;
  const digits = value.replace(SEPARATORS, '');
  if (!DIGITS.test(digits) || (digits.length !== 9 && digits.length !== 12)) {
    issues.push({ field: 'former_id', message: `Former ID "${value}" is not a 9-digit CMND.` });
    return value;
  }
  return digits;
}

function text(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const value = cleanText(typed);
  return value === '' ? null : value;
}

function reject(field: ResidentField, message: string): KeyedNormalizeResult<Resident> {
  return { ok: false, field, message };
}
