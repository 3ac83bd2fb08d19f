import { describe, expect, it } from 'vitest';
import { canonicalPlateKey, normalizePlate, readPlate } from '../../../main/engine/records/plate';
import { renderMessage } from '../../../main/engine/domain/messages/render';

describe('plates', () => {
  it.each([
    // cars
    ['29A-123.45', '29A-123.45'],
    ['29a12345', '29A-123.45'],
    ['29A 123 45', '29A-123.45'],
    ['  29A-12345 ', '29A-123.45'],
    ['29A-1234', '29A-1234'],
    ['29A1234', '29A-1234'],
    ['29LD-123.45', '29LD-123.45'],
    ['29ld12345', '29LD-123.45'],
    ['29TĐ-123.45', '29TĐ-123.45'],
    ['29R-012.34', '29R-012.34'],
    // motorcycles
    ['29-B1 123.45', '29-B1 123.45'],
    ['29B112345', '29-B1 123.45'],
    ['29-B1-123.45', '29-B1 123.45'],
    ['29 B1 12345', '29-B1 123.45'],
    ['29-B1 1234', '29-B1 1234'],
    ['29B1-1234', '29-B1 1234'],
    ['29-A1 2345', '29-A1 2345'],
    ['29-HA 002.33', '29-HA 002.33'],
    ['29HA00233', '29-HA 002.33'],
    ['29-MĐ1 123.45', '29-MĐ1 123.45'],
    ['29mđ112345', '29-MĐ1 123.45'],
    // diplomatic
    ['41-291-NG-01', '41-291-NG-01'],
    ['41291NG01', '41-291-NG-01'],
    ['80-NG-123-45', '80-NG-123-45'],
    ['80NG12345', '80-NG-123-45'],
  ])('reads %j as %s', (typed, display) => {
    expect(normalizePlate(typed)).toEqual({ ok: true, plate: display });
  });

  it('takes 29A12345 as the modern car plate unless the separators say otherwise', () => {
    expect(normalizePlate('29A12345').plate).toBe('29A-123.45');
    expect(normalizePlate('29-A1 2345').plate).toBe('29-A1 2345');
    expect(normalizePlate('29A1-2345').plate).toBe('29-A1 2345');
  });

  it.each([
    ['29O-123.45', /letter O in its series, which plates never use \(probably 0\)/],
    ['29I-123.45', /letter I .*\(probably 1\)/],
    ['05A-123.45', /province code 05, but plate codes run from 11 to 99/],
    ['29A-12', /not in a Vietnamese plate format/],
    ['ABC', /not in a Vietnamese plate format/],
    ['29A-123.45.6', /not in a Vietnamese plate format/],
    ['XE CHƯA ĐĂNG KÝ', /not in a Vietnamese plate format/],
  ])('keeps %j as typed, with an issue', (typed, issue) => {
    const result = normalizePlate(typed);
    expect(result.ok).toBe(false);
    expect(result.plate).toBe(typed.toUpperCase());
    if (!result.ok) expect(renderMessage(result.issue, 'en')).toMatch(issue);
  });

  it('uppercases and collapses spaces in a plate it cannot read', () => {
    expect(normalizePlate(' xe   tạm  ').plate).toBe('XE TẠM');
  });

  it('compares plates without separators, with Đ as D', () => {
    expect(canonicalPlateKey('29-B1 123.45')).toBe('29B112345');
    expect(canonicalPlateKey('29b1-123 45')).toBe('29B112345');
    expect(canonicalPlateKey('29-MĐ1 123.45')).toBe(canonicalPlateKey('29-MD1 12345'));
    expect(canonicalPlateKey('29TĐ-123.45'.normalize('NFD'))).toBe('29TD12345');
  });

  it('gives the same answer on its fast path as the general reader', () => {
    const letters = 'ABCDEFGHKLMNPRSTUVXYZ';
    const samples: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const province = String(10 + (i % 90)).padStart(2, '0');
      const a = letters[i % letters.length];
      const b = letters[(i * 7) % letters.length];
      const number = i % 3 === 0 ? String(i % 10000).padStart(4, '0') : `${String(i % 1000).padStart(3, '0')}.${String(i % 100).padStart(2, '0')}`;
      samples.push(`${province}${a}-${number}`, `${province}-${a}${i % 10} ${number}`, `${province}-${a}${b} ${number}`, `${province}${a}${b}-${number}`);
    }
    samples.push('80-NG 123.45', '29-A 123.45', '29-A 1234', '29-LD 123.45', '29-QT 123.45');
    for (const typed of samples) expect(normalizePlate(typed), typed).toEqual(readPlate(typed));
  });
});
