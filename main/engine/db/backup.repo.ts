import Database from 'better-sqlite3';
import type { Db } from './database';
import { SCHEMA_VERSION } from './migrations';

/** What a backup file says about itself, in its own tables beside the station's. */
export interface BackupInfo {
  app: string;
  created_at: string;
  station: string;
  schema: number;
  records: number;
  dossiers: number;
  archived_files: number;
}

export const BACKUP_APP = 'sohoa-station';

/** Every file the station's archive should hold: originals and page images, with their SHA-256. */
export function archivedFiles(db: Db): { path: string; sha256: string }[] {
  return db
    .prepare<[], { path: string; sha256: string }>(
      `SELECT archive_path AS path, sha256 FROM source_files WHERE archive_path IS NOT NULL
       UNION SELECT image_path AS path, sha256 FROM pages
       UNION SELECT image_path AS path, sha256 FROM page_history ORDER BY path`,
    )
    .all();
}

export function stationCounts(db: Db): { records: number; dossiers: number } {
  return {
    records: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM records').get()!.n,
    dossiers: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dossiers').get()!.n,
  };
}

/** Consistent online copy through SQLite's backup API (the station keeps working meanwhile). */
export async function copyDatabase(db: Db, to: string): Promise<void> {
  await db.backup(to);
}

/** Adds the backup's description and archive index to a fresh copy. */
export function writeBackupIndex(copy: string, info: BackupInfo, files: { path: string; sha256: string; bytes: number | null }[]): void {
  const db = new Database(copy);
  try {
    db.exec(`CREATE TABLE backup_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE backup_archive (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes INTEGER) STRICT;`);
    db.transaction(() => {
      const kv = db.prepare('INSERT INTO backup_info (key, value) VALUES (?, ?)');
      for (const [k, v] of Object.entries(info)) kv.run(k, String(v));
      const file = db.prepare('INSERT OR IGNORE INTO backup_archive (path, sha256, bytes) VALUES (?, ?, ?)');
      for (const f of files) file.run(f.path, f.sha256, f.bytes);
    })();
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Reads a backup's description after checking it is whole: an SQLite file that passes `integrity_check`, made
 * by this app, with a schema this build can open. Throws a plain sentence (the caller names the file).
 */
export function readBackupInfo(file: string): { info: BackupInfo; archive: { path: string; sha256: string; bytes: number | null }[] } {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`it cannot be opened (${(error as Error).message})`);
  }
  try {
    let check: string;
    try {
      check = String(db.pragma('integrity_check', { simple: true }));
    } catch (error) {
      throw new Error(`it is not an SQLite database or is damaged (${(error as Error).message})`);
    }
    if (check !== 'ok') throw new Error(`it is damaged (${check})`);
    const hasInfo = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'backup_info'").get()!.n > 0;
    if (!hasInfo) throw new Error('it is not a Sohoa Station backup (no backup description inside)');
    const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM backup_info').all();
    const kv = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (kv.app !== BACKUP_APP) throw new Error(`it was made by "${kv.app ?? 'another app'}", not Sohoa Station`);
    const schema = Number(db.pragma('user_version', { simple: true }));
    if (schema > SCHEMA_VERSION) throw new Error(`it comes from a newer version of Sohoa Station (schema ${schema}, this app knows ${SCHEMA_VERSION})`);
    const info: BackupInfo = {
      app: kv.app,
      created_at: kv.created_at ?? '',
      station: kv.station ?? '',
      schema,
      records: Number(kv.records ?? 0),
      dossiers: Number(kv.dossiers ?? 0),
      archived_files: Number(kv.archived_files ?? 0),
    };
    const archive = db.prepare<[], { path: string; sha256: string; bytes: number | null }>('SELECT path, sha256, bytes FROM backup_archive ORDER BY path').all();
    return { info, archive };
  } finally {
    db.close();
  }
}

/** Removes the backup's own tables from a restored station database. */
export function dropBackupIndex(db: Db): void {
  db.exec('DROP TABLE IF EXISTS backup_info; DROP TABLE IF EXISTS backup_archive;');
}
