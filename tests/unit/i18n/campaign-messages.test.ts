/**
 * The records, owners, licences and retired-list areas speak in codes: every code of theirs is in the catalogue with
 * both languages, and what their screens show (a record's data-quality issue, a rejected row, a decision refused, a
 * retired-list row matching no record) is Vietnamese with no English left, while the command line keeps its English.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCatalogue } from '../../../main/engine/domain/messages/catalogue';
import { LOCALES, paramNamesOf, type MessageParam, type MessageTemplates } from '../../../main/engine/domain/messages/message';
import { recordMessages } from '../../../main/engine/domain/messages/records.messages';
import { ownerMessages } from '../../../main/engine/domain/messages/owners.messages';
import { licenceMessages } from '../../../main/engine/domain/messages/licences.messages';
import { retiredMessages } from '../../../main/engine/domain/messages/retired.messages';
import { describeError } from '../../../main/engine/errors';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { engineText, type Shown } from '../../../renderer/src/i18n/engine-text';
import { englishWords } from './english-words';

/** The names and values a coded message carries (files, ids, commands as typed), shown as they are in any language. */
function valuesOf(message: Shown | MessageParam): string[] {
  if (typeof message === 'number') return [];
  if (typeof message === 'string') return [];
  return Object.values(message.params).flatMap((p) => (typeof p === 'string' ? [p] : valuesOf(p)));
}

const AREAS: Record<string, Record<string, MessageTemplates>> = { records: recordMessages, owners: ownerMessages, licences: licenceMessages, retired: retiredMessages };

describe('the codes of the records, owners, licences and retired areas', () => {
  it('are all in the catalogue the screens and the command line render from', () => {
    const missing = Object.values(AREAS).flatMap((area) => Object.keys(area).filter((code) => (messageCatalogue as Record<string, MessageTemplates>)[code] !== area[code]));
    expect(missing).toEqual([]);
    expect(Object.keys(recordMessages).length).toBeGreaterThan(40);
  });

  it('each have a sentence in Vietnamese and in English with the same parameters', () => {
    const lacking = Object.entries(AREAS).flatMap(([name, area]) =>
      Object.entries(area).flatMap(([code, t]) => [
        ...LOCALES.filter((l) => typeof t[l] !== 'string' || t[l].trim() === '').map((l) => `${name} ${code}: no ${l}`),
        ...(paramNamesOf(t.en).sort().join() === paramNamesOf(t.vi ?? '').sort().join() ? [] : [`${name} ${code}: parameters differ`]),
      ]),
    );
    expect(lacking).toEqual([]);
  });
});

