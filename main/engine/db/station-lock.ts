/**
 * The station lock: every process that opens a station (the desktop app's engine, its hot folder, each `sohoa`
 * command) holds it shared for as long as the station is open; restore holds it alone while it replaces the
 * database. It is an SQLite file beside the database (`station.db.lock`) locked by SQLite itself: a read
 * transaction is a shared lock, `BEGIN EXCLUSIVE` the exclusive one. The operating system drops both when the
 * process ends in any way (kill -9 included), so a crash never leaves a station locked.
 */
import { chmodSync, closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';

export interface StationLock {
  release(): void;
}

/** The lock file of the station whose database is `dbPath`. */
export const lockPathOf = (dbPath: string): string => `${dbPath}.lock`;

function openLock(dbPath: string, waitMs: number, nativeBinding?: string): Database.Database {
  const path = lockPathOf(dbPath);
  // Created owner-only before SQLite opens it (SQLite would create it with the umask's permissions).
  try {
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    throw new UserError(say('station.lock_unwritable', { db: dbPath, folder: dirname(path), code: (error as NodeJS.ErrnoException).code ?? 'error' }), 'db_unavailable');
  }
  try {
    chmodSync(path, 0o600);
  } catch {
    // A lock file someone else owns still locks; its permissions are theirs to set.
  }
  const db = new Database(path, { nativeBinding });
  // Left in SQLite's default rollback-journal mode (a WAL would share its readers' locks differently).
  db.pragma(`busy_timeout = ${waitMs}`);
  return db;
}

const busy = (error: unknown): boolean => /SQLITE_BUSY|SQLITE_LOCKED/.test(String((error as { code?: unknown })?.code ?? ''));

/**
 * Holds the station shared: any number of windows and commands may, restore may not meanwhile. Waits up to
 * `waitMs` for a restore under way to finish, then refuses in one sentence.
 */
export function holdStation(dbPath: string, options: { waitMs?: number; nativeBinding?: string } = {}): StationLock {
  if (dbPath === ':memory:') return { release: () => undefined };
  const db = openLock(dbPath, options.waitMs ?? 15_000, options.nativeBinding);
  try {
    db.exec('BEGIN');
    // The first read takes SQLite's shared lock on the file; the open transaction keeps it.
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (busy(error)) throw new UserError(say('station.being_restored', { db: dbPath }), 'station_busy');
    throw error;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * Holds the station alone, for replacing its database. Refuses in one sentence when a window or a command has
 * it open, rather than pulling the database from under them.
 */
export function lockStationAlone(dbPath: string, options: { waitMs?: number; nativeBinding?: string } = {}): StationLock {
  const db = openLock(dbPath, options.waitMs ?? 2000, options.nativeBinding);
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (busy(error)) {
      throw new UserError(say('station.open_elsewhere', { db: dbPath }), 'station_in_use');
    }
    throw error;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
