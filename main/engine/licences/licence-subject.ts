/** A driving licence's holder as a reconciliation subject: which licence fields hold the person's facts. */
import type { SubjectFieldNames } from '../reconcile/subject';

/** A licence holds no address: the field name is never used, since a licence subject's address is always null. */
export const LICENCE_HOLDER_FIELDS: SubjectFieldNames = { personalId: 'personal_id', name: 'full_name', birthDate: 'birth_date', address: 'address' };

export type LicenceFactField = 'personal_id' | 'full_name' | 'birth_date';

/** The licence fields an officer may decide on, by every name a user may type for them. */
const FIELD_ALIASES: Readonly<Record<string, LicenceFactField>> = {
  personal_id: 'personal_id',
  id: 'personal_id',
  owner_id: 'personal_id',
  full_name: 'full_name',
  name: 'full_name',
  birth_date: 'birth_date',
};

/** The licence field a typed FIELD names, or null. */
export function licenceField(typed: string): LicenceFactField | null {
  return FIELD_ALIASES[typed.trim().toLowerCase()] ?? null;
}
