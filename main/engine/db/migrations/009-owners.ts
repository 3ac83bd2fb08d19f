import type { Migration } from './migration';

/**
 * The campaign's other sources: the population register (residents), owner reconciliation results and the
 * officers' decisions on them, citizens' self-declarations; and the owner's birth date on a record.
 * Reconciliation rows are keyed by subject kind ('owner' of a record today, 'licence' holder next) so one
 * engine serves both.
 */
export const migration009: Migration = {
  version: 9,
  name: 'owners',
  up: `
    ALTER TABLE records ADD COLUMN owner_birth_date TEXT;

    CREATE TABLE residents (
      seq INTEGER PRIMARY KEY,
      personal_id TEXT NOT NULL UNIQUE,
      full_name TEXT, name_key TEXT, birth_date TEXT, sex TEXT, former_id TEXT, address TEXT,
      issues TEXT,
      digest INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX residents_by_former_id ON residents(former_id) WHERE former_id IS NOT NULL;
    CREATE INDEX residents_by_name_birth ON residents(name_key, birth_date);
    CREATE INDEX residents_by_created ON residents(created_at);

    CREATE TABLE resident_history (
      id INTEGER PRIMARY KEY,
      resident_seq INTEGER NOT NULL REFERENCES residents(seq),
      changed_at TEXT NOT NULL,
      source TEXT NOT NULL,
      values_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX resident_history_by_resident ON resident_history(resident_seq);

    CREATE TABLE reconciliations (
      subject_kind TEXT NOT NULL,
      subject_seq INTEGER NOT NULL,
      status TEXT NOT NULL,
      personal_id TEXT,
      differences TEXT,
      checked_at TEXT NOT NULL,
      PRIMARY KEY (subject_kind, subject_seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX reconciliations_by_status ON reconciliations(subject_kind, status, subject_seq);

    CREATE TABLE reconcile_decisions (
      id INTEGER PRIMARY KEY,
      subject_kind TEXT NOT NULL,
      subject_seq INTEGER NOT NULL,
      field TEXT NOT NULL,
      action TEXT NOT NULL,
      record_value TEXT,
      register_value TEXT,
      user_id INTEGER NOT NULL REFERENCES users(id),
      reason TEXT,
      decided_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX reconcile_decisions_by_subject ON reconcile_decisions(subject_kind, subject_seq, field);

    CREATE TABLE declarations (
      seq INTEGER PRIMARY KEY,
      declaration_id TEXT NOT NULL UNIQUE,
      declared_at TEXT, personal_id TEXT, full_name TEXT, phone TEXT,
      plate TEXT, chassis TEXT, engine TEXT, brand TEXT, model TEXT, color TEXT,
      issues TEXT,
      digest INTEGER NOT NULL DEFAULT 0,
      received_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      match TEXT NOT NULL DEFAULT 'no_record',
      record_seq INTEGER,
      differences TEXT,
      status TEXT NOT NULL DEFAULT 'pending',
      decision TEXT,
      decided_by TEXT,
      decided_at TEXT,
      reason TEXT
    ) STRICT;
    CREATE INDEX declarations_queue ON declarations(status, seq);
    CREATE INDEX declarations_by_match ON declarations(match, status, seq);
    CREATE INDEX declarations_by_received ON declarations(received_at);
    CREATE INDEX declarations_by_decided ON declarations(decided_at) WHERE decided_at IS NOT NULL;

    CREATE TABLE declaration_history (
      id INTEGER PRIMARY KEY,
      declaration_seq INTEGER NOT NULL REFERENCES declarations(seq),
      changed_at TEXT NOT NULL,
      source TEXT NOT NULL,
      values_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX declaration_history_by_declaration ON declaration_history(declaration_seq);
  `,
};
