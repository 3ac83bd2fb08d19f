/**
 * `sohoa users add` stores a salted scrypt hash and nothing else: the password appears nowhere in the station
 * database file (nor its write-ahead log), and two accounts with the same password get different hashes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '..', '..', 'bin', 'sohoa.js');
const PASSWORD = 'Mật-khẩu-rất-riêng-2025';

describe('passwords at rest', () => {
  it('are salted scrypt hashes, and the plaintext is nowhere in the database files', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sohoa-pw-')), 'station.db');
    for (const name of ['thu', 'lan']) {
      const r = spawnSync(process.execPath, [BIN, 'users', 'add', name, '--role', 'lead', '--db', db], { input: `${PASSWORD}\n`, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT name, password FROM users ORDER BY name').all() as { name: string; password: string }[];
    conn.close();
    expect(rows.map((r) => r.name)).toEqual(['lan', 'thu']);
    for (const r of rows) expect(r.password).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    // Same password, different salt, different hash.
    expect(rows[0]!.password).not.toBe(rows[1]!.password);
    for (const file of [db, `${db}-wal`].filter((f) => existsSync(f))) {
      const bytes = readFileSync(file);
      for (const form of [PASSWORD, PASSWORD.normalize('NFD')]) {
        expect(bytes.includes(Buffer.from(form, 'utf8')), file).toBe(false);
        expect(bytes.includes(Buffer.from(form, 'utf16le')), file).toBe(false);
      }
    }
  });
});
