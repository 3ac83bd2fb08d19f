import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';

const HEADER = 'Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe,Số CCCD,Địa chỉ,Nhãn hiệu,Số loại,Màu sơn,Ngày đăng ký';
const ROWS = [
  'HS000001,29A-123.45,RLHJF6320BY123456,JF63E-1234567,Nguyễn Văn An,001090012345,"Phường Láng Thượng, Đống Đa, Hà Nội",Honda,Wave Alpha,Đỏ,15/03/2019',
  'HS000002,30E-678.90,RL4BT9F36K5012345,1NZ-X123456,Trần Thị Bình,001185023456,"Phường Dịch Vọng, Cầu Giấy, Hà Nội",Toyota,Vios,Trắng,02/11/2020',
  // The letter O in a VIN is a data-quality issue: kept as the station has it, and listed.
  'HS000003,29-B1 123.45,RLCUE1910OY123456,E3X9E-456789,Lê Minh Châu,079095034567,"Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",Yamaha,Sirius,Đen,20/07/2018',
];

let dir: string;
let engine: Engine | undefined;

async function station(): Promise<Engine> {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-import-'));
  engine = await createEngine({ dbPath: join(dir, 'station.db') });
  return engine;
}

function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

afterEach(() => engine?.close());

describe('records import', () => {
  it('imports every row, keeps a record with format problems and lists its issues', async () => {
    const e = await station();
    const report = await e.records.import({ files: [csv('records.csv', [HEADER, ...ROWS])] });
    expect(report).toMatchObject({ imported: 3, updated: 0, unchanged: 0, rejected: 0, with_issues: 1 });
    expect(report.issues).toEqual([expect.objectContaining({ record_id: 'HS000003', field: 'chassis' })]);
    const [kept] = e.records.show({ ids: ['HS000003'] });
    expect(kept?.chassis).toBe('RLCUE1910OY123456');
    expect(kept?.issues[0]?.field).toBe('chassis');
    expect(e.records.stats()).toEqual({ total: 3, withIssues: 1 });
  });

  it('reports every row unchanged when the same file is imported again', async () => {
    const e = await station();
    const file = csv('records.csv', [HEADER, ...ROWS]);
    await e.records.import({ files: [file] });
    const again = await e.records.import({ files: [file] });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('updates a known record and keeps its previous values in history', async () => {
    const e = await station();
    await e.records.import({ files: [csv('a.csv', [HEADER, ...ROWS])] });
    const changed = ROWS[0]!.replace('Nguyễn Văn An', 'Nguyễn Văn Anh');
    const report = await e.records.import({ files: [csv('b.csv', [HEADER, changed])] });
    expect(report).toMatchObject({ imported: 0, updated: 1 });
    const [record] = e.records.show({ ids: ['HS000001'] });
    expect(record?.owner_name).toBe('Nguyễn Văn Anh');
    expect(record?.history[0]?.values.owner_name).toBe('Nguyễn Văn An');
    expect(record?.history[0]?.source).toContain('b.csv');
  });

  it('rejects a repeated record id within a file, naming the earlier row, and stores the rest', async () => {
    const e = await station();
    const report = await e.records.import({ files: [csv('dup.csv', [HEADER, ROWS[0]!, ROWS[1]!, ROWS[0]!.replace('Đỏ', 'Xanh')])] });
    expect(report).toMatchObject({ imported: 2, rejected: 1 });
    expect(report.errors).toEqual([
      {
        file: expect.stringContaining('dup.csv'),
        row: 4,
        field: 'record_id',
        message: expect.stringMatching(/HS000001.*row 2/),
        // The screens render the coded message in their language.
        text: { code: 'row.repeated', params: { file: 'dup.csv', row: 4, key: { code: 'key.record_id', params: {} }, value: 'HS000001', first: 2 } },
      },
    ]);
    expect(e.records.show({ ids: ['HS000001'] })[0]?.color).toBe('Đỏ');
  });

  it('rejects a row without a record id and still imports the others', async () => {
    const e = await station();
    const report = await e.records.import({ files: [csv('noid.csv', [HEADER, ROWS[0]!, `,${ROWS[1]!.split(',').slice(1).join(',')}`])] });
    expect(report).toMatchObject({ imported: 1, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ row: 3, field: 'record_id' });
  });

  it('refuses a file without a record-id column in one sentence and leaves the database as it was', async () => {
    const e = await station();
    await e.records.import({ files: [csv('good.csv', [HEADER, ...ROWS])] });
    const report = await e.records.import({ files: [csv('nohead.csv', ['Biển số,Số khung', '29A-999.99,RLHJF6320BY999999'])] });
    expect(report.imported + report.updated).toBe(0);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.row).toBeNull();
    expect(report.errors[0]!.message).toMatch(/nohead\.csv/);
    expect(report.errors[0]!.message.split('\n')).toHaveLength(1);
    expect(e.records.stats().total).toBe(3);
  });

  it('refuses binary garbage named .csv and goes on with the next file', async () => {
    const e = await station();
    const garbage = join(dir, 'scan.csv');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const report = await e.records.import({ files: [garbage, csv('good.csv', [HEADER, ...ROWS])] });
    expect(report.imported).toBe(3);
    expect(report.errors).toEqual([expect.objectContaining({ file: garbage, row: null, message: expect.stringMatching(/scan\.csv/) })]);
  });

  it('finds the imported record by a plate typed with an OCR confusion', async () => {
    const e = await station();
    await e.records.import({ files: [csv('records.csv', [HEADER, ...ROWS])] });
    const result = e.records.find({ text: '29A-I23.45' });
    expect(result.candidates[0]?.record_id).toBe('HS000001');
    expect(result.candidates[0]?.why).toMatch(/I/);
  });

  it('emits progress with rows, rate and a finished event', async () => {
    const e = await station();
    const seen: { items: number; finished: boolean }[] = [];
    e.subscribe((name, payload) => {
      if (name === 'job.progress') seen.push(payload as { items: number; finished: boolean });
    });
    await e.records.import({ files: [csv('records.csv', [HEADER, ...ROWS])] });
    expect(seen.at(-1)).toMatchObject({ items: 3, finished: true });
  });
});
