import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, VIETNAMESE_LOWER } from '../../../main/engine/text/alphabet';
import { isVietnameseSyllable } from '../../../main/engine/text/syllable';
import { cleanText, foldVietnamese, isCertainlyNfc, isCleanText, toNfc } from '../../../main/engine/text/vietnamese';

describe('Vietnamese text helpers', () => {
  it('knows all 134 precomposed letters outside ASCII', () => {
    expect(VIETNAMESE_LETTERS.size).toBe(134);
    expect(VIETNAMESE_LOWER).toContain('ự');
    expect(VIETNAMESE_LETTERS.has('Ỵ')).toBe(true);
    expect(VIETNAMESE_LETTERS.has('ñ')).toBe(false);
  });

  it('turns NFD names into NFC', () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hồng Nhung');
    expect(toNfc(nfd)).toBe('Nguyễn Thị Hồng Nhung');
  });

  it('only skips normalisation for characters NFC can never change', () => {
    // The fast path must be exactly right: check every code point it trusts against ICU.
    const trusted: number[] = [];
    for (let c = 0; c < 0x300; c++) trusted.push(c);
    for (let c = 0x1e00; c <= 0x1eff; c++) trusted.push(c);
    for (const c of trusted) {
      const ch = String.fromCharCode(c);
      expect(isCertainlyNfc(ch)).toBe(true);
      expect(ch.normalize('NFC')).toBe(ch);
      // nor does it compose with a trusted neighbour
      expect(`a${ch}`.normalize('NFC')).toBe(`a${ch}`);
    }
    expect(isCertainlyNfc('e\u0302\u0301')).toBe(false);
  });

  it('collapses every kind of whitespace and trims', () => {
    expect(cleanText('  Nguyễn\tVăn \u00a0 An\n')).toBe('Nguyễn Văn An');
    expect(cleanText('Lê  Thị'.normalize('NFD'))).toBe('Lê Thị');
    expect(cleanText('Hà Nội')).toBe('Hà Nội');
    expect(isCleanText('Hà Nội')).toBe(true);
    expect(isCleanText(' Hà Nội')).toBe(false);
    expect(isCleanText('Hà\u00a0Nội')).toBe(false);
    expect(isCleanText('Hà\ufffdNội')).toBe(false);
  });

  it('folds case and diacritics for comparison, đ included', () => {
    expect(foldVietnamese('Nguyễn Thị Hồng Nhung')).toBe('nguyen thi hong nhung');
    expect(foldVietnamese('ĐỖ VĂN ĐẠT')).toBe('do van dat');
    expect(foldVietnamese('Phường Láng Thượng'.normalize('NFD'))).toBe('phuong lang thuong');
    expect(foldVietnamese('HS-00123')).toBe('hs-00123');
  });

  it('folds every character as normalising to NFD and dropping marks would, in any script', () => {
    const reference = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[đð]/g, 'd');
    for (let c = 0x80; c < 0x3000; c++) {
      const ch = `Ab${String.fromCharCode(c)}Z`;
      expect(foldVietnamese(ch), `U+${c.toString(16)}`).toBe(reference(ch));
    }
    for (const text of ['ΣΟΦΟΣ Nguyễn', 'Trần 한국 Đức', 'Lê 😀 Ánh', 'İSTANBUL Đặng', 'Ngô\u0301 Văn']) expect(foldVietnamese(text)).toBe(reference(text));
  });

  it('recognises Vietnamese syllables and rejects mojibake', () => {
    for (const word of ['Nguyễn', 'thượng', 'QUỐC', 'gì', 'giữa', 'khuya', 'Đống', 'Hà', 'nghiêng']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
    for (const word of ['NguyÔn', 'Nguyeãn', 'Hå', 'Thµnh', 'Viöt', 'Hànộ']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });
});
