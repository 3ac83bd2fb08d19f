/**
 * The department's list often arrives before the station has imported every record: rows that matched no record
 * are kept, and a later records import matches them (by the list's own rule: record id, chassis up to OCR
 * confusions, a plate one record alone holds), marks the records with the row's file and line, and takes them
 * off the unmatched list; rows still matching nothing stay, and nothing already marked changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';

let dir: string;
let engine: Engine;

const HEADER = 'Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe';
const file = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-retired-rematch-'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  expect(await engine.records.import({ files: [file('first.csv', [HEADER, 'HS-1,29A-111.11,RLHJF6320BY100001,JF63E-1000001,Nguyễn Văn An'])] })).toMatchObject({ imported: 1 });
  const report = await engine.retired.import({ files: [
    file('list.csv', [
      'Mã hồ sơ,Số khung,Biển số,Lý do,Ngày',
      'HS-1,,,het_nien_han,01/11/2025',
      // The chassis as the department typed it, O for 0: the record arrives later with the 0.
      ',RLHJF632OBY100002,,het_nien_han,02/11/2025',
      ',,29A-333.33,khong_luu_hanh,',
      'HS-4,,,het_nien_han,',
      ',,30K-999.99,khong_luu_hanh,',
      'HS-NEVER,,,het_nien_han,',
    ]),
  ] });
  expect(report).toMatchObject({ marked: 1, rejected: 0 });
  expect(report.unmatched.map((u) => u.row)).toEqual([3, 4, 5, 6, 7]);
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('unmatched list rows on a later records import', () => {
  it('marks the records that arrive by chassis (OCR-tolerant), by a plate one record holds and by record id, with the list row as the source', async () => {
    const imported = await engine.records.import({
      files: [
        file('second.csv', [
          HEADER,
          'HS-2,29A-222.22,RLHJF6320BY100002,JF63E-1000002,Trần Văn Bình',
          'HS-3,29A-333.33,RLHJF6320BY100003,JF63E-1000003,Lê Thị Cúc',
          'HS-4,29A-444.44,RLHJF6320BY100004,JF63E-1000004,Phạm Văn Dũng',
          // Two records holding one plate: a plate alone cannot say which vehicle the department meant.
          'XH-1,30K-999.99,RLHXH0000AA000001,XH1-0000001,Đỗ Văn Em',
          'XH-2,30K-999.99,RLHXH0000AA000002,XH2-0000002,Đỗ Thị Gấm',
          'HS-9,29A-999.09,RLHJF6320BY100009,JF63E-1000009,Vũ Văn Hải',
        ]),
      ],
    });
    expect(imported).toMatchObject({ imported: 6, rejected: 0 });
    const listed = engine.retired.list();
    expect(listed.map((v) => [v.record_id, v.reason, v.listed_on])).toEqual([
      ['HS-1', 'het_nien_han', '2025-11-01'],
      ['HS-2', 'het_nien_han', '2025-11-02'],
      ['HS-3', 'khong_luu_hanh', null],
      ['HS-4', 'het_nien_han', null],
    ]);
    const marks = engine.retired.vehicles({ offset: 0, limit: 10 }).rows;
    expect(marks.find((v) => v.record_id === 'HS-2')).toMatchObject({ source_file: join(dir, 'list.csv'), source_row: 3 });
    expect(engine.retired.unmatched().map((u) => u.row)).toEqual([6, 7]);
    expect(engine.retired.counts()).toMatchObject({ listed: 6, marked: 4, unmatched: 2 });
  });

  it('changes nothing when the same records are imported again, and leaves the unmatched rows kept', async () => {
    const before = engine.retired.vehicles({ offset: 0, limit: 10 }).rows.map((v) => [v.record_id, v.marked_at]);
    expect(await engine.records.import({ files: [join(dir, 'second.csv')] })).toMatchObject({ unchanged: 6 });
    expect(engine.retired.vehicles({ offset: 0, limit: 10 }).rows.map((v) => [v.record_id, v.marked_at])).toEqual(before);
    expect(engine.retired.unmatched().map((u) => u.row)).toEqual([6, 7]);
  });

  it('marks a row named by record id once that record is imported, also after the list was imported again', async () => {
    await engine.retired.import({ files: [join(dir, 'list.csv')] });
    expect(engine.retired.unmatched().map((u) => u.row)).toEqual([6, 7]);
    await engine.records.import({ files: [file('third.csv', [HEADER, 'HS-NEVER,29A-555.55,RLHJF6320BY100005,JF63E-1000005,Ngô Văn Khoa'])] });
    expect(engine.retired.list().map((v) => v.record_id)).toContain('HS-NEVER');
    expect(engine.retired.unmatched().map((u) => u.row)).toEqual([6]);
  });
});
