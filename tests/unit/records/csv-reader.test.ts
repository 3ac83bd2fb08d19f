import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors';
import { normalizeRecord } from '../../../main/engine/records/normalize';
import { openRecordSource } from '../../../main/engine/records/readers/source';
import { encodeText, type TextEncoding } from '../../../main/engine/text/encoding';
import { errorOf, errors, fileWith, readFile, rows, tempDir, zipOf } from './helpers';

const HEADER = 'Mã hồ sơ,Biển số,Tên chủ xe,Địa chỉ';
const VIETNAMESE_ROWS = [
  'HS001,29A-123.45,Nguyễn Thị Hồng Nhung,"Phường Láng Thượng, Quận Đống Đa, Hà Nội"',
  'HS002,29-B1 123.45,Trần Văn Đức,"Số 12 ngõ 34 phố Huế, Hà Nội"',
  'HS003,30E-678.90,Võ Ngọc Ánh,"Thôn Đoài, xã Kim Sơn, huyện Gia Lâm"',
];
const CSV = [HEADER, ...VIETNAMESE_ROWS].join('\r\n') + '\r\n';

describe('CSV records: layout', () => {
  it('maps columns by header and numbers rows as a spreadsheet does', async () => {
    const { source, items } = await readFile(fileWith('records.csv', `\uFEFF${CSV}`));
    expect(source.format).toBe('csv');
    expect(source.encoding).toBe('utf-8');
    expect(rows(items)).toEqual([
      [2, { record_id: 'HS001', plate: '29A-123.45', owner_name: 'Nguyễn Thị Hồng Nhung', address: 'Phường Láng Thượng, Quận Đống Đa, Hà Nội' }],
      [3, { record_id: 'HS002', plate: '29-B1 123.45', owner_name: 'Trần Văn Đức', address: 'Số 12 ngõ 34 phố Huế, Hà Nội' }],
      [4, { record_id: 'HS003', plate: '30E-678.90', owner_name: 'Võ Ngọc Ánh', address: 'Thôn Đoài, xã Kim Sơn, huyện Gia Lâm' }],
    ]);
    expect(source.bytesRead()).toBe(source.totalBytes);
  });

  it('reads the semicolon-separated files Vietnamese Excel saves, with any spelling of the headers', async () => {
    const csv = 'MÃ HỒ SƠ;so_khung;Biển kiểm soát;CCCD/CMND;Ghi chú\nHS9;RLHJF6320BY123456;29A-1234;001090012345;xe cũ\n';
    const { items } = await readFile(fileWith('xe.csv', csv));
    expect(rows(items)).toEqual([[2, { record_id: 'HS9', chassis: 'RLHJF6320BY123456', plate: '29A-1234', owner_id: '001090012345' }]]);
  });

  it('reads tab- and pipe-separated files', async () => {
    for (const sep of ['\t', '|']) {
      const { items } = await readFile(fileWith('records.txt', `record_id${sep}plate\nHS1${sep}29A-123.45\n`));
      expect(rows(items)).toEqual([[2, { record_id: 'HS1', plate: '29A-123.45' }]]);
    }
  });

  it('keeps quoted separators, doubled quotes and line breaks inside a value, and counts rows by record', async () => {
    const csv = 'record_id,address,owner_name\n"HS1","Tổ 10, khu ""Kim Liên""\nĐống Đa",An\nHS2,Hà Nội,Bình\n';
    const { items } = await readFile(fileWith('records.csv', csv));
    expect(rows(items)).toEqual([
      [2, { record_id: 'HS1', address: 'Tổ 10, khu "Kim Liên"\nĐống Đa', owner_name: 'An' }],
      [3, { record_id: 'HS2', address: 'Hà Nội', owner_name: 'Bình' }],
    ]);
  });

  it('trims cells, leaves empty cells out, skips empty lines but still counts them', async () => {
    const csv = 'record_id,plate,owner_name\n\n  HS1 , , An  \n,,\nHS2,29A-1234,\n';
    const { items } = await readFile(fileWith('records.csv', csv));
    expect(rows(items)).toEqual([
      [3, { record_id: 'HS1', owner_name: 'An' }],
      [5, { record_id: 'HS2', plate: '29A-1234' }],
    ]);
  });

  it('rejects a row with fewer values than the header, naming file, line and both counts, instead of shifting values into the wrong fields', async () => {
    const csv = [
      'Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe,Số CCCD,Địa chỉ',
      'HS1,29A-123.45,RLHJF6320BY123456,JF63E-1234567,Hoàng Văn Bình,001078012345,Hà Nội',
      'HS2,29A-123.46,JF63E-7654321,Hoàng Văn Bình,001078012346',
    ].join('\n');
    const { items } = await readFile(fileWith('ho-so.csv', csv));
    expect(rows(items).map(([row]) => row)).toEqual([2]);
    expect(errors(items)).toEqual([
      {
        row: 3,
        field: null,
        message: 'ho-so.csv row 3 has 5 values but the header has 7 columns, so its values cannot be matched to their columns; nothing of it was stored.',
      },
    ]);
  });

  it('needs only the columns a header names when the header ends in separators', async () => {
    const { items } = await readFile(fileWith('records.csv', 'record_id,plate,,\nHS1,29A-1234\n'));
    expect(rows(items)).toEqual([[2, { record_id: 'HS1', plate: '29A-1234' }]]);
    expect(errors(items)).toEqual([]);
  });

  it('reports a row with more values than the header has columns, but tolerates a trailing separator', async () => {
    const csv = 'record_id;plate;owner_name\nHS1;29A-1234;Lê Văn An;\nHS2;29A-1235;Lê; Văn Bình\nHS3;29A-1236;Lê Thị Cúc\n';
    const { items } = await readFile(fileWith('records.csv', csv));
    expect(rows(items).map(([row]) => row)).toEqual([2, 4]);
    expect(errors(items)).toEqual([
      { row: 3, field: null, message: 'records.csv row 3 has 4 values but the header has 3 columns (a value probably contains an unquoted ";").' },
    ]);
  });

  it('yields the good rows of a truncated file and one error for the cut-off row', async () => {
    const csv = 'record_id,address\nHS1,Hà Nội\nHS2,"Đống Đa, Hà Nội"\nHS3,"Láng Thượng,\nĐống Đ';
    const { items } = await readFile(fileWith('records.csv', csv));
    expect(rows(items)).toEqual([
      [2, { record_id: 'HS1', address: 'Hà Nội' }],
      [3, { record_id: 'HS2', address: 'Đống Đa, Hà Nội' }],
    ]);
    expect(errors(items)).toHaveLength(1);
    expect(errors(items)[0].row).toBe(4);
    expect(errors(items)[0].message).toMatch(/^records\.csv row 4 has a quoted value in column B that is never closed \(the file may be truncated\)\.$/);
  });

  it('does not let one stray quote swallow the rest of the file', async () => {
    const lines = ['record_id,owner_name', 'HS0,"Nguyễn Văn An'];
    for (let i = 1; i <= 80; i++) lines.push(`HS${i},Người ${i}`);
    const { items } = await readFile(fileWith('records.csv', lines.join('\n')));
    expect(errors(items)).toHaveLength(1);
    expect(errors(items)[0].message).toMatch(/row 2 has a quote in column B that is not closed within 50 lines/);
    expect(rows(items)).toHaveLength(80);
    expect(rows(items)[0]).toEqual([3, { record_id: 'HS1', owner_name: 'Người 1' }]);
  });

  it('names a value over 1 MiB as too long, skips its row and goes on', async () => {
    const csv = `record_id,address\nHS1,"${'x'.repeat(1_200_000)}"\nHS2,Hà Nội\n`;
    const { items } = await readFile(fileWith('records.csv', csv));
    expect(errors(items)).toHaveLength(1);
    expect(errors(items)[0].message).toMatch(/^records\.csv row 2 has a value in column B longer than 1 MiB, which no field of a record can be, so the row was skipped\.$/);
    expect(rows(items)).toEqual([[3, { record_id: 'HS2', address: 'Hà Nội' }]]);
  });

  it('streams a file larger than its read chunks without losing or splitting anything', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 30_000; i++) lines.push(`HS${i},29A-${String(i).padStart(5, '0')},Phạm Thị Thuỳ ${i},"Ngõ ${i}, ""phố"" Huế\nHà Nội"`);
    const { items } = await readFile(fileWith('big.csv', lines.join('\n')));
    const read = rows(items);
    expect(read).toHaveLength(30_000);
    expect(errors(items)).toEqual([]);
    expect(read[29_999]).toEqual([30_001, { record_id: 'HS29999', plate: '29A-29999', owner_name: 'Phạm Thị Thuỳ 29999', address: 'Ngõ 29999, "phố" Huế\nHà Nội' }]);
    expect(read.every(([, f]) => f.owner_name.startsWith('Phạm Thị Thuỳ'))).toBe(true);
  });
});

