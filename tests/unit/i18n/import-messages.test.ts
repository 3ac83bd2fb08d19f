/**
 * What the Records screen shows for a file it could not read and a repeated row: the engine's coded message,
 * rendered in Vietnamese with the file name and ids as they are, and the English the command line prints.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { engineText } from '../../../renderer/src/i18n/engine-text';

describe('import problems on a Vietnamese screen', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-import-msg-'));
    engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names an empty file, a PDF renamed .csv and a repeated record id in Vietnamese', async () => {
    writeFileSync(join(dir, 'trong.csv'), '');
    writeFileSync(join(dir, 'nham.csv'), '%PDF-1.7\n%âãÏÓ\n');
    writeFileSync(join(dir, 'lap.csv'), 'Mã hồ sơ,Biển số\nHS1,29A-123.45\nHS1,29A-123.46\n');
    const report = await engine.records.import({ files: ['trong.csv', 'nham.csv', 'lap.csv'].map((f) => join(dir, f)), source: 'test' });
    const shown = report.errors.map((e) => ({ en: e.message, vi: engineText(e.text ?? e.message, 'vi') }));
    expect(shown).toEqual([
      { en: 'trong.csv is empty.', vi: 'trong.csv là tệp rỗng.' },
      { en: 'nham.csv is not a readable CSV file: it is a PDF document.', vi: 'Không đọc được nham.csv như một tệp CSV: đây là tài liệu PDF.' },
      { en: 'lap.csv row 3 repeats record id HS1 from row 2; this row was not imported.', vi: 'lap.csv dòng 3 lặp lại mã hồ sơ HS1 của dòng 2; dòng này không được nhập.' },
    ]);
    // The same report in English, for the language switch.
    expect(report.errors.map((e) => engineText(e.text ?? e.message, 'en'))).toEqual(shown.map((s) => s.en));
  });

  it('names the key a repeated register row repeats with the word the screens use', async () => {
    writeFileSync(join(dir, 'dan-cu.csv'), 'Số định danh cá nhân,Họ và tên\n001090000123,Nguyễn Văn An\n001090000123,Nguyễn Văn An\n');
    const report = await engine.residents.import({ files: [join(dir, 'dan-cu.csv')] });
    expect(report.errors.map((e) => engineText(e.text ?? e.message, 'vi'))).toEqual([
      'dan-cu.csv dòng 3 lặp lại số định danh cá nhân 001090000123 của dòng 2; dòng này không được nhập.',
    ]);
    expect(report.errors.map((e) => e.message)).toEqual(['dan-cu.csv row 3 repeats personal ID 001090000123 from row 2; this row was not imported.']);
  });
});
