import type { Migration } from './migration';

/**
 * A batch between "every file written" and "recorded": its folder is being renamed into place. The row is
 * written before the rename and removed in the transaction that records the batch, so a process killed in
 * between leaves a note saying which folder to look for; the next start finishes the batch if its folder is in
 * place (the manifest's SHA-256 proves it is the one written) or removes the unfinished folder if not. `pid` is
 * the exporting process: a placement whose process is still alive is left alone.
 */
export const migration007: Migration = {
  version: 7,
  name: 'batch-placements',
  up: `
    CREATE TABLE batch_placements (
      batch_id TEXT PRIMARY KEY,
      pid INTEGER NOT NULL,
      temp_dir TEXT NOT NULL,
      target_dir TEXT NOT NULL,
      manifest_sha256 TEXT NOT NULL,
      batch TEXT NOT NULL,
      expected TEXT NOT NULL
    ) STRICT;
  `,
};
