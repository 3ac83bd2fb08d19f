import type { Migration } from './migration';

/**
 * Exported batches. `batch_dossiers` records which dossiers left in which batch (a re-export adds a row, the
 * first batch stays on record). `station_keys` holds the station's Ed25519 signing key, made once on the first
 * export: the private half stays in the station database (and so in its backups), the public half travels in
 * every manifest. `verified_ok` is the last `batch verify` verdict seen by this station (null: never checked).
 */
export const migration005: Migration = {
  version: 5,
  name: 'export',
  up: `
    CREATE TABLE batches (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      user TEXT NOT NULL,
      dir TEXT NOT NULL,
      dossiers INTEGER NOT NULL,
      pages INTEGER NOT NULL,
      bytes INTEGER NOT NULL,
      manifest_sha256 TEXT NOT NULL,
      reexport INTEGER NOT NULL DEFAULT 0,
      verified_at TEXT,
      verified_ok INTEGER
    ) STRICT;

    CREATE TABLE batch_dossiers (
      batch_seq INTEGER NOT NULL REFERENCES batches(seq),
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      PRIMARY KEY (batch_seq, dossier_seq)
    ) STRICT;
    CREATE INDEX batch_dossiers_by_dossier ON batch_dossiers(dossier_seq);

    CREATE TABLE station_keys (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      algorithm TEXT NOT NULL,
      public_key TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