describe('CSV records: into the normaliser', () => {
  it('gives the same records as normalising the typed values directly', async () => {
    const csv = [
      'Mã hồ sơ;Biển số;Số khung;Số máy;Tên chủ xe;Số CCCD;Ngày đăng ký',
      'HS1;29b1-12345;rlhjf6320by123456;jf63e-1234567;"Nguyễn  Văn\tAn";001 090 012345;15/08/2023',
      `HS2;30a 123.45;RLHJO6320BY123456;;${'Lê Thị Hồng'.normalize('NFD')};012345678;31/02/2020`,
    ].join('\n');
    const { items } = await readFile(fileWith('records.csv', csv));
    const typed = [
      { record_id: 'HS1', plate: '29b1-12345', chassis: 'rlhjf6320by123456', engine: 'jf63e-1234567', owner_name: 'Nguyễn  Văn\tAn', owner_id: '001 090 012345', registered_on: '15/08/2023' },
      { record_id: 'HS2', plate: '30a 123.45', chassis: 'RLHJO6320BY123456', owner_name: 'Lê Thị Hồng', owner_id: '012345678', registered_on: '31/02/2020' },
    ];
    const fromFile = rows(items).map(([, fields]) => normalizeRecord(fields));
    expect(fromFile).toEqual(typed.map((fields) => normalizeRecord(fields)));
    expect(fromFile[0].ok && fromFile[0].record.owner_name).toBe('Nguyễn Văn An');
    expect(fromFile[1].ok && fromFile[1].issues.map((i) => i.field)).toEqual(['chassis', 'registered_on']);
  });

  it('keeps a Greek question mark inside its cell, though NFC turns it into a semicolon', async () => {
    const { items } = await readFile(fileWith('records.csv', 'record_id;owner_name;plate\nHS1;Ai\u037e An;29A-1234\n'));
    expect(rows(items)).toEqual([[2, { record_id: 'HS1', owner_name: 'Ai; An', plate: '29A-1234' }]]);
  });
});

