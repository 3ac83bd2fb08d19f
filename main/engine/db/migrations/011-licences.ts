import type { Migration } from './migration';

/**
 * Driving-licence (GPLX) records the traffic police hand a station to reconcile with the population register.
 * A licence has a row number (`seq`) so its reconciliation result and decisions sit in the tables migration 009
 * made for every kind of subject (`subject_kind = 'licence'`); its licence number is the key an import upserts
 * by. Lookups: by licence number (unique), by personal ID, by name (folded) and birth date.
 */
export const migration011: Migration = {
  version: 11,
  name: 'licences',
  up: `
    CREATE TABLE licences (
      seq INTEGER PRIMARY KEY,
      licence_no TEXT NOT NULL UNIQUE,
      class TEXT, full_name TEXT, name_key TEXT, birth_date TEXT, personal_id TEXT,
      issued_on TEXT, valid_until TEXT, issued_by TEXT,
      issues TEXT,
      digest INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX licences_by_personal_id ON licences(personal_id) WHERE personal_id IS NOT NULL;
    CREATE INDEX licences_by_name_birth ON licences(name_key, birth_date);
    CREATE INDEX licences_by_created ON licences(created_at);

    CREATE TABLE licence_history (
      id INTEGER PRIMARY KEY,
      licence_seq INTEGER NOT NULL REFERENCES licences(seq),
      changed_at TEXT NOT NULL,
      source TEXT NOT NULL,
      values_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX licence_history_by_licence ON licence_history(licence_seq);
  `,
};
