import { describe, expect, it } from 'vitest';
import { findFieldValue } from '../../../main/engine/extraction/field-grammar';

const value = (field: Parameters<typeof findFieldValue>[0], text: string): string | null => findFieldValue(field, text)?.value ?? null;

describe('field grammar: what a value of each field can look like on paper', () => {
  it('cuts a plate out of its line and keeps the electric-motorbike MĐ series', () => {
    expect(value('plate', '65B-865.83 Ngày đăng ký: 27/05/2008')).toBe('65B-865.83');
    expect(value('plate', '29-MĐ1 234.56')).toBe('29-MĐ1 234.56');
    expect(value('plate', '30A-567.89')).toBe('30A-567.89');
    // A series letter never I or O: a read's I after the series letter is the digit 1.
    expect(value('plate', '33-YI 033.61')).toBe('33-Y1 033.61');
    expect(value('plate', 'Hà Nội, ngày 12 tháng 8')).toBeNull();
  });

  it('takes a VIN only with real digits, fixing only letters a VIN never holds', () => {
    expect(value('chassis', 'RL4B3FE117T516219')).toBe('RL4B3FE117T516219');
    expect(value('chassis', 'RLHJF6320BYO23456')).toBe('RLHJF6320BY023456');
    // B, S, Z, G are legal VIN letters and stay as read.
    expect(value('chassis', 'RLHJF632BBYS23456')).toBe('RLHJF632BBYS23456');
    expect(value('chassis', '(Vehicle registration declaration)')).toBeNull();
    expect(value('chassis', 'VTTDC1234567')).toBe('VTTDC1234567');
  });

  it('joins an engine number split at its dash and refuses words', () => {
    expect(value('engine', 'JA39E- 9758076')).toBe('JA39E-9758076');
    expect(value('engine', '2NR-0227784 Năm sản xuất')).toBe('2NR-0227784');
    expect(value('engine', 'HONDA SRG He 0a pric')).toBeNull();
  });

  it('accepts a 12-digit CCCD with a real province code or a 9-digit CMND, nothing else', () => {
    expect(value('owner_id', '001185012345')).toBe('001185012345');
    expect(value('owner_id', '0011 8501 2345')).toBe('001185012345');
    expect(value('owner_id', '419437685')).toBe('419437685');
    expect(value('owner_id', '999185012345')).toBeNull();
    expect(value('owner_id', '0912345678')).toBeNull();
  });

  it('reads an ID printed in groups or with a digit OCR took for its look-alike letter, not a word', () => {
    expect(value('owner_id', 'Thẻ căn cước: 036.065.126.983 cấp ngày')).toBe('036065126983');
    expect(value('owner_id', '036 065 126 983')).toBe('036065126983');
    expect(value('owner_id', '036O65l26983')).toBe('036065126983');
    expect(value('owner_id', '03B0S5126983')).toBe('038055126983');
    expect(value('owner_id', '0l2345678')).toBe('012345678');
    // Letters side by side, or more than a CMND's one, are a word beside a number, not a misread digit.
    expect(value('owner_id', '0365BS126983')).toBeNull();
    expect(value('owner_id', '0S23B5678')).toBeNull();
  });

  it('reads dates in both written forms', () => {
    expect(value('registered_on', '02/05/2019')).toBe('2019-05-02');
    expect(value('registered_on', 'ngày 15 tháng 10 năm 2008')).toBe('2008-10-15');
    expect(value('registered_on', '31/02/2019')).toBeNull();
  });

  it('joins an engine number whose dash a leader doubled ("JF45E- -2482034")', () => {
    expect(value('engine', '_JF45E- -2482034 CC . B')).toBe('JF45E-2482034');
    // A dot and a speck after it are no part of an engine number.
    expect(value('engine', '814D-558905 . 0')).toBe('814D-558905');
  });

  it('joins an engine number whose digits a gap split ("JA39E-05117 47"), never a whole serial and a number after it', () => {
    expect(value('engine', 'JA39E-05117 47')).toBe('JA39E-0511747');
    expect(value('engine', 'JF63E-1234567 125')).toBe('JF63E-1234567');
  });

  it('takes no misread as a name: letters Vietnamese does not write, or too few real syllables', () => {
    expect(value('owner_name', 'Wo Oo I Hung Atl')).toBeNull();
    expect(value('owner_name', 'Nguyen Thi Hương')).toBe('Nguyen Thi Hương');
    expect(value('owner_name', 'Ngxy Thrk Hương')).toBeNull();
  });

  it('takes a name whose marks the read lost or misplaced: its syllables are syllables once marked ("Yen" for Yến, "NGUYEN")', () => {
    expect(value('owner_name', 'He Mink Yen')).toBe('He Mink Yen');
    expect(value('owner_name', 'NGUYEN VAN TUYEN')).toBe('NGUYEN VAN TUYEN');
    expect(value('owner_name', 'Duong Mink Yén')).toBe('Duong Mink Yén');
    expect(value('owner_name', 'Mink Thrk Yen')).toBeNull();
  });

  it('takes no scrap for a model or an address: a short lower-case remnant, a lone gloss', () => {
    expect(value('model', 'oo')).toBeNull();
    expect(value('model', 'SH')).toBe('SH');
    expect(value('model', 'vision')).toBe('vision');
    expect(value('address', 'Address)')).toBeNull();
    expect(value('address', 'Hà Nội')).toBe('Hà Nội');
  });

  it('reads a date the way OCR leaves it: marks dropped, O for 0, l or | for 1, ISO order', () => {
    expect(value('registered_on', 'Ngay 2O thang l2 nam 2016')).toBe('2016-12-20');
    expect(value('registered_on', ': l6/O8/2O19.')).toBe('2019-08-16');
    expect(value('registered_on', '2021-01-25')).toBe('2021-01-25');
    expect(value('registered_on', '37-88265.74 20022016')).toBeNull();
  });

  it('cuts brand, colour and model clean from the noise around them', () => {
    expect(value('brand', 'HONDA SRG He 0a pric sini Silesian ss oo')).toBe('HONDA');
    expect(value('brand', 'Yamaha')).toBe('YAMAHA');
    expect(value('color', 'Đỏ-Đen ......')).toBe('Đỏ - Đen');
    expect(value('color', 'Trang')).toBe('Trắng');
    expect(value('color', 'Xanh lam')).toBe('Xanh lam');
    expect(value('color', '125 cm3')).toBeNull();
    // Đ read as P in a second colour after a dash is still that colour; a lone three-letter misread is not.
    expect(value('color', 'Do’- Pen  -')).toBe('Đỏ - Đen');
    expect(value('color', 'Xanh Pen')).toBe('Xanh');
    // Before a dash and a colour, a two-letter word one vowel off a colour with its first letter ("De" for Đỏ).
    expect(value('color', 'De - Den')).toBe('Đỏ - Đen');
    expect(value('color', 'Ne - Den')).toBe('Đen');
    expect(value('model', 'AIR BLADE. II')).toBe('AIR BLADE');
  });

  it('takes a name of Vietnamese syllables and not a line of junk', () => {
    expect(value('owner_name', 'Nguyễn Thị Hương 1990')).toBe('Nguyễn Thị Hương');
    expect(value('owner_name', 'PHAN CÔNG ANH')).toBe('PHAN CÔNG ANH');
    expect(value('owner_name', 'NANT TN AAT (0e SN')).toBeNull();
  });

  it('ends a name written in capitals at a lower-case word (the next label\'s scraps), and keeps a small middle name', () => {
    expect(value('owner_name', 'Nguyễn Thị Hằng in Ni sinh co')).toBe('Nguyễn Thị Hằng');
    expect(value('owner_name', 'Đặng Hoài Trang on')).toBe('Đặng Hoài Trang');
    expect(value('owner_name', 'VŨ ĐỨC QUÝ nu CỐ')).toBe('VŨ ĐỨC QUÝ');
    expect(value('owner_name', 'Nguyễn văn An')).toBe('Nguyễn văn An');
    expect(value('owner_name', 'nguyễn văn an')).toBe('nguyễn văn an');
  });

  it('takes a name whose first word a stray quote mark touches', () => {
    expect(value('owner_name', '‘DANG DIEU HƯƠNG .')).toBe('DANG DIEU HƯƠNG');
  });

  it('takes an apostrophe after a name\'s last vowel as the hook above it, never as the end of the name', () => {
    expect(value('owner_name', 'Trần Minh Thuy’')).toBe('Trần Minh Thuỷ');
    expect(value('owner_name', "Lê Văn Ha'")).toBe('Lê Văn Hả');
    // A word that already carries a tone, or a consonant before the mark, is not guessed at.
    expect(value('owner_name', 'Nguyễn Thị Thá’')).toBe('Nguyễn Thị');
  });
});
