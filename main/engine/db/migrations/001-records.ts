import type { Migration } from './migration';

/** Station records, their change history and the station's settings. */
export const migration001: Migration = {
  version: 1,
  name: 'records',
  up: `
    CREATE TABLE records (
      seq INTEGER PRIMARY KEY,
      record_id TEXT NOT NULL UNIQUE,
      plate TEXT, chassis TEXT, engine TEXT, owner_name TEXT, owner_id TEXT, address TEXT,
      brand TEXT, model TEXT, color TEXT, registered_on TEXT,
      issues TEXT,
      issue_count INTEGER NOT NULL DEFAULT 0,
      digest INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX records_with_issues ON records(seq) WHERE issue_count > 0;

    CREATE TABLE record_history (
      id INTEGER PRIMARY KEY,
      record_seq INTEGER NOT NULL REFERENCES records(seq),
      changed_at TEXT NOT NULL,
      source TEXT NOT NULL,
      values_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX record_history_by_record ON record_history(record_seq);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
