/**
 * The rules of CLI.md for one subject against the register:
 * - `match`: the ID is a resident's personal ID; name (NFC, case and spaces folded) and birth date (where both are
 *   known) are equal. Address differences are listed but do not change the status.
 * - `differs`: the ID is a resident's personal ID and the name or birth date differs ("spelling" when the names
 *   are equal without diacritics).
 * - `legacy_id`: the ID is a resident's former CMND; the personal ID is proposed.
 * - `not_found`: an ID matching neither; `no_id`: no ID (a single register candidate by name + birth date, and
 *   address when that is needed to tell several apart, is proposed).
 */
import { foldVietnamese, toNfc } from '../text/vietnamese';
import type { Difference, Reconciliation, RegisterLookup, RegisterPerson, SubjectFacts, SubjectFieldNames } from './subject';

const SPACES = /\s+/g;
const PUNCTUATION = /[.,;:\-–/()]+/g;

/** A name in its comparison form: NFC, lowercase, one space between words. */
export function nameForm(name: string): string {
  return toNfc(name).toLowerCase().replace(SPACES, ' ').trim();
}

/** A name without case, diacritics or extra spaces: how the register is searched by name (NFC or NFD alike). */
export function nameKey(name: string): string {
  return foldVietnamese(name).replace(SPACES, ' ').trim();
}

/** An address in its comparison form: also without punctuation, so "P. Láng, HN" and "P Láng HN" agree. */
function addressForm(address: string): string {
  return nameForm(address.replace(PUNCTUATION, ' '));
}

/** The differences between a subject and the register's person, named with the subject's fields. */
export function differencesWith(subject: SubjectFacts, person: RegisterPerson, names: SubjectFieldNames): Difference[] {
  const differences: Difference[] = [];
  if (subject.name !== null && person.full_name !== null && nameForm(subject.name) !== nameForm(person.full_name)) {
    const spelling = nameKey(subject.name) === nameKey(person.full_name);
    differences.push({ field: names.name, record_value: subject.name, register_value: person.full_name, hint: spelling ? 'spelling' : null });
  }
  if (subject.birthDate !== null && person.birth_date !== null && subject.birthDate !== person.birth_date) {
    differences.push({ field: names.birthDate, record_value: subject.birthDate, register_value: person.birth_date, hint: null });
  }
  if (subject.address !== null && person.address !== null && addressForm(subject.address) !== addressForm(person.address)) {
    const spelling = foldVietnamese(addressForm(subject.address)) === foldVietnamese(addressForm(person.address));
    differences.push({ field: names.address, record_value: subject.address, register_value: person.address, hint: spelling ? 'spelling' : null });
  }
  return differences;
}

/** Checks one subject against the register. */
export function reconcileSubject(subject: SubjectFacts, register: RegisterLookup, names: SubjectFieldNames): Reconciliation {
  const id = subject.personalId;
  if (id === null || id === '') return noId(subject, register, names);
  const resident = register.byPersonalId(id);
  if (resident) return withResident(subject, resident, names);
  const formers = register.byFormerId(id);
  if (formers.length > 0) return legacy(subject, formers[0]!, names);
  return { status: 'not_found', personal_id: null, differences: [] };
}

/** The result for a subject whose ID is `resident`'s personal ID. */
export function withResident(subject: SubjectFacts, resident: RegisterPerson, names: SubjectFieldNames): Reconciliation {
  const differences = differencesWith(subject, resident, names);
  const differs = differences.some((d) => d.field === names.name || d.field === names.birthDate);
  return { status: differs ? 'differs' : 'match', personal_id: resident.personal_id, differences };
}

/** The result for a subject whose ID is `resident`'s former CMND: the personal ID is proposed first. */
export function legacy(subject: SubjectFacts, resident: RegisterPerson, names: SubjectFieldNames): Reconciliation {
  const proposal: Difference = { field: names.personalId, record_value: subject.personalId, register_value: resident.personal_id, hint: null };
  return { status: 'legacy_id', personal_id: resident.personal_id, differences: [proposal, ...differencesWith(subject, resident, names)] };
}

function noId(subject: SubjectFacts, register: RegisterLookup, names: SubjectFieldNames): Reconciliation {
  const result: Reconciliation = { status: 'no_id', personal_id: null, differences: [] };
  if (subject.name === null || subject.birthDate === null) return result;
  let candidates = register.byNameAndBirth(nameKey(subject.name), subject.birthDate);
  if (candidates.length > 1 && subject.address !== null) {
    const address = addressForm(subject.address);
    candidates = candidates.filter((c) => c.address !== null && addressForm(c.address) === address);
  }
  if (candidates.length === 1) {
    result.differences.push({ field: names.personalId, record_value: null, register_value: candidates[0]!.personal_id, hint: 'candidate' });
  }
  return result;
}
