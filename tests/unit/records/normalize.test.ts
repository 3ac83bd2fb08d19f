import { describe, expect, it } from 'vitest';
import { canonicalPlateKey, normalizeRecord, serialKey, vinCheckDigitValid } from '../../../main/engine/records/normalize';
import type { RawRecordFields } from '../../../main/engine/records/record';
import { renderMessage } from '../../../main/engine/domain/messages/render';

const typical: RawRecordFields = {
  record_id: 'HS100017',
  plate: '29b1-12345',
  chassis: 'rlhjf6320 by123456',
  engine: 'jf63e-1234567',
  owner_name: '  Nguyễn   Thị Hồng  Nhung ',
  owner_id: '001 190 012345',
  address: 'Phường Láng Thượng,  Quận Đống Đa, Hà Nội',
  brand: 'HONDA',
  model: 'AIR BLADE',
  color: 'Đỏ - Đen',
  registered_on: '15/08/2023',
};

describe('normalizeRecord', () => {
  it('stores a typical row in canonical form with no issues', () => {
    expect(normalizeRecord(typical)).toEqual({
      ok: true,
      issues: [],
      record: {
        record_id: 'HS100017',
        plate: '29-B1 123.45',
        chassis: 'RLHJF6320BY123456',
        engine: 'JF63E-1234567',
        owner_name: 'Nguyễn Thị Hồng Nhung',
        owner_id: '001190012345',
        address: 'Phường Láng Thượng, Quận Đống Đa, Hà Nội',
        brand: 'HONDA',
        model: 'AIR BLADE',
        color: 'Đỏ - Đen',
        registered_on: '2023-08-15',
      },
    });
  });

  it('turns NFD text into NFC everywhere', () => {
    const nfd = Object.fromEntries(Object.entries(typical).map(([k, v]) => [k, v!.normalize('NFD')])) as RawRecordFields;
    const result = normalizeRecord(nfd);
    expect(result.ok && result.record.owner_name).toBe('Nguyễn Thị Hồng Nhung');
    expect(result.ok && result.record.address).toBe('Phường Láng Thượng, Quận Đống Đa, Hà Nội');
    expect(result.ok && result.record.color).toBe('Đỏ - Đen');
  });

  it('gives null for absent and blank fields', () => {
    const result = normalizeRecord({ record_id: 'HS1', plate: '   ' });
    expect(result).toEqual({
      ok: true,
      issues: [],
      record: {
        record_id: 'HS1', plate: null, chassis: null, engine: null, owner_name: null, owner_id: null,
        address: null, brand: null, model: null, color: null, registered_on: null,
      },
    });
  });

  it('keeps bad values as the station has them and lists the problems', () => {
    const result = normalizeRecord({
      record_id: 'HS2',
      plate: '29o-123.45',
      chassis: 'RLHJO6320BY123456',
      owner_name: 'Nguyen Van 2',
      owner_id: '12345',
      registered_on: '31/02/2020',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.plate).toBe('29O-123.45');
    expect(result.record.chassis).toBe('RLHJO6320BY123456'); // not corrected
    expect(result.record.owner_id).toBe('12345');
    expect(result.record.registered_on).toBe('31/02/2020');
    expect(result.issues.map((i) => i.field)).toEqual(['plate', 'chassis', 'owner_name', 'owner_id', 'registered_on']);
    expect(result.issues[1].message).toBe('Chassis number has the letter O at position 5, which a VIN never uses (probably 0).');
  });

  it('does not flag a VIN whose only fault is its check digit', () => {
    const result = normalizeRecord({ record_id: 'HS3', chassis: 'RLHJF6320BY123456' });
    expect(vinCheckDigitValid('RLHJF6320BY123456')).toBe(false);
    expect(result.ok && result.issues).toEqual([]);
  });

  it('flags text that was decoded with the wrong encoding', () => {
    const result = normalizeRecord({ record_id: 'HS4', owner_name: 'Nguy\ufffd\ufffdn' });
    expect(result.ok && result.issues[0]).toMatchObject({
      field: 'owner_name',
      message: 'Owner name contains characters that could not be read (the file may be in another encoding).',
    });
    // The screens say it in Vietnamese from the issue's code.
    const text = result.ok ? result.issues[0]?.text : undefined;
    expect(text && renderMessage(text, 'vi')).toBe('Tên chủ xe chứa ký tự không đọc được (tệp có thể dùng bảng mã khác).');
  });

  it.each([
    [{}, /no record id/],
    [{ record_id: '   ' }, /no record id/],
    [{ record_id: 'HS\u00015' }, /control characters/],
    [{ record_id: 'HS\ufffd5' }, /unreadable bytes/],
    [{ record_id: 'X'.repeat(65) }, /65 characters long; at most 64/],
  ])('rejects a row it cannot store: %j', (raw, message) => {
    const result = normalizeRecord(raw as RawRecordFields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe('record_id');
      expect(result.message).toMatch(message);
    }
  });

  it('trims and collapses the record id', () => {
    const result = normalizeRecord({ record_id: '  HS  77 ' });
    expect(result.ok && result.record.record_id).toBe('HS 77');
    expect(normalizeRecord({ record_id: 'X'.repeat(64) }).ok).toBe(true);
  });

  it('re-exports the comparison keys', () => {
    expect(canonicalPlateKey('29-B1 123.45')).toBe('29B112345');
    expect(serialKey('JF63E-1234567')).toBe('JF63E1234567');
  });
});
