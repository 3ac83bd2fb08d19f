import { describe, expect, it } from 'vitest';
import { restoreNameMarks } from '../../../main/engine/extraction/licence/name-syllables';
import { finishHolderName } from '../../../main/engine/extraction/licence/holder-name-read';

describe('marks a holder name printed in capitals cannot do without', () => {
  it('puts back a lost dot or circumflex where only one common name syllable fits the letters and the marks read', () => {
    expect(restoreNameMarks('ĐẶNG THANH MANH MINH')).toBe('ĐẶNG THANH MẠNH MINH');
    expect(restoreNameMarks('NGUYỄN DIÊU HÀ')).toBe('NGUYỄN DIỆU HÀ');
    expect(finishHolderName('NGUYEN KHÁNH HANG')).toBe('NGUYỄN KHÁNH HẰNG');
  });

  it('leaves a syllable that is a name as read, or that two names could be, and never touches title case', () => {
    // Lam and Yên are names themselves; THUY could be Thùy, Thúy or Thủy; HUNG Hùng or Hưng.
    expect(restoreNameMarks('NGUYỄN THANH LAM')).toBe('NGUYỄN THANH LAM');
    expect(restoreNameMarks('HOÀNG YÊN')).toBe('HOÀNG YÊN');
    expect(restoreNameMarks('TRỊNH THUY XUÂN')).toBe('TRỊNH THUY XUÂN');
    expect(restoreNameMarks('LÊ VĂN HUNG')).toBe('LÊ VĂN HUNG');
    // A mark read that no name has on those letters is kept as read (the officer sees what the card showed).
    expect(restoreNameMarks('LÊ VĂN MÃNH')).toBe('LÊ VĂN MÃNH');
    expect(restoreNameMarks('Đặng Thanh Manh')).toBe('Đặng Thanh Manh');
  });
});