describe('records, owners and retired rows on a Vietnamese screen', () => {
  let dir: string;
  let engine: Engine;
  /** A message as each screen shows it; the Vietnamese one must hold no English word outside its names and values. */
  const shown = (s: Shown): { vi: string; en: string } => {
    const vi = engineText(s, 'vi');
    const words = englishWords(valuesOf(s).reduce((text, value) => text.split(value).join(' '), vi));
    expect(words, vi).toEqual([]);
    return { vi, en: engineText(s, 'en') };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-campaign-msg-'));
    engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
    await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    writeFileSync(
      join(dir, 'ho-so.csv'),
      'Mã hồ sơ,Biển số,Số khung,Tên chủ xe,Số CCCD\nHS1,29O-123.45,RLHJF6320BY123456,Nguyen Van 4,001090000123\n,29A-111.11,,,\nHS2,29A-222.22,RLHJF6320BY654321,Trần Thị Bình,\n',
    );
    await engine.records.import({ files: [join(dir, 'ho-so.csv')], source: 'test' });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a stored record\'s data-quality issues in Vietnamese, the command line\'s English beside them', () => {
    const [record] = engine.records.show({ ids: ['HS1'] });
    const issues = record!.issues.map((i) => shown(i.text ?? i.message));
    expect(issues).toEqual([
      {
        en: 'Plate "29O-123.45" has the letter O in its series, which plates never use (probably 0).',
        vi: 'Biển số “29O-123.45” có chữ O trong sê-ri, chữ này không bao giờ dùng trên biển số (có lẽ là 0).',
      },
      { en: 'Owner name "Nguyen Van 4" contains digits.', vi: 'Tên chủ xe “Nguyen Van 4” có chứa chữ số.' },
    ]);
    expect(record!.issues.map((i) => i.message)).toEqual(issues.map((i) => i.en));
  });

  it('names a rejected row in Vietnamese with its file and row', async () => {
    const report = await engine.records.import({ files: [join(dir, 'ho-so.csv')], source: 'test' });
    expect(report.errors.map((e) => shown(e.text ?? e.message))).toEqual([
      { en: 'ho-so.csv row 3: The row has no record id (Mã hồ sơ), so it cannot be stored.', vi: 'ho-so.csv, dòng 3: Dòng này không có mã hồ sơ nên không thể lưu.' },
    ]);
  });

  it('refuses an owner decision with nothing to decide in Vietnamese, naming the field with the screen\'s word', async () => {
    let refusal: Shown | null = null;
    try {
      await engine.owners.decide({ record: 'HS2', field: 'owner_name', action: 'take-register' });
    } catch (error) {
      const { message, text } = describeError(error);
      refusal = text ?? message;
    }
    expect(refusal && shown(refusal)).toEqual({
      en: 'Record HS2 has no difference with the register on owner_name to decide.',
      vi: 'Hồ sơ HS2 không có chênh lệch nào với CSDL dân cư ở chủ xe để quyết định.',
    });
  });

  it('says what an owner decision did in Vietnamese, the field and the decision in the screen\'s words', async () => {
    writeFileSync(join(dir, 'dan-cu.csv'), 'Số định danh cá nhân,Họ và tên\n001090000123,Nguyễn Văn Bốn\n');
    await engine.residents.import({ files: [join(dir, 'dan-cu.csv')] });
    const outcome = await engine.owners.decide({ record: 'HS1', field: 'owner_name', action: 'take-register' });
    expect(shown(outcome.text)).toEqual({
      en: 'owner_name of record HS1: take-register “Nguyễn Văn Bốn” by lan.',
      vi: 'Hồ sơ HS1, chủ xe: lấy theo CSDL dân cư “Nguyễn Văn Bốn” bởi lan.',
    });
    expect(outcome.message).toBe('owner_name of record HS1: take-register “Nguyễn Văn Bốn” by lan.');
    // The record's history says where its earlier version went, in the screen's language.
    const [record] = engine.records.show({ ids: ['HS1'] });
    expect(record!.history.map((h) => shown(h.text ?? h.source))).toEqual([{ en: 'owner decision by lan', vi: 'quyết định về chủ xe của lan' }]);
    expect(record!.history[0]!.source).toBe('owner decision by lan');
  });

  it('refuses a declaration decision in Vietnamese, naming the commands as they are typed', async () => {
    const refused = async (request: { id: string; action: string }): Promise<Shown | null> => {
      try {
        await engine.declarations.decide(request as Parameters<Engine['declarations']['decide']>[0]);
      } catch (error) {
        const { message, text } = describeError(error);
        return text ?? message;
      }
      return null;
    };
    const unknown = await refused({ id: 'KB404', action: 'confirm' });
    expect(unknown && shown(unknown)).toEqual({ en: 'There is no declaration KB404.', vi: 'Không có khai báo KB404.' });
    const wrong = await refused({ id: 'KB404', action: 'approve' });
    expect(wrong && shown(wrong)).toEqual({
      en: '"approve" is not a declaration decision: use confirm, reject or update-record.',
      vi: '“approve” không phải quyết định về khai báo: dùng confirm (xác nhận), reject (từ chối) hoặc update-record (cập nhật hồ sơ).',
    });
  });

  it('keeps a retired-list row matching no record, saying why in Vietnamese after it was stored', async () => {
    writeFileSync(join(dir, 'nien-han.csv'), 'Mã hồ sơ,Số khung,Biển số,Lý do\nHS9,,99Z-999.99,het_nien_han\n');
    const report = await engine.retired.import({ files: [join(dir, 'nien-han.csv')] });
    const expected = {
      en: 'nien-han.csv row 2 matches no record: no record has id HS9; no record has plate 99Z-999.99. It is kept on the list of unmatched rows for the officer.',
      vi: 'nien-han.csv dòng 2 không khớp hồ sơ nào: không có hồ sơ mã HS9; không có hồ sơ biển số 99Z-999.99. Dòng được giữ trong danh sách chưa khớp để cán bộ xem.',
    };
    expect(report.unmatched.map((u) => shown(u.text ?? u.message))).toEqual([expected]);
    // Read back from the station database: still coded, so still Vietnamese.
    expect(engine.retired.unmatched().map((u) => shown(u.text ?? u.message))).toEqual([expected]);
  });
});
