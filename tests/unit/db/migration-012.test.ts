/**
 * Migration 12 on a station written by the previous build: every dossier becomes a vehicle dossier, flags keep
 * their ids, the retired kind is accepted, and a retired flag may sit beside a duplicate flag on `record`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { MIGRATIONS } from '../../../main/engine/db/migrations';

function stationAtVersion10(path: string): void {
  const raw = new Database(path);
  for (const m of MIGRATIONS.filter((m) => m.version <= 10)) raw.exec(m.up);
  raw.pragma('user_version = 10');
  raw.exec(`INSERT INTO dossiers (seq, id, source, status, created_at, updated_at) VALUES (7, 'DS000007', '[]', 'needs_review', 'now', 'now');
    INSERT INTO discrepancies (id, dossier_seq, field, kind, severity, evidence) VALUES (41, 7, 'chassis', 'mismatch', 80, '[]');
    INSERT INTO discrepancies (id, dossier_seq, field, kind, severity, evidence) VALUES (42, 7, 'record', 'duplicate', 90, '[]');`);
  raw.close();
}

describe('migration 12 (dossier kind and box, retired vehicles)', () => {
  it('keeps every flag and its id, makes old dossiers vehicle dossiers, and accepts retired flags', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sohoa-m12-')), 'station.db');
    stationAtVersion10(path);
    const db = openDatabase(path);
    expect(db.prepare('SELECT id, field, kind FROM discrepancies ORDER BY id').all()).toEqual([
      { id: 41, field: 'chassis', kind: 'mismatch' },
      { id: 42, field: 'record', kind: 'duplicate' },
    ]);
    expect(db.prepare("SELECT kind, box FROM dossiers WHERE id = 'DS000007'").get()).toEqual({ kind: 'vehicle', box: null });
    db.prepare("INSERT INTO discrepancies (dossier_seq, field, kind, severity, evidence) VALUES (7, 'record', 'retired', 95, '[]')").run();
    expect(() => db.prepare("INSERT INTO discrepancies (dossier_seq, field, kind, severity, evidence) VALUES (7, 'record', 'stolen', 1, '[]')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE dossiers SET kind = 'truck' WHERE seq = 7").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
