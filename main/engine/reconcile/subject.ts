/**
 * One reconciliation engine for every "subject" the station holds about a person — the owner named on a vehicle
 * record today, a driving-licence holder next — checked against the population register (residents).
 *
 * A subject says which of its own fields hold the person's ID, name, birth date and address, so differences are
 * named in the subject's words (a record's `owner_name`, a licence's `full_name`) and a decision can take the
 * register's value into exactly that field.
 */

import { ReconcileStatus, type Difference } from '../domain/reconcile';

/** The statuses of CLI.md, for owners and licence holders alike (domain/reconcile.ts). */
export const RECONCILE_STATUSES = ReconcileStatus.options;
export type { Difference, ReconcileStatus };

/** Kinds of subject, as stored beside each result. */
export type SubjectKind = 'owner' | 'licence';

/** What a subject says about its person. Values are as stored (NFC text, ISO dates, digits-only IDs). */
export interface SubjectFacts {
  /** The subject's own key (record id, licence number). */
  key: string;
  personalId: string | null;
  name: string | null;
  birthDate: string | null;
  address: string | null;
}

/** The subject's field names for each fact, used in differences and decisions. */
export interface SubjectFieldNames {
  personalId: string;
  name: string;
  birthDate: string;
  address: string;
}

/** A resident of the population register, as the engine compares it. */
export interface RegisterPerson {
  personal_id: string;
  full_name: string | null;
  birth_date: string | null;
  former_id: string | null;
  address: string | null;
}

/**
 * One difference: `hint` is "spelling" when the values are equal once case and diacritics are removed,
 * "candidate" when the register proposes an ID for a subject that has none, else null.
 */
export interface Reconciliation {
  status: ReconcileStatus;
  /** The register's personal ID of the person found (match, differs, legacy_id); null otherwise. */
  personal_id: string | null;
  differences: Difference[];
}

/** Where the engine looks a subject's person up. */
export interface RegisterLookup {
  byPersonalId(id: string): RegisterPerson | undefined;
  /** Residents whose former CMND is `id` (normally one). */
  byFormerId(id: string): RegisterPerson[];
  /** Residents with this folded name and birth date (birth date null: any). */
  byNameAndBirth(nameKey: string, birthDate: string | null): RegisterPerson[];
}
