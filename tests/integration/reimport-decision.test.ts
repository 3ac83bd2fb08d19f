/**
 * A re-import of the station's records file made before an officer's correction must not quietly put the old
 * value back: the decided value stays, the record carries an issue for review, the audit log says so once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { runSohoa } from '../fixtures/sohoa-cli';

const OFFICER = FIXTURE_ACCOUNTS.find((a) => a.role === 'officer')!;
const COLUMNS = ['record_id', 'plate', 'chassis', 'engine', 'owner_name', 'owner_id', 'address', 'brand', 'model', 'color', 'registered_on'] as const;
const SERIALS = new Set(['plate', 'chassis', 'engine', 'owner_id']);

type Shown = Record<(typeof COLUMNS)[number], string | null> & { issues: { field: string; message: string }[] };

const csvCell = (v: string | null): string => (v === null ? '' : `"${v.replace(/"/g, '""')}"`);

describe('re-importing records after an officer corrected one', () => {
  it("keeps the officer's value, raises an issue for review and writes one audit entry", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-reimport-'));
    const db = join(dir, 'station.db');
    await seedReviewStation(db, { dossiers: 6, cleanShare: 0, seed: 21 });
    const sohoa = (args: string[], password?: string): ReturnType<typeof runSohoa> => runSohoa(args, { db, password });
    const dossiers = JSON.parse(sohoa(['dossiers', 'list', '--json']).stdout) as { id: string; record_id: string | null; flags: { field: string; kind: string; scan_value: string }[] }[];
    const target = dossiers.flatMap((d) => d.flags.filter((f) => f.kind === 'mismatch' && SERIALS.has(f.field) && d.record_id).map((f) => ({ d, f })))[0];
    expect(target).toBeDefined();
    const { d, f } = target!;
    const show = (): Shown => (JSON.parse(sohoa(['records', 'show', d.record_id!, '--json']).stdout) as Shown[])[0]!;
    const before = show();
    // The station's records file as it was exported before the correction.
    const file = join(dir, 'records-before.csv');
    writeFileSync(file, `${COLUMNS.join(',')}\r\n${COLUMNS.map((c) => csvCell(before[c])).join(',')}\r\n`);

    const decided = sohoa(['review', 'decide', d.id, f.field, 'take-scan', '--user', OFFICER.name, '--reason', 'the rubbing is clear'], OFFICER.password);
    expect(decided.code, decided.stderr).toBe(0);
    const corrected = show()[f.field as (typeof COLUMNS)[number]];
    expect(corrected).not.toBe(before[f.field as (typeof COLUMNS)[number]]);

    const imported = sohoa(['records', 'import', file, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as { issues: { record_id: string; field: string; message: string }[] };
    expect(report.issues).toContainEqual({
      record_id: d.record_id,
      field: f.field,
      message: expect.stringMatching(new RegExp(`but ${OFFICER.name} decided .* on dossier ${d.id} .*: the decided value was kept; review the difference\\.$`)),
    });
    const after = show();
    expect(after[f.field as (typeof COLUMNS)[number]]).toBe(corrected);
    expect(after.issues.some((i) => i.field === f.field && /the decided value was kept/.test(i.message))).toBe(true);

    // Once: importing the same file again finds the conflict already on record.
    expect(sohoa(['records', 'import', file]).code).toBe(0);
    const conn = new Database(db, { readonly: true });
    const entries = conn.prepare("SELECT dossier, field, before, after FROM audit_log WHERE action = 'import.kept-decision'").all();
    conn.close();
    expect(entries).toEqual([{ dossier: d.id, field: f.field, before: corrected, after: before[f.field as (typeof COLUMNS)[number]] }]);
    expect(sohoa(['audit', 'verify']).code).toBe(0);

    // The kept issue as a version before coded issues stored it (English only): the same file is still unchanged,
    // with no identical-value history entry.
    const rw = new Database(db);
    const stored = rw.prepare<[string], { issues: string }>('SELECT issues FROM records WHERE record_id = ?').get(d.record_id!)!;
    const older = (JSON.parse(stored.issues) as { field: string; message: string }[]).map(({ field, message }) => ({ field, message }));
    rw.prepare('UPDATE records SET issues = ?, digest = 0 WHERE record_id = ?').run(JSON.stringify(older), d.record_id!);
    const historyOf = (): number => rw.prepare<[string], { n: number }>('SELECT count(*) AS n FROM record_history h JOIN records r ON r.seq = h.record_seq WHERE r.record_id = ?').get(d.record_id!)!.n;
    const historyBefore = historyOf();
    const again = JSON.parse(sohoa(['records', 'import', file, '--json']).stdout) as { updated: number; unchanged: number };
    expect({ updated: again.updated, unchanged: again.unchanged }).toEqual({ updated: 0, unchanged: 1 });
    expect(historyOf()).toBe(historyBefore);
    rw.close();
  }, 180_000);
});
