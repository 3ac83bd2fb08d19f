/** A vehicle record's owner as a reconciliation subject: which record fields hold the person's facts. */
import type { SubjectFieldNames } from '../reconcile/subject';

export const OWNER_FIELDS: SubjectFieldNames = { personalId: 'owner_id', name: 'owner_name', birthDate: 'owner_birth_date', address: 'address' };

/** The record fields an officer may decide on, by every name a user may type for them. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  owner_id: 'owner_id',
  personal_id: 'owner_id',
  id: 'owner_id',
  owner_name: 'owner_name',
  name: 'owner_name',
  full_name: 'owner_name',
  owner_birth_date: 'owner_birth_date',
  birth_date: 'owner_birth_date',
  address: 'address',
};

/** The record field a typed FIELD names, or null. */
export function ownerField(typed: string): string | null {
  return FIELD_ALIASES[typed.trim().toLowerCase()] ?? null;
}
