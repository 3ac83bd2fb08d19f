import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors';
import { openRecordSource } from '../../../main/engine/records/readers/source';
import { errorOf, readFile, rows, tempDir } from './helpers';

async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Hồ sơ'));
  const path = join(tempDir(), name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('XLSX records', () => {
  it('reads the first sheet with cell values as the clerk sees them', async () => {
    const path = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỒ SƠ ĐĂNG KÝ XE']); // a title row above the table
      sheet.addRow([]);
      sheet.addRow(['STT', 'Mã hồ sơ', 'Số CCCD', 'Ngày đăng ký', 'Tên chủ xe', 'Số máy', 'Biển số']);
      sheet.addRow([1, 'HS001', '001090012345', new Date(Date.UTC(2023, 7, 15)), 'Nguyễn Thị Hồng Nhung', 'JF63E-1234567', '29A-123.45']);
      const second = sheet.addRow([
        2,
        'HS002',
        79305123456, // a CCCD typed into a number cell: Excel shows it with the 12-digit format below
        45153, // a date column that lost its format: the Excel serial number
        { richText: [{ text: 'Trần ' }, { font: { bold: true }, text: 'Văn Đức' }] },
        { formula: '"JF"&"63E-7654321"', result: 'JF63E-7654321' },
        '29-B1 123.45',
      ]);
      second.getCell(3).numFmt = '000000000000';
      sheet.addRow([3, 'HS003', 123456789012, null, 'Lê Thị Thu', 1.2345678901234567e19, '']); // a long number Excel stores in exponent form
    });
    const { source, items } = await readFile(path);
    expect(source.format).toBe('xlsx');
    expect(source.encoding).toBeNull();
    expect(rows(items)).toEqual([
      [4, { record_id: 'HS001', owner_id: '001090012345', registered_on: '2023-08-15', owner_name: 'Nguyễn Thị Hồng Nhung', engine: 'JF63E-1234567', plate: '29A-123.45' }],
      [5, { record_id: 'HS002', owner_id: '079305123456', registered_on: '45153', owner_name: 'Trần Văn Đức', engine: 'JF63E-7654321', plate: '29-B1 123.45' }],
      [6, { record_id: 'HS003', owner_id: '123456789012', owner_name: 'Lê Thị Thu', engine: '12345678901234567000' }],
    ]);
    expect(source.bytesRead()).toBe(source.totalBytes);
  });

  it('never loses the workbook part stored behind the worksheet, however the reads interleave', async () => {
    // exceljs writes the sheet before the shared strings and workbook.xml; the unzip used to run ahead to the end
    // while the sheet was copied aside and drop the rest (about one read in 200 failed on "reading 'sheets'").
    const path = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['Mã hồ sơ', 'Biển số']);
      for (let i = 0; i < 3; i++) sheet.addRow([`HS${i}`, `29A-0000${i}`]);
    });
    const counts: number[] = [];
    for (let round = 0; round < 60; round++) {
      counts.push(...(await Promise.all(Array.from({ length: 4 }, async () => rows((await readFile(path)).items).length))));
    }
    expect(counts).toEqual(Array.from({ length: 240 }, () => 3));
  });

  it('reads NFD text in cells as NFC', async () => {
    const path = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['record_id', 'owner_name']);
      sheet.addRow(['HS1', 'Phạm Thị Thuỳ'.normalize('NFD')]);
    });
    const { items } = await readFile(path);
    expect(rows(items)).toEqual([[2, { record_id: 'HS1', owner_name: 'Phạm Thị Thuỳ' }]]);
  });

  it('reads a workbook that was saved with a .csv name', async () => {
    const xlsx = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['record_id', 'plate']);
      sheet.addRow(['HS1', '29A-1234']);
    });
    const renamed = join(tempDir(), 'records.csv');
    writeFileSync(renamed, readFileSync(xlsx));
    const { source, items } = await readFile(renamed);
    expect(source.format).toBe('xlsx');
    expect(rows(items)).toEqual([[2, { record_id: 'HS1', plate: '29A-1234' }]]);
  });

  it('refuses a workbook without a record-id column, listing its headers', async () => {
    const path = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['Biển số', 'Số khung']);
      sheet.addRow(['29A-1234', 'RLH']);
    });
    const error = await errorOf(openRecordSource(path));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.xlsx has no record-id column ("Mã hồ sơ" or "record_id"); the column headers found are: "Biển số", "Số khung".');
  });

  it('refuses a truncated workbook', async () => {
    const path = await workbook('records.xlsx', (sheet) => {
      sheet.addRow(['record_id', 'plate']);
      for (let i = 0; i < 500; i++) sheet.addRow([`HS${i}`, `29A-${String(i).padStart(5, '0')}`]);
    });
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const error = await errorOf(openRecordSource(path));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.xlsx is not a readable Excel workbook: the file is incomplete (cut off) or damaged.');
  });

  it('refuses a file named .xlsx that is not a workbook', async () => {
    const path = join(tempDir(), 'records.xlsx');
    writeFileSync(path, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    expect((await errorOf(openRecordSource(path))).message).toBe('records.xlsx is not a readable Excel workbook: it is not an .xlsx file.');
  });
});
