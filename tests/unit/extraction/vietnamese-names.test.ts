import { describe, expect, it } from 'vitest';
import { capitaliseStart, finishOwnerName, restoreFamilyName, restoreStopTones, restoreSwappedTones, titleCaseName } from '../../../main/engine/extraction/vietnamese-names';

describe('owner names as registers hold them', () => {
  it('writes a name printed in capitals in title case, marks kept', () => {
    expect(titleCaseName('TRẦN ĐỨC HÙNG')).toBe('Trần Đức Hùng');
    expect(titleCaseName('huỳnh thu thảo')).toBe('Huỳnh Thu Thảo');
  });

  it('restores the marks of a family name read bare when only one family name folds to it', () => {
    expect(restoreFamilyName('NGUYEN MINH HƯƠNG')).toBe('NGUYỄN MINH HƯƠNG');
    expect(restoreFamilyName('Dang Van Long')).toBe('Đặng Van Long');
    expect(finishOwnerName('NGUYEN THANH NGHĨA')).toBe('Nguyễn Thanh Nghĩa');
  });

  it('restores a long family name read one letter off when only one family name is that near', () => {
    expect(restoreFamilyName('Nguyéh Minh Hằng')).toBe('Nguyễn Minh Hằng');
    expect(restoreFamilyName('TRUONG VĂN AN')).toBe('TRƯƠNG VĂN AN');
    // "Xuong" is one letter from both Dương and Lương, "Thân" too short to judge: neither is guessed.
    expect(restoreFamilyName('Xuong Văn An')).toBe('Xuong Văn An');
    expect(restoreFamilyName('Thân Văn An')).toBe('Thân Văn An');
  });

  it('never touches a family name that already has marks, is unknown, or is the whole value', () => {
    expect(restoreFamilyName('Hà Văn Nam')).toBe('Hà Văn Nam');
    expect(restoreFamilyName('Ha Van Nam')).toBe('Ha Van Nam'); // Hà or Hạ: not guessed
    expect(restoreFamilyName('Smith John')).toBe('Smith John');
    expect(restoreFamilyName('Nguyen')).toBe('Nguyen');
  });

  it('starts an address with a capital', () => {
    expect(capitaliseStart('số 82, ngõ 206, phố Hoàng Quốc Việt')).toBe('Số 82, ngõ 206, phố Hoàng Quốc Việt');
  });
});

describe('marks lost on capitals', () => {
  it('gives a stop-final syllable read with no tone the one common name syllable it can be', () => {
    expect(finishOwnerName('VŨ TIẾN ĐAT')).toBe('Vũ Tiến Đạt');
    expect(restoreStopTones('Tran Ngoc Anh')).toBe('Tran Ngọc Anh');
    // A toneless syllable that may exist as read is left alone, and so is an unknown stop-final one.
    expect(restoreStopTones('Lê Văn Thanh')).toBe('Lê Văn Thanh');
    expect(restoreStopTones('Lê Văn Nhat')).toBe('Lê Văn Nhat');
  });

  it('gives a given or middle syllable the marks only one common name can have, in capitals or a hand alike; a name as read stays', () => {
    expect(finishOwnerName('Lý Minh Quynh')).toBe('Lý Minh Quỳnh');
    expect(finishOwnerName('LE THE KHANH')).toBe('Lê Thế Khanh');
    // Tiên is a name itself (and Tiến): never guessed; Yen may be Yến or Yên: left as read.
    expect(finishOwnerName('Lý Tiên Thắng')).toBe('Lý Tiên Thắng');
    expect(finishOwnerName('Hồ Minh Yen')).toBe('Hồ Minh Yen');
  });

  it('reads a given or middle word no syllable can be as the one common name a letter away ("Mink": Minh), and leaves a word two names or none fit', () => {
    expect(finishOwnerName('Hồ Mink Yến')).toBe('Hồ Minh Yến');
    expect(finishOwnerName('PHAM MINK THAO')).toBe('Phạm Minh Thảo');
    expect(finishOwnerName('Trần Thrk Bình')).toBe('Trần Thrk Bình');
    // A syllable as read, a name or not, is never replaced.
    expect(finishOwnerName('Nguyễn Vam An')).toBe('Nguyễn Vam An');
  });

  it('restores a family name read with the wrong mark', () => {
    expect(finishOwnerName('Nguyên Thị Hương')).toBe('Nguyễn Thị Hương');
  });
});

describe('restoreSwappedTones', () => {
  it('gives a common name back the tone a capital lost to its twin (sắc/huyền)', () => {
    expect(restoreSwappedTones('HỒ ĐỨC TUẦN')).toBe('HỒ ĐỨC TUẤN');
    expect(restoreSwappedTones('Bùi Tiền Hùng')).toBe('Bùi Tiến Hùng');
    expect(finishOwnerName('HỒ ĐỨC TUẦN')).toBe('Hồ Đức Tuấn');
  });

  it('leaves names that exist as read, and pairs where both twins are names', () => {
    expect(restoreSwappedTones('Nguyễn Thị Hiền')).toBe('Nguyễn Thị Hiền');
    expect(restoreSwappedTones('Lê Văn Tuyến')).toBe('Lê Văn Tuyến');
    expect(restoreSwappedTones('Lê Văn Tuyền')).toBe('Lê Văn Tuyền');
    expect(restoreSwappedTones('Trần Hồ')).toBe('Trần Hồ');
  });
});
