import type { Migration } from './migration';

/**
 * Scanned dossiers, their pages and field readings. The pages table is also the persistent work queue:
 * a page is `queued` until its analysis is committed together with the state change, so a crash at any moment
 * neither loses a page nor processes one twice.
 */
export const migration002: Migration = {
  version: 2,
  name: 'scans',
  up: `
    CREATE TABLE dossiers (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      source TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('processing', 'needs_review', 'resolved', 'exported', 'failed')),
      error TEXT,
      fields TEXT,
      record_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dossiers_by_status ON dossiers(status);

    CREATE TABLE source_files (
      sha256 TEXT PRIMARY KEY,
      path TEXT NOT NULL,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      archive_path TEXT,
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      page_no INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      image_path TEXT NOT NULL,
      source_file TEXT NOT NULL,
      index_in_file INTEGER NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'done', 'failed')),
      error TEXT,
      rotation INTEGER,
      skew REAL,
      kind TEXT,
      blank INTEGER NOT NULL DEFAULT 0,
      words TEXT,
      UNIQUE (dossier_seq, page_no)
    ) STRICT;
    CREATE INDEX pages_queued ON pages(id) WHERE state = 'queued';
    CREATE INDEX pages_by_sha ON pages(sha256);

    CREATE TABLE field_readings (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      field TEXT NOT NULL,
      source TEXT NOT NULL,
      box TEXT,
      text TEXT NOT NULL,
      confidence REAL NOT NULL,
      chars TEXT NOT NULL
    ) STRICT;
    CREATE INDEX field_readings_by_page ON field_readings(page_id);
  `,
};
