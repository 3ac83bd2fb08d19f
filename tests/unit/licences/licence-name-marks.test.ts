import { describe, expect, it } from 'vitest';
import { restoreNameMarks } from '../../../main/engine/extraction/licence/name-syllables';
import { collapseDoubledVowels, finishHolderName, marksAgreed, voteName } from '../../../main/engine/extraction/licence/holder-name-read';

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

  it('lets the reads that give a name outvote a mark one read invented that makes no name', () => {
    // One read put a dot under CHI (Chị is no name); four read Chi.
    expect(voteName(['HOÀNG MINH CHỊ', 'HOÀNG MINH CHI', 'HOÀNG MINH CHI', 'HOÀNG MINH CHI'])).toBe('HOÀNG MINH CHI');
    // No read gave a name: QUAN lost the circumflex, QUẦN invented a grave; Quân is the one name both fit.
    expect(voteName(['TRAN MINH QUAN', 'TRAN MINH QUAN', 'TRAN MINH QUẦN'])).toBe('TRAN MINH QUÂN');
    // Marks that make a name are still believed when read once (YẾN, LÂM).
    expect(voteName(['HOÀNG YÊN', 'HOÀNG YÊN', 'HOÀNG YẾN'])).toBe('HOÀNG YẾN');
    expect(voteName(['NGUYỄN THANH LAM', 'NGUYỄN THANH LAM', 'NGUYỄN THANH LÂM'])).toBe('NGUYỄN THANH LÂM');
  });

  it('keeps a name no common-name list knows as read when two reads agree on its marks (Tịnh, Quyến)', () => {
    // Two reads saw the dot under TỊNH; three lost it. Tình is a common name, Tịnh a rarer one: the card's stays.
    expect(voteName(['PHẠM MAI TỊNH', 'PHẠM MAI TỊNH', 'PHAM MAI TINH', 'PHAM MAI TINH', 'PHAM MAI TINH'])).toBe('PHẠM MAI TỊNH');
    // Every read gave QUYẾN: it is not turned into the common Quyền; the family name still gets its marks.
    const reads = ['NGUYEN XUAN QUYẾN', 'NGUYÊN XUAN QUYẾN', 'NGUYÊN XUÂN QUYẾN', 'NGUYÊN XUÂN QUYẾN'];
    expect(finishHolderName(voteName(reads), marksAgreed(reads, voteName(reads)))).toBe('NGUYỄN XUÂN QUYẾN');
    // A mark read once is still open to the names' evidence.
    expect(finishHolderName('NGUYEN KHÁNH HANG', marksAgreed(['NGUYEN KHÁNH HANG'], 'NGUYEN KHÁNH HANG'))).toBe('NGUYỄN KHÁNH HẰNG');
  });

  it('keeps a syllable every read gave bare as read (CANH, no common name), spelling and the middle THỊ aside', () => {
    const finished = (reads: string[]): string => finishHolderName(voteName(reads), marksAgreed(reads, voteName(reads)));
    // Four reads, two of them with room for the marks above and below, saw no mark on CANH: it is not made CẢNH.
    expect(finished(['NGUYÊN NGỌC CANH', 'NGUYÊN NGỌC CANH', 'NGUYÊN NGỌC CANH', 'NGUYÊN NGỌC CANH'])).toBe('NGUYỄN NGỌC CANH');
    // Spelling still requires its circumflex (TIEN is no syllable), and a middle THI is THỊ.
    expect(finished(['LÊ THI TIEN', 'LÊ THI TIEN', 'LÊ THI TIEN'])).toBe('LÊ THỊ TIÊN');
    // Two reads are too few to tell a lost mark from none: the one common name the letters fit is given.
    expect(finished(['NGUYÊN NGỌC CANH', 'NGUYÊN NGỌC CANH'])).toBe('NGUYỄN NGỌC CẢNH');
    // A read that saw a mark is no bare read: the marks are voted as before.
    expect(finished(['TRAN MINH MANH', 'TRẦN MINH MẠNH', 'TRẦN MINH MANH', 'TRẦN MINH MANH'])).toBe('TRẦN MINH MẠNH');
  });

  it('reads a vowel a Vietnamese-only read gave twice, once with a tone of its own, as one vowel', () => {
    expect(collapseDoubledVowels('NGUYÊN XUÂN THIỀÊM')).toBe('NGUYÊN XUÂN THIÊM');
    expect(collapseDoubledVowels('PHẠAM THANH LÂM')).toBe('PHAM THANH LÂM');
    // ƯU in HỮU are two vowels, not one read twice.
    expect(collapseDoubledVowels('LÊ HỮU HUẾ')).toBe('LÊ HỮU HUẾ');
    // The doubled read no longer outvotes the reads of the name's letters.
    expect(voteName(['NGUYEN XUAN THIEM', 'NGUYÊN XUÂN THIỀÊM', 'NGUYẾN XUÂN THIỀÊM', 'NGUYÊN XUÂN THIÊM']).split(' ')[2]).toBe('THIÊM');
  });

  it('does not let a mark two reads invented outvote as many reads of a common name on the same letters', () => {
    // Two Vietnamese-only reads took a speck for the dot of DỤNG; two reads gave DUNG, a common name.
    expect(voteName(['TRAN MINH DUNG', 'TRẦN MINH DUNG', 'TRẦN MINH DỤNG', 'TRẦN MINH DỤNG'])).toBe('TRẦN MINH DUNG');
    // Three reads of KỶ against one of KỲ: the marks most reads agree on stay, common name or not.
    const reads = ['TRẦN MINH KỲ', 'TRẦN MINH KỶ', 'TRẦN MINH KỶ', 'TRẦN MINH KỶ'];
    expect(finishHolderName(voteName(reads), marksAgreed(reads, voteName(reads)))).toBe('TRẦN MINH KỶ');
  });

  it('takes no mark from a read no Vietnamese syllable is spelled like', () => {
    // TÚẤN carries two tones, which no syllable does: it is a misread, however many reads gave it.
    expect(voteName(['LÊ VĂN TÚẤN', 'LÊ VĂN TÚẤN', 'LÊ VĂN TUẤN'])).toBe('LÊ VĂN TUẤN');
  });

  it('reads a capital V that no name starts so as the Y of the one name it then is (VẾN: YẾN), marks as read', () => {
    expect(restoreNameMarks('NGUYỄN HẢI VẾN')).toBe('NGUYỄN HẢI YẾN');
    expect(restoreNameMarks('LÊ YÂN')).toBe('LÊ VÂN');
    // Two reads agreeing on the marks keep them, not the blurred letter.
    expect(finishHolderName('NGUYỄN HẢI VẾN', marksAgreed(['NGUYỄN HẢI VẾN', 'NGUYỄN HẢI VẾN'], 'NGUYỄN HẢI VẾN'))).toBe('NGUYỄN HẢI YẾN');
    // A name as read, or one two names could be, stays.
    expect(restoreNameMarks('TRẦN VĂN YÊN')).toBe('TRẦN VĂN YÊN');
    expect(restoreNameMarks('LÊ YINH')).toBe('LÊ YINH');
  });
});

