import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { storedSentencesVi } from '../../../renderer/src/i18n/stored-sentences.vi';
import { say, termOf } from '../../../main/engine/domain/messages/catalogue';
import { describeError } from '../../../main/engine/errors';
import { engineText, type Shown } from '../../../renderer/src/i18n/engine-text';
import { engineSentences, literalsOf } from './engine-literals';

const ENGINE_DIR = join(__dirname, '..', '..', '..', 'main', 'engine');

describe('the engine\'s words', () => {
  it('are all codes of the catalogue: the engine writes no English sentence of its own', () => {
    // The extraction itself must work, or an empty list would pass.
    expect(literalsOf('x.ts', 'throw new UserError(`${name} holds no page images.`);').map((l) => l.template)).toEqual(['{0} holds no page images.']);
    const sentences = engineSentences(ENGINE_DIR).map((s) => `${s.file.slice(ENGINE_DIR.length + 1)}:${s.line}  ${s.template}`);
    expect(sentences, 'English sentences in the engine: make each a code in main/engine/domain/messages/').toEqual([]);
  });
});

describe('the Vietnamese of sentences older versions stored', () => {
  it('uses in each translation the placeholders of its English, and only those', () => {
    const placeholders = (text: string): string => [...new Set([...text.matchAll(/\{\d+\}/g)].map((m) => m[0]))].sort().join(' ');
    const mismatched = storedSentencesVi.filter(([english, vietnamese]) => placeholders(english) !== placeholders(vietnamese));
    expect(mismatched).toEqual([]);
  });

  it('has no entry twice and no entry left in English', () => {
    expect(new Set(storedSentencesVi.map(([english]) => english)).size).toBe(storedSentencesVi.length);
    expect(storedSentencesVi.filter(([english, vietnamese]) => english === vietnamese && /[a-z]{3}/.test(english))).toEqual([]);
  });
});

describe('engineText', () => {
  let dir: string;
  let engine: Engine;
  /** What a screen is given for a refusal: the coded message when the engine has one, else its sentence. */
  const refusal = async (action: () => unknown): Promise<Shown> => {
    try {
      await action();
    } catch (error) {
      const { message, text } = describeError(error);
      return text ?? message;
    }
    throw new Error('the engine did not refuse');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-i18n-'));
    engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    await engine.users.add({ name: 'lan', role: 'lead', password: 'mat-khau-dai', asOwner: true });
    await engine.users.add({ name: 'minh', role: 'clerk', password: 'mat-khau-dai', asOwner: true });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('translates real refusals of the engine into Vietnamese, keeping ids and values', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const unknown = await refusal(() => engine.review.dossier({ id: 'DS000004' }));
    expect(engineText(unknown, 'en')).toBe('There is no dossier DS000004.');
    expect(engineText(unknown, 'vi')).toBe('Không có hồ sơ DS000004.');

    const nothing = await refusal(() => engine.export.run({ out: join(dir, 'out') }));
    expect(engineText(nothing, 'vi')).toBe('Không có hồ sơ đã đối soát xong nào đang chờ xuất.');

    const badSetting = await refusal(() => engine.settings.set({ scanResolution: 5 }));
    expect(engineText(badSetting, 'vi')).toMatch(/^Độ phân giải quét phải từ \d+ đến \d+ dpi\.$/);

    await engine.auth.signIn({ name: 'minh', password: 'mat-khau-dai' });
    const clerk = await refusal(() => engine.review.decide({ dossier: 'DS000001', field: 'chassis', action: 'take-scan' }));
    expect(engineText(clerk, 'en')).toBe('minh is a clerk: only officers and leads can decide discrepancies.');
    // The role and what is refused are named with the UI's own words.
    expect(engineText(clerk, 'vi')).toBe('minh là cán bộ số hóa: chỉ cán bộ đối soát và lãnh đạo đơn vị mới được quyết định các chênh lệch.');

    const wrongPassword = await refusal(() => engine.auth.signIn({ name: 'lan', password: 'sai-mat-khau' }));
    expect(engineText(wrongPassword, 'vi')).toBe('Tên đăng nhập hoặc mật khẩu của lan không đúng.');
  });

  it('returns the English unchanged for the English UI', async () => {
    const unknown = await refusal(() => engine.review.dossier({ id: 'DS000009' }));
    expect(engineText(unknown, 'en')).toBe('There is no dossier DS000009.');
  });

  it('names fields, statuses and decisions with the labels the screens use', () => {
    const notResolved = say('export.not_resolved', { dossier: 'DS000002', status: termOf('status', 'needs_review') });
    expect(engineText(notResolved, 'en')).toBe('Dossier DS000002 is needs review: only resolved dossiers can be exported.');
    expect(engineText(notResolved, 'vi')).toBe('Hồ sơ DS000002 đang ở trạng thái “cần đối soát”: chỉ xuất được hồ sơ đã đối soát xong.');
    // A coded refusal names its field and action as terms, as decide.service raises it.
    const decided = say('review.already_decided', { user: 'lan', field: termOf('field', 'chassis'), dossier: 'DS000003', action: termOf('action', 'take-scan'), value: '', at: '2025-03-01T08:00:00.000Z' });
    // Its moment the reader's way (in the station's time), never ISO.
    expect(engineText(decided, 'en')).toMatch(/^lan already decided chassis on DS000003 \(take-scan\) at 01\/03\/2025, \d{2}:\d{2}; undo that decision first\.$/);
    expect(engineText(decided, 'vi')).toMatch(/^lan đã quyết định số khung của hồ sơ DS000003 \(giấy đúng\) lúc \d{2}:\d{2} 01\/03\/2025; hãy hoàn tác quyết định đó trước\.$/);
    const isFile = say('folder.is_file', { folder: say('folder.hot'), path: 'E:\\Quet' });
    expect(engineText(isFile, 'en')).toBe('The hot folder E:\\Quet is a file, not a folder.');
    expect(engineText(isFile, 'vi')).toBe('Đã chọn thư mục theo dõi là E:\\Quet, nhưng đó là một tệp, không phải thư mục.');
  });

  it('translates a sentence nested in another', () => {
    const inner = say('pdf.encrypted', { file: 'ho-so-12.pdf' });
    expect(engineText(say('intake.file_unreadable', { file: 'ho-so-12.pdf', reason: inner }), 'vi')).toBe(
      'Không đọc được ho-so-12.pdf: ho-so-12.pdf là tệp PDF được mã hóa (có mật khẩu); hãy lưu lại không đặt mật khẩu rồi nhập lại.',
    );
    const owner = say('import.row_rejected', { file: 'danh-sach.csv', row: 7, reason: say('record.owner_name_digits', { name: 'Nguyen Van 4' }) });
    expect(engineText(owner, 'vi')).toBe('danh-sach.csv, dòng 7: Tên chủ xe “Nguyen Van 4” có chứa chữ số.');
  });

  it('returns an unknown sentence unchanged, and never lets a loose template recognise one', () => {
    expect(engineText('The moon is made of cheese.', 'vi')).toBe('The moon is made of cheese.');
    expect(engineText('Salt and pepper', 'vi')).toBe('Salt and pepper');
    expect(engineText('', 'vi')).toBe('');
  });
});
