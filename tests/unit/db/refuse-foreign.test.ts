import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { SCHEMA_VERSION } from '../../../main/engine/db/migrations';
import { runSohoa } from '../../fixtures/sohoa-cli';

const tempDb = (name = 'station.db'): string => join(mkdtempSync(join(tmpdir(), 'sohoa-foreign-')), name);

/** A database as another program leaves it: rollback journal, its own tables. */
function foreignFile(path: string, userVersion: number): Buffer {
  const raw = new Database(path);
  raw.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Lan', '0912')");
  raw.pragma(`user_version = ${userVersion}`);
  raw.close();
  return readFileSync(path);
}

describe('opening a file that is not a station this app can open', () => {
  it('refuses a database of a newer schema without switching it to WAL or writing anything', () => {
    const path = tempDb();
    const before = foreignFile(path, SCHEMA_VERSION + 90);
    expect(() => openDatabase(path)).toThrow(/newer version of Sohoa Station/);
    const after = readFileSync(path);
    // Bytes 18 and 19 of the header are 1 for a rollback journal, 2 for WAL.
    expect([after[18], after[19]]).toEqual([1, 1]);
    expect(after.equals(before)).toBe(true);
  });

  it("refuses another application's SQLite file, with or without a user_version, and adds no table to it", () => {
    for (const version of [0, 3]) {
      const path = tempDb('contacts.sqlite');
      const before = foreignFile(path, version);
      expect(() => openDatabase(path)).toThrow(/contacts\.sqlite is another application's database, not a Sohoa Station station: it was left untouched/);
      expect(readFileSync(path).equals(before)).toBe(true);
    }
  });

  // Root writes to read-only files anyway, so there is nothing to refuse there.
  it.skipIf(process.getuid?.() === 0)('names a read-only station database as read-only, from the command line', () => {
    const path = tempDb();
    openDatabase(path).close();
    chmodSync(path, 0o400);
    const r = runSohoa(['dossiers', 'list'], { db: path });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/station\.db cannot be written \(the file is read-only or belongs to another user\)/);
  });
});
