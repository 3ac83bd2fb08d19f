/**
 * From a register row as read to a resident as stored. The register is the reference the station's records are
 * checked against, so a row that would put a wrong person in it is rejected (with one sentence naming the
 * field): a personal ID that is not 12 digits or whose province, century or year cannot be, and a birth date
 * that cannot be. Softer problems (a sex or birth year that disagrees with the ID, an odd former CMND) are
 * stored as issues.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { said } from '../domain/messages/said';
import { cccdIssues } from '../records/citizen-id';
import { parseRecordDate } from '../records/date';
import type { KeyedIssue, KeyedNormalizeResult } from '../reconcile/keyed-import';
import { cleanText, foldVietnamese } from '../text/vietnamese';
import type { Resident, ResidentField } from '../domain/resident';

const SEPARATORS = /[\s.-]/g;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
const MALE = new Set(['nam', 'male', 'm']);
const FEMALE = new Set(['nu', 'female', 'f']);

type Raw = Partial<Record<ResidentField, string>>;

export function normalizeResident(raw: Raw): KeyedNormalizeResult<Resident> {
  const issues: KeyedIssue[] = [];
  const typedId = text(raw.personal_id);
  if (typedId === null) return reject('personal_id', say('resident.no_id'));
  const id = typedId.replace(SEPARATORS, '');
  if (!DIGITS.test(id)) return reject('personal_id', say('resident.id_not_digits', { value: typedId }));
  if (id.length !== 12) {
    const lostZero = id.length === 10 || id.length === 11;
    return reject('personal_id', say(lostZero ? 'resident.id_length_lost_zero' : 'resident.id_length', { value: id, length: id.length }));
  }
  const idProblems = cccdIssues(id);
  if (idProblems.length > 0) return reject('personal_id', idProblems[0]!);

  let birthDate = text(raw.birth_date);
  if (birthDate !== null) {
    const parsed = parseRecordDate(birthDate, say('label.birth_date'));
    if (!parsed.ok) return reject('birth_date', parsed.issue);
    birthDate = parsed.iso;
    const idYear = birthYearOf(id);
    if (Number(birthDate.slice(0, 4)) !== idYear) {
      issues.push({ field: 'birth_date', ...said(say('resident.birth_year', { date: birthDate, id, year: idYear })) });
    }
  }

  const fullName = text(raw.full_name);
  if (fullName !== null) {
    if (fullName.includes('\ufffd')) issues.push({ field: 'full_name', ...said(say('resident.name_unreadable')) });
    else if (HAS_DIGIT.test(fullName)) issues.push({ field: 'full_name', ...said(say('person.name_digits', { name: fullName })) });
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
    issues.push({ field: 'sex', ...said(say('resident.sex', { value })) });
    return value;
  }
  const byId = Number(id[3]) % 2 === 0 ? 'Nam' : 'Nữ';
  if (sex !== byId) issues.push({ field: 'sex', ...said(say('resident.sex_vs_id', { sex, id, byId })) });
  return sex;
}

function formerId(typed: string | undefined, issues: KeyedIssue[]): string | null {
  const value = text(typed);
  if (value === null) return null;
  const digits = value.replace(SEPARATORS, '');
  if (!DIGITS.test(digits) || (digits.length !== 9 && digits.length !== 12)) {
    issues.push({ field: 'former_id', ...said(say('resident.former_id', { value })) });
    return value;
  }
  return digits;
}

function text(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const value = cleanText(typed);
  return value === '' ? null : value;
}

function reject(field: ResidentField, text: EngineMessage): KeyedNormalizeResult<Resident> {
  return { ok: false, field, text };
}
