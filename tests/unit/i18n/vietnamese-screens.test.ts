/**
 * What a Vietnamese screen shows of the engine's own words has no English in it outside names, files and serials:
 * a scan problem on the Scan screen (a file named like a PDF that is not one), a decision's outcome, and the reason
 * a dossier was linked (a chassis one character off, the engine number matching) on the Review screen.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/database';
import { DossiersRepo } from '../../../main/engine/db/dossiers.repo';
import { SCAN_FIELDS, type FusedFields } from '../../../main/engine/domain/field-reading';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import type { StationRecord } from '../../../main/engine/records/record';
import { linkDossier } from '../../../main/engine/review/link-dossier';
import { linkLicence } from '../../../main/engine/review/licence/licence-link';
import type { LicenceView } from '../../../main/engine/domain/licence';
import { engineText, problemsText } from '../../../renderer/src/i18n/engine-text';
import { verdictText } from '../../../renderer/src/i18n/reason-text';
import { englishWords } from './english-words';

/** English words in what the screen shows, once the values the engine was given (names, files, serials) are out. */
function englishIn(shown: string, ...given: string[]): string[] {
  return englishWords(given.reduce((text, value) => text.split(value).join(' '), shown));
}

let dir: string;
let engine: Engine;
let dossier: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-vi-screens-'));
  const dbPath = join(dir, 'station.db');
  const options = { dbPath, archiveDir: join(dir, 'archive'), ocrWorkers: 1 };
  const setup = await createEngine(options);
  await setup.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  writeFileSync(join(dir, 'records.csv'), 'record_id,plate,chassis,engine,color\nHS000001,29A-123.45,RLHJF6320BY123456,JF63E-1234567,Đỏ\n');
  await setup.records.import({ files: [join(dir, 'records.csv')] });
  await setup.close();
  // A dossier read and linked to HS000001, as the scan pipeline leaves one (no OCR needed to decide on it).
  const db = openDatabase(dbPath);
  const repo = new DossiersRepo(db);
  dossier = repo.create({
    source: [join(dir, 'ho-so-1.pdf')],
    status: 'needs_review',
    error: null,
    pages: [{ sha256: 'p-0', imagePath: join(dir, 'p-0.jpg'), sourceFile: join(dir, 'ho-so-1.pdf'), indexInFile: 0, width: 100, height: 140 }],
    sourceFiles: [{ sha256: 'f-0', path: join(dir, 'ho-so-1.pdf'), archivePath: null }],
  });
  db.prepare("UPDATE pages SET state = 'done'").run();
  db.prepare("UPDATE dossiers SET record_id = 'HS000001', status = 'needs_review' WHERE id = ?").run(dossier);
  db.close();
  engine = await createEngine(options);
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a Vietnamese screen', () => {
  it('names a scan problem in Vietnamese: a file named like a PDF that is not one', async () => {
    const file = join(dir, 'ghi-chu.pdf');
    writeFileSync(file, 'ghi chú của cán bộ, không phải bản quét');
    const report = await engine.scan.import({ paths: [file] });
    const failed = engine.dossiers.all().find((d) => report.created.includes(d.id))!;
    expect(failed.status).toBe('failed');
    // The command line's words stay English; the Scan screen renders the coded problem.
    expect(failed.error).toBe('ghi-chu.pdf is named like a PDF but is not one (it may be a text file or damaged).');
    const shown = problemsText(failed.problems, failed.error, 'vi')!;
    expect(shown).toBe('ghi-chu.pdf có tên của một tệp PDF nhưng thực ra không phải (có thể là tệp văn bản hoặc tệp bị hỏng).');
    expect(englishIn(shown, 'ghi-chu.pdf')).toEqual([]);
  });

  it("names, in the scan plan shown before importing, a path that does not exist in Vietnamese", async () => {
    const missing = join(dir, 'ho-so-9.pdf');
    const plan = await engine.scan.plan({ paths: [missing] });
    expect(plan.errors.map((e) => e.message)).toEqual([`${missing} does not exist.`]);
    const shown = plan.errors.map((e) => engineText(e.text ?? e.message, 'vi'));
    expect(shown).toEqual([`${missing} không tồn tại.`]);
  });

  it('says what a decision did in Vietnamese', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const outcome = await engine.review.decide({ dossier, field: 'color', action: 'set', value: 'Xanh' });
    expect(outcome.message).toBe(`color on ${dossier}: set “Xanh” by lan.`);
    const shown = engineText(outcome.text ?? outcome.message, 'vi');
    expect(shown).toBe(`màu sơn của hồ sơ ${dossier}: nhập giá trị “Xanh”, do lan quyết định.`);
    expect(englishIn(shown, dossier, 'lan', 'Xanh')).toEqual([]);
    // The audit trail's entry for it, and an undo, read the same way.
    const undone = await engine.review.undo({ dossier, field: 'color' });
    expect(englishIn(engineText(undone.text ?? undone.message, 'vi'), dossier, 'lan')).toEqual([]);
  });

  it("names in the record panel's history, in Vietnamese, the decision that corrected the record and its undoing", async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    await engine.review.decide({ dossier, field: 'record', action: 'set', value: 'HS000001' });
    expect(verdictText((await engine.review.dossier({ id: dossier })).link!.reason_code!, 'vi')).toBe('Đã liên kết với HS000001 do lan chọn.');
    await engine.review.decide({ dossier, field: 'color', action: 'set', value: 'Xanh' });
    await engine.review.undo({ dossier, field: 'color' });
    const [record] = engine.records.show({ ids: ['HS000001'] });
    const sources = record!.history.map((h) => engineText(h.text ?? h.source, 'vi'));
    expect(sources).toEqual([`hoàn tác quyết định về hồ sơ ${dossier}`, `quyết định của lan về hồ sơ ${dossier}`]);
    // From their codes, not from English matched back.
    expect(record!.history.map((h) => h.text?.code)).toEqual(['history.undone_decision', 'history.decision']);
  });

  it('gives the reason for a link in Vietnamese: a chassis one character off, the engine number matching', () => {
    const record: StationRecord = {
      record_id: 'HS000001', plate: '29A-123.45', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567', owner_name: null, owner_id: null,
      address: null, brand: null, model: null, color: null, registered_on: null, issues: [],
    };
    const read = { plate: '29A-123.45', chassis: 'RLHJF6320BY123458', engine: 'JF63E-1234567' } as Record<string, string>;
    const scan = Object.fromEntries(SCAN_FIELDS.map((f) => [f, read[f] ? { value: read[f], confidence: 0.9 } : null])) as FusedFields;
    const verdict = linkDossier(scan, (_text, field) => [{ record_id: record.record_id, field, record }]);
    expect(verdict.reason_code.code).toBe('link.linked');
    const shown = verdictText(verdict.reason_code, 'vi');
    expect(shown).toContain('số khung');
    expect(shown).toContain('số máy khớp');
    expect(englishIn(shown, 'HS000001')).toEqual([]);
    // The English the command line prints says the same.
    expect(verdict.reason).toMatch(/^Linked to HS000001: .*chassis.*engine matches/);
  });

  it('gives the reason a licence card was linked in Vietnamese: number, holder name and birth date', () => {
    const licence = { licence_no: '012345678901', full_name: 'Nguyễn Văn An', birth_date: '1990-03-16' } as LicenceView;
    const card = { licence_no: { value: '012345678901', confidence: 0.9 }, full_name: { value: 'Nguyễn Văn Ân', confidence: 0.9 }, birth_date: { value: '1990-03-16', confidence: 0.9 } };
    const candidate = { licence_no: licence.licence_no, licence, field: 'licence_no', score: 1, why: 'exact', reason: { code: 'match.exact', field: 'licence_no' } };
    const lookup = { find: () => [candidate], findHolder: () => [], show: () => licence } as unknown as Parameters<typeof linkLicence>[1];
    const verdict = linkLicence(card as unknown as Parameters<typeof linkLicence>[0], lookup);
    expect(verdict.reason_code.code).toBe('link.linked');
    const shown = verdictText(verdict.reason_code, 'vi');
    expect(shown).toContain('số GPLX khớp');
    expect(englishIn(shown, licence.licence_no)).toEqual([]);
    // A card no licence record fits is said as a licence's, not as a vehicle record's.
    const none = linkLicence(card as unknown as Parameters<typeof linkLicence>[0], { ...lookup, find: () => [] });
    expect(verdictText(none.reason_code, 'vi', 'licence')).toBe('Không có giấy phép lái xe nào mang số này, hoặc mang họ tên và ngày sinh này.');
    expect(verdictText(none.reason_code, 'en', 'licence')).toBe(none.reason);
  });
});
