import type { Migration } from './migration';

/**
 * Linking, discrepancies, the officer's decisions, local accounts and the audit log.
 * A dossier's `link` is the linking's verdict (confidence, reason, candidates); `severity` is the most severe
 * undecided discrepancy, kept on the row so the review queue is one indexed scan even with 10^5 dossiers.
 * Decisions are never deleted: an undone one keeps its row with `undone_at`, and at most one is live per field.
 * The audit log is append-only and hash-chained; `audit_head` holds the newest entry so a truncated log shows.
 */
export const migration004: Migration = {
  version: 4,
  name: 'review',
  up: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      role TEXT NOT NULL CHECK (role IN ('clerk', 'officer', 'lead')),
      password TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    ALTER TABLE dossiers ADD COLUMN link TEXT;
    ALTER TABLE dossiers ADD COLUMN severity INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE dossiers ADD COLUMN rescan INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX dossiers_review_queue ON dossiers(status, severity DESC, seq);
    CREATE INDEX dossiers_by_record ON dossiers(record_id) WHERE record_id IS NOT NULL;

    CREATE TABLE discrepancies (
      id INTEGER PRIMARY KEY,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      field TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('mismatch', 'missing_in_record', 'missing_on_scan', 'unreadable', 'unmatched', 'duplicate')),
      scan_value TEXT,
      record_value TEXT,
      hint TEXT CHECK (hint IN ('ocr_misread', 'record_error')),
      severity INTEGER NOT NULL,
      evidence TEXT NOT NULL,
      UNIQUE (dossier_seq, field)
    ) STRICT;

    CREATE TABLE decisions (
      id INTEGER PRIMARY KEY,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      field TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('keep-record', 'take-scan', 'set', 'rescan')),
      value TEXT,
      kind TEXT,
      scan_value TEXT,
      record_value TEXT,
      user_id INTEGER NOT NULL REFERENCES users(id),
      reason TEXT,
      decided_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX decisions_live ON decisions(dossier_seq, field) WHERE undone_at IS NULL;

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      action TEXT NOT NULL,
      dossier TEXT,
      field TEXT,
      before TEXT,
      after TEXT,
      reason TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE TABLE audit_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
  `,
};