describe('CSV records: text encodings', () => {
  const legacyCsv = [HEADER, ...VIETNAMESE_ROWS, 'HS004,29C-111.22,NGUYỄN VĂN HẢI,"Phường 5, QUẬN 3, TP Hồ Chí Minh"'].join('\r\n');
  const expectedNames = ['Nguyễn Thị Hồng Nhung', 'Trần Văn Đức', 'Võ Ngọc Ánh', 'NGUYỄN VĂN HẢI'];

  it.each<TextEncoding>(['tcvn3', 'vni', 'windows-1258', 'viscii', 'utf-16le', 'utf-16be'])(
    'reads a %s file with the right Vietnamese names',
    async (encoding) => {
      const { source, items } = await readFile(fileWith('records.csv', encodeText(legacyCsv, encoding)));
      expect(source.encoding).toBe(encoding);
      expect(rows(items).map(([, f]) => f.owner_name)).toEqual(expectedNames);
      expect(rows(items)[3][1].address).toBe('Phường 5, QUẬN 3, TP Hồ Chí Minh');
    },
  );

  it('reads UTF-16 with a byte-order mark', async () => {
    const { source, items } = await readFile(fileWith('records.csv', encodeText(legacyCsv, 'utf-16le', { bom: true })));
    expect(source.encoding).toBe('utf-16le');
    expect(rows(items)[0][1].owner_name).toBe('Nguyễn Thị Hồng Nhung');
  });

  it('gives NFC text for an NFD file', async () => {
    const { items } = await readFile(fileWith('records.csv', CSV.normalize('NFD')));
    const read = rows(items);
    expect(read[0][1].owner_name).toBe('Nguyễn Thị Hồng Nhung');
    expect(read[0][1].owner_name).toBe(read[0][1].owner_name.normalize('NFC'));
    expect(read[2][1].address).toBe('Thôn Đoài, xã Kim Sơn, huyện Gia Lâm');
  });

  it('finds a legacy encoding even when the first 64 KB are plain ASCII', async () => {
    const lines = ['record_id,plate,owner_name'];
    for (let i = 0; i < 4000; i++) lines.push(`HS${i},29A-${String(i).padStart(5, '0')},Nguyen Van ${i}`);
    for (let i = 0; i < 50; i++) lines.push(`HX${i},30A-${String(i).padStart(5, '0')},Nguyễn Văn Tuấn`);
    const vni = encodeText(lines.join('\n'), 'vni');
    expect(vni.subarray(0, 64 * 1024).every((b) => b < 0x80)).toBe(true);
    const { source, items } = await readFile(fileWith('records.csv', vni));
    expect(source.encoding).toBe('vni');
    expect(rows(items).at(-1)?.[1].owner_name).toBe('Nguyễn Văn Tuấn');
  });
});

