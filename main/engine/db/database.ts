import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { say } from '../domain/messages/catalogue';

export type Db = Database.Database;

/** Under Electron the addon must be the one built for Electron's ABI; the shell passes its path. */
export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * The most pages the database may grow to on this connection: past it SQLite fails exactly as on a full disk
   * (SQLITE_FULL). Tests give a disk that fills up part-way, as `batchIo` does for an export's files.
   */
  maxPageCount?: number;
}

/**
 * Opens (creating if needed) a station database, in WAL mode, migrated to this build's schema. Nothing is
 * written before the file is known to be a station's: a database written by a newer version of the app, or
 * another application's SQLite file, is refused untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    checkWritable(path, options.readonly ?? false);
  }
  let db: Db;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (error) {
    throw new UserError(say('station.db_unopenable', { db: path, reason: (error as Error).message }), 'db_unavailable');
  }
  try {
    refuseForeign(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32768');
    migrate(db);
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    cacheStatements(db);
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    throw new UserError(say('station.db_unusable', { db: path, reason: (error as Error).message }), 'db_unavailable');
  }
  return db;
}

/** A read-only file or folder is named as such, not as SQLite's "unable to open database file". */
function checkWritable(path: string, readonly: boolean): void {
  if (readonly) return;
  const where = existsSync(path) ? path : dirname(path);
  try {
    accessSync(where, constants.W_OK);
  } catch {
    throw new UserError(
      existsSync(path) ? say('station.db_read_only', { db: path }) : say('station.db_folder_read_only', { db: path, folder: where }),
      'db_unavailable',
    );
  }
}

/** The first table every schema of the app has; a file with tables but without it is another application's. */
const STATION_TABLE = 'records';

/** Reads (only reads) what the file is, and refuses one that is not a station this build can open. */
function refuseForeign(db: Db, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new UserError(say('station.db_too_new', { db: path, schema: current, known: SCHEMA_VERSION }), 'db_too_new');
  }
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  const isStation = tables.some((t) => t.name === STATION_TABLE);
  if ((current === 0 && tables.length > 0) || (current > 0 && !isStation)) {
    throw new UserError(say('station.db_foreign', { db: path }), 'db_foreign');
  }
}

function migrate(db: Db): void {
  // A newer schema was refused before anything was written (refuseForeign).
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** Distinct SQL texts kept prepared; beyond this (dynamic IN lists) the cache starts over. */
const STATEMENT_CACHE = 500;

/**
 * Repos write their SQL where it is used; preparing it again on every call costs more than running it (about
 * 1 ms per scanned dossier). Statements are kept per SQL text. Callers never switch a shared statement's mode
 * (`raw`, `pluck`) except on SQL of their own.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE) cache.clear();
      statement = prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof db.prepare;
}
