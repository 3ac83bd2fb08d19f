import Database from 'better-sqlite3';
import type { Db } from './database';
import { SCHEMA_VERSION } from './migrations';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';
import type { BackupInfo } from '../domain/backup';

/** What a backup file says about itself, in its own tables beside the station's. */
export type { BackupInfo };

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

/** The schema version of the station database (its migrations' `user_version`), written into each backup. */
export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
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
    throw new UserError(say('backup.unopenable', { reason: (error as Error).message }));
  }
  try {
    let check: string;
    try {
      check = String(db.pragma('integrity_check', { simple: true }));
    } catch (error) {
      throw new UserError(say('backup.not_sqlite', { reason: (error as Error).message }));
    }
    if (check !== 'ok') throw new UserError(say('backup.damaged', { reason: check }));
    const hasInfo = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'backup_info'").get()!.n > 0;
    if (!hasInfo) throw new UserError(say('backup.not_a_backup'));
    const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM backup_info').all();
    const kv = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (kv.app !== BACKUP_APP) throw new UserError(say('backup.other_app', { app: kv.app ?? 'another app' }));
    const schema = Number(db.pragma('user_version', { simple: true }));
    if (schema > SCHEMA_VERSION) throw new UserError(say('backup.newer', { schema, known: SCHEMA_VERSION }));
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

/** Every name a station database uses on disk or in file names, read from its own tables. */
export interface StationNames {
  archived: { path: string; sha256: string }[];
  dossierIds: string[];
  /** Folders from the settings (hot, archive, backup folder). */
  folders: { setting: 'hot' | 'archive' | 'backup'; path: string }[];
}

const FOLDER_SETTINGS: [key: string, setting: 'hot' | 'archive' | 'backup'][] = [
  ['hotFolder', 'hot'],
  ['archiveFolder', 'archive'],
  ['backupFolder', 'backup'],
];

function hasTable(db: Db, name: string): boolean {
  return db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)!.n > 0;
}

/**
 * The names in the copy about to be restored, from the station's own tables rather than the backup's index
 * (a crafted backup's index could disagree with what the station would then use). Tables an older schema lacks
 * are skipped. Throws a plain sentence (the caller names the file).
 */
export function stationNames(file: string): StationNames {
  const db = new Database(file, { fileMustExist: true });
  try {
    const sources = [
      hasTable(db, 'source_files') ? 'SELECT archive_path AS path, sha256 FROM source_files WHERE archive_path IS NOT NULL' : null,
      hasTable(db, 'pages') ? 'SELECT image_path AS path, sha256 FROM pages' : null,
      hasTable(db, 'page_history') ? 'SELECT image_path AS path, sha256 FROM page_history' : null,
    ].filter((q): q is string => q !== null);
    const archived = sources.length ? db.prepare<[], { path: string; sha256: string }>(`${sources.join(' UNION ')} ORDER BY path`).all() : [];
    const dossierIds = hasTable(db, 'dossiers') ? db.prepare<[], { id: string }>('SELECT id FROM dossiers ORDER BY seq').all().map((r) => r.id) : [];
    const row = hasTable(db, 'settings') ? db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'preferences'").get() : undefined;
    let preferences: Record<string, unknown> = {};
    try {
      preferences = row ? (JSON.parse(row.value) as Record<string, unknown>) ?? {} : {};
    } catch {
      throw new UserError(say('backup.settings_unreadable'));
    }
    const folders = FOLDER_SETTINGS.flatMap(([key, setting]) => {
      const value = preferences[key];
      return typeof value === 'string' ? [{ setting, path: value }] : [];
    });
    return { archived: archived.map((f) => ({ path: String(f.path), sha256: String(f.sha256) })), dossierIds: dossierIds.map(String), folders };
  } finally {
    db.close();
  }
}

/**
 * Turns a checked copy of a backup into a station database: without the backup's own tables, and without the
 * batch placements (see migration 007) of the export that was running when the backup was made. Those name
 * folders of that moment, and the next start would remove a placement's folder: here that could be any folder.
 * Leaves the copy in rollback-journal mode so it is one self-contained file to rename into place.
 */
export function prepareRestoredCopy(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec('DROP TABLE IF EXISTS backup_info; DROP TABLE IF EXISTS backup_archive;');
    if (hasTable(db, 'batch_placements')) db.exec('DELETE FROM batch_placements;');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Folds a closed station's write-ahead log into its database file, so the file alone holds everything (a WAL
 * left by a killed process included) and can be moved. False when the WAL could not be emptied.
 */
export function checkpointForMove(file: string): boolean {
  const db = new Database(file, { fileMustExist: true });
  try {
    const mode = String(db.pragma('journal_mode', { simple: true }));
    if (mode !== 'wal') return true;
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (!result || result.busy !== 0) return false;
    // Back to a rollback journal: closing leaves no WAL beside the file, and nothing is in one. Refused (busy)
    // while another program has the file open outside the station lock.
    db.pragma('journal_mode = DELETE');
    return true;
  } catch (error) {
    if (/SQLITE_BUSY|SQLITE_LOCKED/.test(String((error as { code?: unknown }).code))) return false;
    throw error;
  } finally {
    db.close();
  }
}
