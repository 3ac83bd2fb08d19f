/**
 * Rows an older version stored in English, before every engine message was coded, still read on a Vietnamese screen
 * in Vietnamese (and as stored on an English one): a dossier's link and its candidates, a record's history, an issue
 * an import kept against a decided value, a written batch's audit reason. The sentences are the older engine's own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { DossiersRepo } from '../../../main/engine/db/dossiers.repo';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { engineText } from '../../../renderer/src/i18n/engine-text';
import { englishWords } from './english-words';

const OLD_LINK = {
  confidence: 0.93,
  reason: 'Linked to HS000001: chassis differs by one character: "8" in the search text where the record has "6" (position 17); engine matches; citizen ID differs.',
  candidates: [
    { record_id: 'HS000001', score: 5.5, why: 'chassis matches if "O" is read as "0" (position 9) and "Z" as "2" (position 13); engine matches exactly' },
    { record_id: 'HS000002', score: 1, why: 'nothing in common' },
  ],
};
const OLD_HISTORY = ['import of records.csv: records.csv', 'decision by lan on DS000001', 'undone decision on DS000001'];
const OLD_KEPT_ISSUE =
  'An import gives chassis RLHJF6320BY123458, but lan decided RLHJF6320BY123456 on dossier DS000001 (2025-03-01T08:00:00.000Z): the decided value was kept; review the difference.';
const OLD_AUDIT_REASONS = ['batch LO-0001', 'batch LO-0002 (recorded after an interruption)', 'import of records.csv: records.csv: record HS000001'];

/** The values a sentence carries (ids, serials, names, files, times) are not words of a language. */
const VALUES = ['HS000001', 'HS000002', 'DS000001', 'LO-0001', 'LO-0002', 'records.csv', 'lan', 'RLHJF6320BY123458', 'RLHJF6320BY123456', '2025-03-01T08:00:00.000Z'];
const englishIn = (shown: string): string[] => englishWords(VALUES.reduce((text, value) => text.split(value).join(' '), shown));

let dir: string;
let engine: Engine;
let dossier: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-stored-rows-'));
  const options = { dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 };
  const setup = await createEngine(options);
  writeFileSync(join(dir, 'records.csv'), 'record_id,plate,chassis,engine\nHS000001,29A-123.45,RLHJF6320BY123456,JF63E-1234567\n');
  await setup.records.import({ files: [join(dir, 'records.csv')] });
  await setup.close();
  // What the older version left in the database.
  const db = openDatabase(options.dbPath);
  dossier = new DossiersRepo(db).create({ source: [join(dir, 'ho-so-1.pdf')], status: 'needs_review', error: null, pages: [], sourceFiles: [] });
  db.prepare("UPDATE dossiers SET record_id = 'HS000001', link = ? WHERE id = ?").run(JSON.stringify(OLD_LINK), dossier);
  for (const source of OLD_HISTORY) db.prepare("INSERT INTO record_history (record_seq, changed_at, source, values_json) VALUES (1, '2025-03-01T08:00:00.000Z', ?, '{}')").run(source);
  db.prepare('UPDATE records SET issues = ?, issue_count = 1 WHERE seq = 1').run(JSON.stringify([{ field: 'chassis', message: OLD_KEPT_ISSUE }]));
  db.close();
  engine = await createEngine(options);
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rows an older version stored in English', () => {
  it('show a link made before links were coded in Vietnamese, and as stored in English', async () => {
    const { link } = await engine.review.dossier({ id: dossier });
    expect(link!.reason_code).toBeUndefined();
    const shown = engineText(link!.reason, 'vi');
    expect(shown).toBe('Đã liên kết với HS000001: số khung khác một ký tự: nội dung tìm có “8” trong khi bản ghi có “6” (vị trí 17); số máy khớp; số CCCD/CMND khác.');
    expect(engineText(link!.reason, 'en')).toBe(OLD_LINK.reason);
    for (const candidate of link!.candidates) expect(englishIn(engineText(candidate.why, 'vi')), candidate.why).toEqual([]);
  });

  it("show a record's history, an issue kept against a decision, and the audit log's reasons in Vietnamese", () => {
    const [record] = engine.records.show({ ids: ['HS000001'] });
    const sources = record!.history.map((h) => engineText(h.text ?? h.source, 'vi'));
    expect(sources).toContain('quyết định của lan về hồ sơ DS000001');
    for (const shown of [...sources, ...record!.issues.map((i) => engineText(i.text ?? i.message, 'vi'))]) expect(englishIn(shown), shown).toEqual([]);
    for (const reason of OLD_AUDIT_REASONS) expect(englishIn(engineText(reason, 'vi')), reason).toEqual([]);
    expect(engineText(OLD_AUDIT_REASONS[1]!, 'vi')).toBe('lô LO-0002 (ghi nhận sau khi bị gián đoạn)');
    // A one-file import the older version named twice is named once, in either language.
    expect(sources).toContain('nhập records.csv');
    expect(engineText(OLD_AUDIT_REASONS[2]!, 'vi')).toBe('nhập records.csv: bản ghi HS000001');
    expect(engineText(OLD_AUDIT_REASONS[2]!, 'en')).toBe('import of records.csv: record HS000001');
    // The kept issue's moment as a Vietnamese reader writes it, not ISO.
    const kept = engineText(record!.issues[0]!.text ?? record!.issues[0]!.message, 'vi');
    expect(kept).toMatch(/ở hồ sơ DS000001 \(\d{2}:\d{2} 01\/03\/2025\): giữ giá trị đã quyết định/);
  });
});
