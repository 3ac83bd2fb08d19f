import { describe, expect, it } from 'vitest';
import { CONFUSION_CLASSES, confusionFold, isConfusionPair, searchKey } from '../../../main/engine/lookup/fold';

describe('searchKey', () => {
  it('ignores case, spaces, dots, dashes and slashes', () => {
    expect(searchKey('29a-123.45')).toBe('29A12345');
    expect(searchKey('29-B1 123.45')).toBe('29B112345');
    expect(searchKey(' 41-291-NG-01 ')).toBe('41291NG01');
    expect(searchKey('JF63E – 1234567')).toBe('JF63E1234567');
    expect(searchKey('HS/2024/001')).toBe('HS2024001');
  });

  it('reads Đ as D and drops diacritics in NFC and NFD alike', () => {
    expect(searchKey('29-MĐ1 123.45')).toBe('29MD112345');
    expect(searchKey('29tđ-123.45')).toBe('29TD12345');
    const nfc = 'Nguyễn Thị Ánh';
    expect(searchKey(nfc)).toBe('NGUYENTHIANH');
    expect(searchKey(nfc.normalize('NFD'))).toBe('NGUYENTHIANH');
  });

  it('turns full-width characters pasted from other tools into plain ones', () => {
    expect(searchKey('２９Ａ－１２３．４５')).toBe('29A12345');
  });
});

describe('confusionFold', () => {
  it('maps every OCR-confusable character to its class representative', () => {
    expect(confusionFold('0ODQ')).toBe('0000');
    expect(confusionFold('1IL7')).toBe('1111');
    expect(confusionFold('2Z5S6G8B')).toBe('22556688');
    expect(confusionFold('AHKX349')).toBe('AHKX349');
  });

  it('keeps the confusion table in one place that explains differences', () => {
    expect(CONFUSION_CLASSES.map((c) => c[0])).toEqual(['0', '1', '2', '5', '6', '8']);
    expect(isConfusionPair('O', '0')).toBe(true);
    expect(isConfusionPair('B', '8')).toBe(true);
    expect(isConfusionPair('B', 'S')).toBe(false);
    expect(isConfusionPair('0', '0')).toBe(false);
  });
});
