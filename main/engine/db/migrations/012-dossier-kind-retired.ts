import type { Migration } from './migration';

/**
 * What a dossier holds (a vehicle's registration dossier or a paper driving licence) and the box or shelf its
 * paper came from; the department's list of vehicles past their service life or out of circulation.
 *
 * A mark is never deleted or overwritten: a record listed again with another reason or date gets a new row, the
 * newest row being its current mark. A list row that matches no record is kept (not dropped) so the officer sees
 * it; the same file and row read again replaces its earlier entry, and one that matches later is cleared.
 *
 * The discrepancies table is rebuilt (SQLite cannot alter a CHECK) to accept the `retired` kind; ids are kept and
 * nothing references its rows. A retired vehicle's dossier may also be a duplicate of another dossier of the same
 * record, both flags on `record`, so a flag is unique per dossier, field and kind.
 */
export const migration012: Migration = {
  version: 12,
  name: 'dossier-kind-retired',
  up: `
    ALTER TABLE dossiers ADD COLUMN kind TEXT NOT NULL DEFAULT 'vehicle' CHECK (kind IN ('vehicle', 'licence'));
    ALTER TABLE dossiers ADD COLUMN box TEXT;
    CREATE INDEX dossiers_by_kind ON dossiers(kind, status);

    CREATE TABLE discrepancies_v12 (
      id INTEGER PRIMARY KEY,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      field TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('mismatch', 'missing_in_record', 'missing_on_scan', 'unreadable', 'unmatched', 'duplicate', 'retired')),
      scan_value TEXT,
      record_value TEXT,
      hint TEXT CHECK (hint IN ('ocr_misread', 'record_error')),
      severity INTEGER NOT NULL,
      evidence TEXT NOT NULL,
      UNIQUE (dossier_seq, field, kind)
    ) STRICT;
    INSERT INTO discrepancies_v12 (id, dossier_seq, field, kind, scan_value, record_value, hint, severity, evidence)
      SELECT id, dossier_seq, field, kind, scan_value, record_value, hint, severity, evidence FROM discrepancies;
    DROP TABLE discrepancies;
    ALTER TABLE discrepancies_v12 RENAME TO discrepancies;
    CREATE INDEX discrepancies_by_kind ON discrepancies(kind, dossier_seq, field);

    CREATE TABLE retired_marks (
      id INTEGER PRIMARY KEY,
      record_seq INTEGER NOT NULL REFERENCES records(seq),
      reason TEXT NOT NULL CHECK (reason IN ('het_nien_han', 'khong_luu_hanh')),
      listed_on TEXT,
      source_file TEXT NOT NULL,
      source_row INTEGER NOT NULL,
      marked_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX retired_marks_by_record ON retired_marks(record_seq, id);

    CREATE TABLE retired_unmatched (
      id INTEGER PRIMARY KEY,
      source_file TEXT NOT NULL,
      source_row INTEGER NOT NULL,
      record_id TEXT, chassis TEXT, plate TEXT, reason TEXT, listed_on TEXT,
      message TEXT NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (source_file, source_row)
    ) STRICT;
  `,
};
