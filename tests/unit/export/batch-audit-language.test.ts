/**
 * A written batch's audit entries, on the dossier's audit trail: the reason names the batch in the screen's
 * language (also when a start after an interruption recorded it), the export's statuses are the screen's words, and
 * the batch's size is said in the screen's language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRepo } from '../../../main/engine/db/audit.repo';
import { openDatabase, type Db } from '../../../main/engine/db/database';
import { DossiersRepo } from '../../../main/engine/db/dossiers.repo';
import { ExportRepo, type NewBatch } from '../../../main/engine/db/export.repo';
import { codedMessages, readMessages, storedSentence } from '../../../main/engine/domain/messages/stored';
import { recordBatch } from '../../../main/engine/export/batch-record';
import { auditValue } from '../../../renderer/src/i18n/audit-value';
import { problemsText } from '../../../renderer/src/i18n/engine-text';
import { makeTranslate } from '../../../renderer/src/i18n/translate';
import { englishWords } from '../i18n/english-words';

let dir: string;
let db: Db;

/** A resolved dossier, as review leaves one, and the batch that carries it. */
function resolvedDossierIn(batchId: string): { batch: NewBatch; expected: Parameters<typeof recordBatch>[2] } {
  const id = new DossiersRepo(db).create({ source: [join(dir, `${batchId}.pdf`)], status: 'resolved', error: null, pages: [], sourceFiles: [] });
  const row = db.prepare<[string], { seq: number; updated_at: string }>('SELECT seq, updated_at FROM dossiers WHERE id = ?').get(id)!;
  db.prepare("UPDATE dossiers SET status = 'resolved' WHERE seq = ?").run(row.seq);
  const batch: NewBatch = {
    id: batchId, created_at: '2025-03-01T08:00:00.000Z', user: 'lan', dir: join(dir, batchId), dossiers: 1, pages: 2, bytes: 1000,
    manifest_sha256: 'x', reexport: false, dossierSeqs: [row.seq],
  };
  return { batch, expected: [{ seq: row.seq, id, updated_at: row.updated_at, status: 'resolved' }] };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-batch-audit-'));
  db = openDatabase(join(dir, 'station.db'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a batch's audit entries on a Vietnamese screen", () => {
  it('name the batch in Vietnamese, the statuses with the screen\'s words, and the English for the command line', () => {
    const deps = { repo: new ExportRepo(db), audit: new AuditRepo(db) };
    const now = resolvedDossierIn('LO-0001');
    const late = resolvedDossierIn('LO-0002');
    expect(recordBatch(deps, now.batch, now.expected, false)).toEqual([]);
    expect(recordBatch(deps, late.batch, late.expected, true)).toEqual([]);
    const t = makeTranslate('vi');
    const trail = (dossier: string): string[] =>
      deps.audit.window(0, 10, dossier).rows.map((r) => `${auditValue(r.action, r.before!, 'vi', t)} → ${auditValue(r.action, r.after!, 'vi', t)} ${problemsText(readMessages(r.reason), r.reason, 'vi')}`);
    expect(trail(now.expected[0]!.id)).toEqual(['Đã đối soát → Đã xuất lô LO-0001']);
    const [shown] = trail(late.expected[0]!.id);
    expect(shown).toBe('Đã đối soát → Đã xuất lô LO-0002 (ghi nhận sau khi bị gián đoạn)');
    expect(englishWords(shown!.replace('LO-0002', ''))).toEqual([]);
    // The batch's own entry, in English for the command line's audit, in Vietnamese on a screen: its reason, and its
    // size (the entry's new value) too.
    const batchEntry = deps.audit.window(0, 10).rows.find((r) => r.action === 'export.batch')!;
    expect(problemsText(readMessages(batchEntry.reason), batchEntry.reason, 'en')).toMatch(/^batch LO-000\d in /);
    expect(problemsText(readMessages(batchEntry.reason), batchEntry.reason, 'vi')).toMatch(/^lô LO-000\d tại /);
    const size = (locale: 'vi' | 'en'): string => auditValue(batchEntry.action, storedSentence(batchEntry.after)!, locale, makeTranslate(locale), codedMessages(batchEntry.after));
    expect(size('vi')).toBe('1 hồ sơ, 2 trang');
    expect(size('en')).toBe('1 dossiers, 2 pages');
  });

  it("show a batch's size an older version stored in English in Vietnamese", () => {
    const t = makeTranslate('vi');
    expect(auditValue('export.batch', '12 dossiers, 340 pages', 'vi', t)).toBe('12 hồ sơ, 340 trang');
    // A serial in another entry is never taken for words.
    expect(auditValue('decide.take-scan', 'RLHJF630XK1234567', 'vi', t)).toBe('RLHJF630XK1234567');
  });
});
