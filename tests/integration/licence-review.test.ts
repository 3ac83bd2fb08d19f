/**
 * An officer's decisions on a paper licence's flags correct the licence record as they correct a vehicle record:
 * "paper is right" (take-scan) or a typed value stores the card's value in the licence (in the record's own form,
 * the old values kept in its history, the decision in the audit log), the holder's check against the register
 * follows, and undo puts the licence back as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/engine/db/database';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { seedLicenceDossiers } from '../fixtures/licence-dossiers';
import { engineText, problemsText } from '../../renderer/src/i18n/engine-text';

let dir: string;
let engine: Engine;
let dossier: string;
let slipped: string;

const REGISTER = ['Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Số CMND,Nơi thường trú', '001190012345,Phạm Thu Hà,15/03/1990,Nữ,,Phường Láng'];
// The department's licence has the birth date one day off and one class fewer than the card.
const LICENCES = [
  'Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp',
  '010123456789,B2,Phạm Thu Hà,16/03/1990,001190012345,01/02/2015,01/02/2035,Sở GTVT Hà Nội',
  '010180000111,B2,Lê Văn Bình,01/01/1980,001080000001,01/01/2010,01/01/2030,Hà Nội',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-licence-review-'));
  writeFileSync(join(dir, 'register.csv'), REGISTER.join('\n'));
  writeFileSync(join(dir, 'licences.csv'), LICENCES.join('\n'));
  const dbPath = join(dir, 'station.db');
  engine = await createEngine({ dbPath, archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.residents.import({ files: [join(dir, 'register.csv')] });
  expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ imported: 2, rejected: 0 });
  [dossier, slipped] = await seedLicenceDossiers(dbPath, [
    { card: { licence_no: '010123456789', full_name: 'PHẠM THU HÀ', birth_date: '1990-03-15', class: 'A1 B2', issued_on: '2015-02-01' } },
    // One digit of the number misread, the rest agrees: linked by the OCR-tolerant lookup, the number flagged.
    { card: { licence_no: '010180000117', full_name: 'LÊ VĂN BÌNH', birth_date: '1980-01-01', class: 'B2', issued_on: '2010-01-01' } },
  ]) as [string, string];
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

const flagOn = (field: string): { kind: string; scan_value: string | null; record_value: string | null } | undefined =>
  engine.dossiers.all().find((d) => d.id === dossier)!.flags.find((f) => f.field === field);

describe('review decisions on a licence dossier', () => {
  it('flags the birth date and the class the licence record has differently from the card', () => {
    expect(flagOn('birth_date')).toMatchObject({ kind: 'mismatch', scan_value: '1990-03-15', record_value: '1990-03-16' });
    expect(flagOn('class')).toMatchObject({ kind: 'mismatch', scan_value: 'A1 B2', record_value: 'B2' });
    expect(engine.licences.check({ licence_no: '010123456789' }).status).toBe('differs');
  });

  it('"paper is right" stores the card\'s value in the licence, keeps the old one in its history and audits the decision; the holder now matches the register', async () => {
    await engine.review.decide({ dossier, field: 'birth_date', action: 'take-scan', reason: 'the card is clear' });
    const licence = engine.licences.show({ licence_no: '010123456789' })!;
    expect(licence.birth_date).toBe('1990-03-15');
    // The newest version first, as a record's history.
    expect(licence.history[0]).toMatchObject({ source: `decision by lan on ${dossier}`, values: expect.objectContaining({ birth_date: '1990-03-16' }) });
    expect(engine.audit.list({ offset: 0, limit: 1 }).rows[0]).toMatchObject({ action: 'decide.take-scan', dossier, field: 'birth_date', before: '1990-03-16', after: '1990-03-15', user: 'lan' });
    // The holder's reconciliation followed the correction: the licence now matches the register.
    expect([...engine.licences.results({ all: true })].find((r) => r.licence_no === '010123456789')).toMatchObject({ status: 'match' });
    expect(engine.licences.counts().match).toBe(1);
  });

  it('stores a class read off the card in the form an import gives it ("A1, B2")', async () => {
    await engine.review.decide({ dossier, field: 'class', action: 'take-scan' });
    expect(engine.licences.show({ licence_no: '010123456789' })!.class).toBe('A1, B2');
    expect(engine.dossiers.all().find((d) => d.id === dossier)!.status).toBe('resolved');
  });

  it('undo puts the licence back as it was, the class and then the birth date, and the holder differs again', async () => {
    await engine.review.undo({ dossier, field: 'class' });
    expect(engine.licences.show({ licence_no: '010123456789' })!.class).toBe('B2');
    await engine.review.undo({ dossier, field: 'birth_date' });
    expect(engine.licences.show({ licence_no: '010123456789' })!.birth_date).toBe('1990-03-16');
    expect(engine.licences.check({ licence_no: '010123456789' }).status).toBe('differs');
    expect(engine.audit.list({ offset: 0, limit: 1 }).rows[0]).toMatchObject({ action: 'decision.undone', field: 'birth_date', dossier });
    expect(engine.dossiers.all().find((d) => d.id === dossier)!.status).toBe('needs_review');
  });

  it('a value the officer types on a field without a flag is stored in the licence too, and undo puts the licence\'s own value back', async () => {
    await engine.review.decide({ dossier, field: 'full_name', action: 'set', value: 'Phạm Thu Hằng' });
    expect(engine.licences.show({ licence_no: '010123456789' })!.full_name).toBe('Phạm Thu Hằng');
    await engine.review.undo({ dossier, field: 'full_name' });
    expect(engine.licences.show({ licence_no: '010123456789' })!.full_name).toBe('Phạm Thu Hà');
  });

  it('keeps the licence number, the licence\'s key, when the card\'s number is taken: the decision stands for the dossier', async () => {
    const number = engine.dossiers.all().find((d) => d.id === slipped)!.flags.find((f) => f.field === 'licence_no');
    expect(number).toMatchObject({ kind: 'mismatch', scan_value: '010180000117', record_value: '010180000111' });
    await engine.review.decide({ dossier: slipped, field: 'licence_no', action: 'take-scan' });
    expect(engine.licences.show({ licence_no: '010180000111' })).toMatchObject({ licence_no: '010180000111', full_name: 'Lê Văn Bình' });
    expect(engine.licences.show({ licence_no: '010180000117' })).toBeNull();
  });

  it('keeps the card\'s value when the department\'s older file is imported again, with an issue for review and one audit entry', async () => {
    await engine.review.decide({ dossier, field: 'birth_date', action: 'take-scan' });
    const again = await engine.licences.import({ files: [join(dir, 'licences.csv')] });
    expect(again).toMatchObject({ updated: 1, unchanged: 1, rejected: 0 });
    // The import's report names the kept row with its file and row, as any row kept with an issue.
    expect(again.issues).toEqual([
      {
        key: '010123456789',
        field: 'birth_date',
        message: expect.stringMatching(/^licences\.csv row 2 \(kept for review\): An import gives birth_date 1990-03-16, but lan decided 1990-03-15 on dossier DS\d+ .*the decided value was kept/),
        text: expect.objectContaining({ code: 'import.row_kept' }),
      },
    ]);
    // A Vietnamese screen says it in Vietnamese, dates the Vietnamese way, and so the audit entry's reason.
    expect(engineText(again.issues[0]!.text!, 'vi')).toMatch(/^licences\.csv, dòng 2 \(vẫn được nhập để cán bộ xem lại\): Một lần nhập dữ liệu đưa ra ngày sinh 16\/03\/1990, nhưng lan đã quyết định 15\/03\/1990 ở hồ sơ DS\d+ /);
    // The moment of the decision as each reader writes it (time and dd/mm/yyyy; dd/mm/yyyy, time), never ISO.
    const at = (locale: 'vi' | 'en'): string => /DS\d+ \(([^()]*)\): /.exec(engineText(again.issues[0]!.text!, locale))![1]!;
    expect(at('vi')).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/20\d{2}$/);
    expect(at('en')).toMatch(/^\d{2}\/\d{2}\/20\d{2}, \d{2}:\d{2}$/);
    const entry = engine.audit.list({ offset: 0, limit: 1 }).rows[0]!;
    expect(problemsText(entry.reason_text, entry.reason, 'vi')).toBe('nhập licences.csv: giấy phép lái xe 010123456789');
    const licence = engine.licences.show({ licence_no: '010123456789' })!;
    expect(licence.birth_date).toBe('1990-03-15');
    expect(licence.issues).toEqual([expect.objectContaining({ field: 'birth_date' })]);
    expect(engine.audit.list({ offset: 0, limit: 1 }).rows[0]).toMatchObject({ action: 'import.kept-decision', dossier, field: 'birth_date', before: '1990-03-15', after: '1990-03-16' });
    // The same file once more changes nothing and writes no second audit entry.
    expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ updated: 0, unchanged: 2 });
    expect(engine.audit.list({ offset: 0, limit: 1 }).rows[0]!.action).toBe('import.kept-decision');
    expect(engine.licences.show({ licence_no: '010123456789' })!.birth_date).toBe('1990-03-15');
    // The kept issue as a version before coded issues stored it (English only): the file once more is still unchanged,
    // with no identical-value history entry.
    const db = openDatabase(join(dir, 'station.db'));
    const stored = db.prepare<[], { issues: string }>("SELECT issues FROM licences WHERE licence_no = '010123456789'").get()!;
    const older = (JSON.parse(stored.issues) as { field: string; message: string }[]).map(({ field, message }) => ({ field, message }));
    db.prepare("UPDATE licences SET issues = ?, digest = 0 WHERE licence_no = '010123456789'").run(JSON.stringify(older));
    db.close();
    const historyBefore = engine.licences.show({ licence_no: '010123456789' })!.history.length;
    expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ updated: 0, unchanged: 2 });
    expect(engine.licences.show({ licence_no: '010123456789' })!.history).toHaveLength(historyBefore);
  });
});
