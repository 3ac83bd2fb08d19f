import { describe, expect, it } from 'vitest';
import { addressTokens, sameValue } from '../../../main/engine/review/compare';

describe('comparing paper and record values', () => {
  it('serials and plates compare exactly after canonicalisation, so an OCR confusion is a difference', () => {
    expect(sameValue('chassis', 'rlhjf632-0by 123456', 'RLHJF6320BY123456')).toBe(true);
    expect(sameValue('chassis', 'RLHJF632DBY123456', 'RLHJF6320BY123456')).toBe(false);
    expect(sameValue('engine', 'JF63E-1234567', 'JF63E1234567')).toBe(true);
    expect(sameValue('plate', '29-B1 123.45', '29B112345')).toBe(true);
    expect(sameValue('plate', '29-B1 123.45', '29-B1 123.46')).toBe(false);
  });

  it('names compare without case or diacritics', () => {
    expect(sameValue('owner_name', 'NGUYEN THI HONG', 'Nguyễn Thị Hồng')).toBe(true);
    expect(sameValue('owner_name', 'Nguyễn Thị Hồng', 'Nguyễn Thị Hương')).toBe(false);
  });

  it('addresses compare by their words, abbreviations spelled out and order ignored', () => {
    expect(sameValue('address', 'Số 12, P. Mai Dịch, Q. Cầu Giấy, TP. Hà Nội', 'số 12 phường Mai Dịch quận Cầu Giấy thành phố Hà Nội')).toBe(true);
    expect(sameValue('address', 'Số 12, phường Mai Dịch', 'Số 21, phường Mai Dịch')).toBe(false);
  });

  it('a long address read with a few letters of noise is the same place; another ward, street or number is not', () => {
    const record = 'Thôn Lỗ Giao, xã Thuỵ Lâm, huyện Gia Lâm, Hà Nội';
    expect(sameValue('address', 'Thôn LôTGiao, xã Thuy Lâm, huyện Gia Lâm, Hà Nội', record)).toBe(true);
    expect(sameValue('address', 'Thôn Lỗ Giao, xã Phù Đổng, huyện Gia Lâm, Hà Nội', record)).toBe(false);
    expect(sameValue('address', 'Số 84, phố Giải Phóng, phường Láng Hạ, Hà Nội', 'Số 84, phố Giải Phóng, phường Láng Thượng, Hà Nội')).toBe(false);
    expect(sameValue('address', 'Số 84, phố Giải Phóng, phường Láng Hạ, Hà Nội', 'Số 86, phố Giải Phóng, phường Láng Hạ, Hà Nội')).toBe(false);
    expect(sameValue('address', 'Số 84, phố Giai Phòng, phường Lang Ha, Hà Nội', 'Số 84, phố Giải Phóng, phường Láng Hạ, Hà Nội')).toBe(true);
    expect(addressTokens('Q. 3, TP. HCM')).toEqual(['3', 'chi', 'ho', 'minh', 'pho', 'quan', 'thanh']);
  });

  it('dates compare by the day they name, however written', () => {
    expect(sameValue('registered_on', '07/01/2009', '2009-01-07')).toBe(true);
    expect(sameValue('registered_on', '7/1/2009', '2009-01-07')).toBe(true);
    expect(sameValue('registered_on', '01/07/2009', '2009-01-07')).toBe(false);
  });

  it('citizen IDs compare by their digits', () => {
    expect(sameValue('owner_id', '001 089 123 456', '001089123456')).toBe(true);
    expect(sameValue('owner_id', '001089123456', '001089123465')).toBe(false);
  });
});
