import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { SCHEMA_VERSION } from '../../../main/engine/db/migrations';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'sohoa-db-')), 'station.db');

describe('station database', () => {
  it('creates the schema at the current version, in WAL mode, with STRICT tables', () => {
    const path = tempDb();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'records'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT\s*$/);
    // STRICT refuses a value of the wrong type instead of silently storing it.
    expect(() => db.prepare("INSERT INTO records (record_id, updated_at, issue_count) VALUES ('X', 'now', 'many')").run()).toThrow();
    db.close();
  });

  it('keeps data across reopening and does not re-run migrations', () => {
    const path = tempDb();
    const db = openDatabase(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('station', '\"A\"')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT value FROM settings').get()).toEqual({ value: '"A"' });
    again.close();
  });

  it('refuses a database written by a newer version of the app, and leaves it untouched', () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer version of Sohoa Station/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'records'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('names the file when it is not a database at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-db-'));
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'this is a text file, not a database '.repeat(200));
    expect(() => openDatabase(path)).toThrow(/notes\.db is not a usable station database/);
  });
});
