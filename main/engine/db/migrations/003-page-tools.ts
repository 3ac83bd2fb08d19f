import type { Migration } from './migration';

/**
 * The clerk's page tools. `user_rotation` is the turn the clerk asked for (thumbnails and analysis apply it
 * before their own orientation fix); `revision` grows each time a page is queued again, so an analysis that
 * was already running for the old version cannot be committed over the new one. Removed and replaced page
 * images are kept in `page_history` (never lost: a removed page can be restored). `intake_error` keeps the
 * dossier's own intake problems apart from its page errors, so fusing the dossier again does not repeat them.
 */
export const migration003: Migration = {
  version: 3,
  name: 'page-tools',
  up: `
    ALTER TABLE pages ADD COLUMN user_rotation INTEGER NOT NULL DEFAULT 0 CHECK (user_rotation IN (0, 90, 180, 270));
    ALTER TABLE pages ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE dossiers ADD COLUMN intake_error TEXT;
    UPDATE dossiers SET intake_error = error WHERE error IS NOT NULL AND instr(error, 'could not be analysed') = 0;

    CREATE TABLE page_history (
      id INTEGER PRIMARY KEY,
      dossier_seq INTEGER NOT NULL REFERENCES dossiers(seq),
      event TEXT NOT NULL CHECK (event IN ('removed', 'replaced')),
      page_id INTEGER NOT NULL,
      page_no INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      image_path TEXT NOT NULL,
      source_file TEXT NOT NULL,
      index_in_file INTEGER NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      user_rotation INTEGER NOT NULL,
      readings TEXT NOT NULL,
      at TEXT NOT NULL,
      restored_at TEXT
    ) STRICT;
    CREATE INDEX page_history_by_dossier ON page_history(dossier_seq, event);
  `,
};
