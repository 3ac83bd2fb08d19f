import { describe, expect, it } from 'vitest';
import { restoreAddressMarks } from '../../../main/engine/extraction/address-marks';
import { findFieldValue } from '../../../main/engine/extraction/field-grammar';

describe('an address gets back the marks OCR dropped where its structure says what the word is', () => {
  it('restores the kind that opens each part and the province, in the case it was read in', () => {
    expect(restoreAddressMarks('SỐ 184, NGO 43, PHO LE DUAN, PHƯỜNG BACH KHOA, QUAN CAU GIAY, HÀ NỘI'))
      .toBe('SỐ 184, NGÕ 43, PHỐ LE DUAN, PHƯỜNG BACH KHOA, QUẬN CAU GIAY, HÀ NỘI');
    expect(restoreAddressMarks('Thôn Lỗ Giao, xã Đông Tiến, huyện Yên Phong, tinh Bắc Ninh')).toBe('Thôn Lỗ Giao, xã Đông Tiến, huyện Yên Phong, tỉnh Bắc Ninh');
    expect(restoreAddressMarks('Số 355, phố Lạc Long Quân, quận Hoàng Mai, Ha Noi')).toBe('Số 355, phố Lạc Long Quân, quận Hoàng Mai, Hà Nội');
    expect(restoreAddressMarks('so 5, duong 3/2, Ho Chi Minh')).toBe('số 5, đường 3/2, Hồ Chí Minh');
  });

  it('leaves names as read, and a street read with its own mark ("Quán Thánh") is no "quận"', () => {
    expect(restoreAddressMarks('12 Quán Thánh, Ba Dinh, Hà Nội')).toBe('12 Quán Thánh, Ba Dinh, Hà Nội');
    expect(restoreAddressMarks('Quan')).toBe('Quan');
  });

  it('is applied to every address the reader finds', () => {
    expect(findFieldValue('address', 'THON LO GIAO, XA DUNG TIEN, HUYEN GIA LAM, HA NOI')?.value).toBe('THÔN LO GIAO, XÃ DUNG TIEN, HUYỆN GIA LAM, HÀ NỘI');
  });
});
