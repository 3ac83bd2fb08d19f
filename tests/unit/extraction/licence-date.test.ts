import { describe, expect, it } from 'vitest';
import { findCardValues } from '../../../main/engine/extraction/licence/licence-fields';
import { findLicenceDate } from '../../../main/engine/extraction/licence/licence-date';
import type { OcrLine } from '../../../main/engine/ocr/ocr-lines';

/** One OCR line as tesseract gives it: its words with boxes. */
function line(text: string): OcrLine {
  let x = 0;
  const words = text.split(' ').filter(Boolean).map((w) => {
    const box = { x0: x, y0: 0, x1: x + w.length * 12, y1: 30 };
    x = box.x1 + 12;
    return { text: w, confidence: 90, box };
  });
  return { text: words.map((w) => w.text).join(' '), box: { x0: 0, y0: 0, x1: x, y1: 30 }, words };
}

const birth = (text: string): string | undefined => findCardValues([line(text)]).find((v) => v.field === 'birth_date' && v.method !== 'invalid')?.value;

describe('a licence date as OCR reads it off a card', () => {
  it('keeps the tens digit of a day OCR read as a letter (I2/03 is the 12th, not the 2nd)', () => {
    expect(findLicenceDate('I2/03/1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('Ngày sinh: l1-05-1970')?.value).toBe('1970-05-11');
    expect(findLicenceDate('O7.11.1962')?.value).toBe('1962-11-07');
    expect(birth('Sinh ngày: I2/03/1985')).toBe('1985-03-12');
  });

  it('reads the written-out date with letters for digits, its marks folded or its "ngày" lost', () => {
    expect(findLicenceDate('ngày l2 tháng O3 năm 1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('NGÀY 12 THÁNG 03 NĂM l985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('Sinh ngày: 12 tháng 03 năm 1985')?.value).toBe('1985-03-12');
    expect(birth('Sinh ngày: 12 tháng 3 năm 1985')).toBe('1985-03-12');
    // The written date is still a calendar date or nothing.
    expect(findLicenceDate('ngày 31 tháng 02 năm 1985')).toBeNull();
  });

  it('reads a date whose separators OCR read as bars, long dashes, spaces or a 1', () => {
    expect(findLicenceDate('12|03|1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('12–03–1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('12 03 1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('12103/1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('12/0311985')?.value).toBe('1985-03-12');
    expect(birth('Date of birth: 05 11 1979')).toBe('1979-11-05');
  });

  it('reads a date typed over the dotted line a paper form prints for it', () => {
    expect(findLicenceDate('Sinh ngày ....12.... tháng ...03... năm ..1985..')?.value).toBe('1985-03-12');
    expect(findLicenceDate('ngày…05…tháng…11…năm…1979')?.value).toBe('1979-11-05');
    expect(birth('Sinh ngày: ....O7.... tháng ....11.... năm ..1962..')).toBe('1962-11-07');
  });

  it('finds a value typed a little above its label\'s line, which OCR gives as a line of its own', () => {
    const word = (text: string, x: number, y: number) => ({ text, confidence: 90, box: { x0: x, y0: y, x1: x + text.length * 12, y1: y + 30 } });
    const at = (y: number, ...words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), box: { x0: words[0]!.box.x0, y0: y, x1: words[words.length - 1]!.box.x1, y1: y + 30 }, words });
    const found = findCardValues([
      at(0, word('Họ', 0, 0), word('tên:', 40, 0), word('LÊ', 200, 0), word('VĂN', 240, 0), word('AN', 290, 0)),
      at(46, word('12/03/1985', 200, 46)),
      at(60, word('Sinh', 0, 60), word('ngày:', 60, 60)),
      at(120, word('Quốc', 0, 120), word('tịch:', 60, 120), word('Việt', 200, 120), word('Nam', 260, 120)),
    ]);
    expect(found.find((v) => v.field === 'birth_date')).toMatchObject({ value: '1985-03-12', method: 'label' });
    // A line a full line above is the value of another label, never this one's.
    const far = findCardValues([
      at(0, word('Sinh', 0, 0), word('ngày:', 60, 0), word('12/03/1985', 200, 0)),
      at(60, word('Ngày', 0, 60), word('cấp:', 60, 60)),
    ]);
    expect(far.filter((v) => v.field === 'issued_on' && v.method !== 'invalid')).toEqual([]);
  });

  it('knows the birth label "Ngày, tháng, năm sinh" with its "sinh" lost to glare, but not the issue\'s or a written date', () => {
    expect(birth('Ngày. tháng, nan 15-07-1965')).toBe('1965-07-15');
    expect(birth('Ngày, tháng, năm cấp: 15/07/2005')).toBeUndefined();
    expect(birth('Hà Nội, ngày 11 tháng 01 năm 2011')).toBeUndefined();
  });

  it('reads two dates printed side by side apart, and takes the earlier of two unlabelled dates after the birth for the issue date', () => {
    expect(findLicenceDate('Expires: 25.08.2010 25.08.2005')?.value).toBe('2010-08-25');
    expect(birth('Ngày sinh/Date of birth: 11.05.1984 012072592654')).toBe('1984-05-11');
    const card = (...texts: string[]): Record<string, string> =>
      Object.fromEntries(findCardValues(texts.map((t, i) => ({ ...line(t), box: { x0: 0, y0: i * 40, x1: 900, y1: i * 40 + 30 } }))).map((v) => [v.field, v.value]));
    expect(card('Ngày sinh/Date of birth: 11.05.1984', 'Hạng/Class: E Có giá trị đến/Expires: 25.08.2010 25.08.2005')).toMatchObject({ issued_on: '2005-08-25' });
    // One such date alone may be the expiry: no issue date is claimed.
    expect(card('Ngày sinh/Date of birth: 11.05.1984', 'Hạng/Class: B2 14.03.2021').issued_on).toBeUndefined();
  });

  it('still takes no number for a date: a licence number, eight bare digits, two slashes read as 1', () => {
    expect(findLicenceDate('1210311985')).toBeNull();
    expect(findLicenceDate('012103119850')).toBeNull();
    expect(findLicenceDate('23071984')).toBeNull();
    expect(findLicenceDate('I2-O3-I985')).toBeNull();
  });
});
