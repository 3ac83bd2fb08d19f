import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors';
import { columnLetter, fieldForHeader, mapHeader, rowToFields } from '../../../main/engine/records/columns';

describe('column headers', () => {
  it.each([
    ['Mã hồ sơ', 'record_id'],
    ['MÃ HỒ SƠ', 'record_id'],
    ['ma_ho_so', 'record_id'],
    ['Record ID', 'record_id'],
    ['record_id', 'record_id'],
    ['Mã hồ sơ'.normalize('NFD'), 'record_id'],
    ['Biển số', 'plate'],
    ['Biển kiểm soát', 'plate'],
    ['BKS', 'plate'],
    ['plate', 'plate'],
    ['Số khung', 'chassis'],
    ['so_khung', 'chassis'],
    ['SỐ KHUNG', 'chassis'],
    ['VIN', 'chassis'],
    ['Số máy', 'engine'],
    ['Engine No.', 'engine'],
    ['Tên chủ xe', 'owner_name'],
    ['Chủ xe', 'owner_name'],
    ['Họ và tên', 'owner_name'],
    ['Số CCCD', 'owner_id'],
    ['CCCD/CMND', 'owner_id'],
    ['Số CMND', 'owner_id'],
    ['Địa chỉ', 'address'],
    ['Nhãn hiệu', 'brand'],
    ['Số loại', 'model'],
    ['Màu sơn', 'color'],
    ['Ngày đăng ký', 'registered_on'],
    ['Ngày đăng kí', 'registered_on'],
    ['registered_on', 'registered_on'],
  ])('%j names %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('ignores columns it does not know', () => {
    expect(fieldForHeader('STT')).toBeNull();
    expect(fieldForHeader('Ghi chú')).toBeNull();
    const map = mapHeader(['STT', 'Mã hồ sơ', 'Ghi chú', 'Biển số'], 'records.csv');
    expect(rowToFields(['1', 'HS1', 'xe cũ', '29A-123.45'], map)).toEqual({ record_id: 'HS1', plate: '29A-123.45' });
  });

  it('leaves empty cells out and tolerates short rows', () => {
    const map = mapHeader(['Mã hồ sơ', 'Biển số', 'Số khung'], 'records.csv');
    expect(rowToFields(['HS1', ''], map)).toEqual({ record_id: 'HS1' });
  });

  it('refuses a file without a record-id column, listing the headers it has', () => {
    expect(() => mapHeader(['Biển số', 'Số khung'], 'records.csv')).toThrow(InputError);
    expect(() => mapHeader(['Biển số', 'Số khung'], 'records.csv')).toThrow(
      'records.csv has no record-id column ("Mã hồ sơ" or "record_id"); the column headers found are: "Biển số", "Số khung".',
    );
  });

  it('refuses two columns for the same field', () => {
    expect(() => mapHeader(['Mã hồ sơ', 'Số CCCD', 'Biển số', 'CMND'], 'records.csv')).toThrow(
      'records.csv has two columns for owner_id: "Số CCCD" (column B) and "CMND" (column D); remove or rename one of them.',
    );
  });

  it('names columns the way a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
