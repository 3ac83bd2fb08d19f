import type { Migration } from './migration';

/**
 * Who scanned each dossier, for the dashboard's per-clerk counts: the account signed in when the dossier was
 * created (null before this version, and for scans that arrive while nobody is signed in, e.g. the hot folder
 * overnight). The partial index keeps the stamping after each intake to the few new, unstamped rows.
 */
export const migration006: Migration = {
  version: 6,
  name: 'scanned-by',
  up: `
    ALTER TABLE dossiers ADD COLUMN scanned_by INTEGER REFERENCES users(id);
    CREATE INDEX dossiers_unstamped ON dossiers(created_at) WHERE scanned_by IS NULL;
  `,
};