describe('CSV records: unusable files', () => {
  it('refuses binary data in a file named .csv, naming the file', async () => {
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    const error = await errorOf(openRecordSource(fileWith('records.csv', garbage)));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.csv is not a readable CSV file: it contains binary data.');
  });

  it('refuses a zip that is not a workbook, and an old .xls', async () => {
    const zip = await errorOf(openRecordSource(fileWith('records.csv', zipOf({ 'photo.txt': 'not a sheet' }))));
    expect(zip.message).toBe('records.csv is not a readable CSV file: it is a ZIP archive that holds no Excel workbook.');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await errorOf(openRecordSource(fileWith('records.xls', xls)))).message).toMatch(/records\.xls is an old Excel 97–2003/);
  });

  it('refuses empty, missing and folder paths, naming them', async () => {
    expect((await errorOf(openRecordSource(fileWith('empty.csv', '')))).message).toBe('empty.csv is empty.');
    const missing = join(tempDir(), 'missing.csv');
    expect((await errorOf(openRecordSource(missing))).message).toBe('missing.csv cannot be opened: the file does not exist.');
    const folder = join(tempDir(), 'records');
    mkdirSync(folder);
    const error = await errorOf(openRecordSource(folder));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records is a folder, not a file of records.');
  });

  it('refuses a file without a record-id column, listing its headers', async () => {
    const error = await errorOf(openRecordSource(fileWith('records.csv', 'Biển số,Số khung\n29A-1234,RLH123\n')));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.csv has no record-id column ("Mã hồ sơ" or "record_id"); the column headers found are: "Biển số", "Số khung".');
  });

  it('explains a header that reads as one column because of an unknown separator', async () => {
    const error = await errorOf(openRecordSource(fileWith('records.csv', 'Mã hồ sơ:Biển số:Số khung\nHS1:29A-1234:RLH\n')));
    expect(error.message).toMatch(/^records\.csv has no record-id column .* its header line "Mã hồ sơ:Biển số:Số khung" reads as a single column/);
  });

  it('refuses a header with two columns for one field', async () => {
    const error = await errorOf(openRecordSource(fileWith('records.csv', 'Mã hồ sơ,Số khung,chassis\nHS1,A,B\n')));
    expect(error.message).toMatch(/records\.csv has two columns for chassis: "Số khung" \(column B\) and "chassis" \(column C\)/);
  });

  it('refuses a file with nothing but empty lines', async () => {
    expect((await errorOf(openRecordSource(fileWith('records.csv', '\n\n;;\n')))).message).toBe(
      'records.csv has no header row: it contains only empty lines.',
    );
  });
});
