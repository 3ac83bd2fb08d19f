import { describe, expect, it } from 'vitest';
import { findCardValues, isFront } from '../../../main/engine/extraction/licence/licence-fields';
import { findLicenceDate } from '../../../main/engine/extraction/licence/licence-date';
import { findHolderName, findLicenceClass, findLicenceNo } from '../../../main/engine/extraction/licence/licence-grammar';
import { restoreRequiredCircumflex, voteName } from '../../../main/engine/extraction/licence/holder-name-read';
import { fuseLicenceReadings } from '../../../main/engine/extraction/licence/licence-fuse';
import type { OcrLine } from '../../../main/engine/ocr/ocr-lines';

/** OCR lines as tesseract gives them: words with boxes, one line per text row. */
function lines(...texts: string[]): OcrLine[] {
  return texts.map((text, row) => {
    let x = 0;
    const words = text.split(' ').filter(Boolean).map((w) => {
      const box = { x0: x, y0: row * 40, x1: x + w.length * 12, y1: row * 40 + 30 };
      x = box.x1 + 12;
      return { text: w, confidence: 90, box };
    });
    return { text: words.map((w) => w.text).join(' '), box: { x0: 0, y0: row * 40, x1: x, y1: row * 40 + 30 }, words };
  });
}

const values = (ls: OcrLine[]): Record<string, string> => Object.fromEntries(findCardValues(ls).map((v) => [v.field, v.value]));

describe('licence grammar on OCR-like text', () => {
  it('reads a 12-digit number with the letters OCR puts among digits, and keeps an old series number as printed', () => {
    expect(findLicenceNo('01294342O755')?.value).toBe('012943420755');
    expect(findLicenceNo('0129 4342 0755')?.value).toBe('012943420755');
    expect(findLicenceNo('AB 123456')?.value).toBe('AB 123456');
    expect(findLicenceNo('3080038155')?.value).toBe('3080038155');
    // Eight digits (a date without separators) or a word are not licence numbers.
    expect(findLicenceNo('27011969')).toBeNull();
    expect(findLicenceNo('NGUYEN')).toBeNull();
  });

  it('reads dates in every printed form as ISO, and refuses a day that does not exist', () => {
    expect(findLicenceDate('27/01/1969')?.value).toBe('1969-01-27');
    expect(findLicenceDate('23.10.1991')?.value).toBe('1991-10-23');
    expect(findLicenceDate('04/02/20 17')?.value).toBe('2017-02-04');
    expect(findLicenceDate('Hà Nội, ngày 19 tháng 11 năm 1997')?.value).toBe('1997-11-19');
    expect(findLicenceDate('31/02/2001')).toBeNull();
  });

  it('reads a date through the noise OCR puts in small print, where only a date can stand', () => {
    // A letter for a digit, a separator read as a comma or doubled, one separator lost.
    expect(findLicenceDate('Ngày sinh/Date of birth: 23/O7/1984')?.value).toBe('1984-07-23');
    expect(findLicenceDate(': l5.08.l985')?.value).toBe('1985-08-15');
    expect(findLicenceDate('08,01.1959')?.value).toBe('1959-01-08');
    expect(findLicenceDate('12//03/1985')?.value).toBe('1985-03-12');
    expect(findLicenceDate('2307/1984')?.value).toBe('1984-07-23');
    expect(findLicenceDate('23/071984')?.value).toBe('1984-07-23');
    // Still no date: too many letters (a word), a day that does not exist, eight bare digits.
    expect(findLicenceDate('lO/OS/l9BS')).toBeNull();
    expect(findLicenceDate('3O/O2/2001')).toBeNull();
    expect(findLicenceDate('23071984')).toBeNull();
  });

  it('reads, as a last resort, a day or month whose slashed zero OCR read as 8 or 9 (99/11/1986), and no other impossible day', () => {
    expect(findLicenceDate('Date of birth:99/11/1986', true)?.value).toBe('1986-11-09');
    expect(findLicenceDate('81/10/1965', true)?.value).toBe('1965-10-01');
    expect(findLicenceDate('89 .07 . 1987', true)?.value).toBe('1987-07-09');
    expect(findLicenceDate('15-85-1985', true)?.value).toBe('1985-05-15');
    // Not by default: a re-read of the place comes first (a 3 read as 8 is rarer than a slashed zero, but happens).
    expect(findLicenceDate('99/11/1986')).toBeNull();
    // A tens digit no zero reads as is no date; nor is the zeroed day when it does not exist (90/02 → 00/02).
    expect(findLicenceDate('45/10/1965', true)).toBeNull();
    expect(findLicenceDate('12/25/1985', true)).toBeNull();
    expect(findLicenceDate('90/02/1985', true)).toBeNull();
  });

  it('reads classes from the vocabulary, OCR\'s Al for A1 included, and stops at the next label', () => {
    expect(findLicenceClass(' D2 Có giá trị đến')?.value).toBe('D2');
    expect(findLicenceClass(' Al')?.value).toBe('A1');
    expect(findLicenceClass(' A1, B2')?.value).toBe('A1, B2');
    expect(findLicenceClass(' C1E')?.value).toBe('C1E');
    expect(findLicenceClass(' Loại xe')).toBeNull();
  });

  it('reads the shapes OCR gives a small class letter (Â for A, € for C, 81 for B1), never a word or a date', () => {
    expect(findLicenceClass(' Â Có giá trị đến/Expires: Không thời hạn')?.value).toBe('A');
    expect(findLicenceClass(' € tao giá tri đến/Expires: 13/06/2020')?.value).toBe('C');
    expect(findLicenceClass(' 81')?.value).toBe('B1');
    expect(findLicenceClass(' Có giá trị đến: 28/11/2015')).toBeNull();
  });

  it('takes a name in capitals and leaves label words and the next label out', () => {
    expect(findHolderName(' NGUYỄN ĐỨC HOÀNG')?.value).toBe('NGUYỄN ĐỨC HOÀNG');
    expect(findHolderName('Họ tên/Full name: HỒ VĂN AN')?.value).toBe('HỒ VĂN AN');
    expect(findHolderName(' Trần Minh Uyên')?.value).toBe('Trần Minh Uyên');
    expect(findHolderName(' x')).toBeNull();
  });

  it('keeps name syllables that fold like a label word (Quốc, Hằng, Sinh), and still stops at the labels themselves', () => {
    expect(findHolderName('Họ tên/Full name: NGUYỄN KHÁNH HẰNG')?.value).toBe('NGUYỄN KHÁNH HẰNG');
    // OCR lost the marks: HANG is still the name's last syllable, not the class label.
    expect(findHolderName(' NGUYEN KHANH HANG')?.value).toBe('NGUYEN KHANH HANG');
    expect(findHolderName(' NGUYỄN QUỐC HUY')?.value).toBe('NGUYỄN QUỐC HUY');
    expect(findHolderName(' TRẦN VĂN SINH')?.value).toBe('TRẦN VĂN SINH');
    // The same words printed as labels end the name.
    expect(findHolderName(' LÊ VĂN AN Hạng/Class: B2')?.value).toBe('LÊ VĂN AN');
    expect(findHolderName(' LÊ VĂN AN QUỐC TỊCH VIỆT NAM')?.value).toBe('LÊ VĂN AN');
    expect(findHolderName(' LÊ VĂN AN NGÀY SINH 12/03/1985')?.value).toBe('LÊ VĂN AN');
  });

  it('votes a name syllable by syllable for the read with most marks among reads that agree once folded', () => {
    expect(voteName(['NGUYEN ĐỨC HOANG', 'NGUYEN ĐỨC HOANG', 'NGUYEN ĐỨC HOÀNG'])).toBe('NGUYEN ĐỨC HOÀNG');
    expect(voteName(['p0 BÍCH LINH', 'ĐÔ BÍCH LINH', 'ĐỖ BÍCH LINH'])).toBe('ĐỖ BÍCH LINH');
    // A mark is believed when read: the reads that lost part of it back the one that saw it whole (YÊN backs YẾN)…
    expect(voteName(['HOÀNG YÊN', 'HOÀNG YÊN', 'HOÀNG YẾN'])).toBe('HOÀNG YẾN');
    // …while a different mark one read alone saw is outvoted by two reads that agree.
    expect(voteName(['ĐINH HOÀNG QUÂN', 'ĐINH HOÀNG QUÂN', 'ĐINH HOÀNG QUÁN'])).toBe('ĐINH HOÀNG QUÂN');
    // Two line re-reads that agree outvote the card's pass (which split DƯƠNG in two).
    expect(voteName(['DƯƠ NG THANH KIÊN', 'DƯƠNG THANH KIÊN', 'DƯƠNG THANH KIEN'])).toBe('DƯƠNG THANH KIÊN');
  });

  it('restores the circumflex Vietnamese spelling requires on a bare capital syllable, and only there', () => {
    expect(restoreRequiredCircumflex('LE QUANG XUAN MINH')).toBe('LE QUANG XUÂN MINH');
    expect(restoreRequiredCircumflex('TRAN THI HUYEN')).toBe('TRAN THI HUYÊN');
    // "Quan" and "Chau" are words as spelled; a syllable with a mark is left as read.
    expect(restoreRequiredCircumflex('QUAN MINH CHAU')).toBe('QUAN MINH CHAU');
    expect(restoreRequiredCircumflex('LÊ THỊ YẾN')).toBe('LÊ THỊ YẾN');
  });
});

describe('licence values found by their labels', () => {
  it('reads a PET card front, labels bilingual, class and expiry on one line, the issue date in the signed line', () => {
    const found = values(lines(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'GIẤY PHÉP LÁI XE / DRIVER\'S LICENSE',
      'Số/No: 012943420755',
      'Họ tên/Full name: NGUYỄN ĐỨC HOÀNG',
      'Ngày sinh/Date of birth: 27/01/1969',
      'Hạng/Class: D2 Có giá trị đến/Expires: 04/02/2027',
      'Hà Nội, ngày 04 tháng 02 năm 2017',
    ));
    expect(found).toEqual({ licence_no: '012943420755', full_name: 'NGUYỄN ĐỨC HOÀNG', birth_date: '1969-01-27', class: 'D2', issued_on: '2017-02-04' });
  });

  it('reads a paper licence whose OCR lost tones on labels, with the number under its label and a labelled issue date', () => {
    const found = values(lines(
      'Ho tén/Fu11 name: TRẦN MINH UYÊN',
      'Ngay, thang, nam sinh / Date of birth: 08.01.1959',
      'Hang / Class: A1',
      'Co gia tri den / Expires: Không thời hạn',
      'Ngày cấp / Issued on: 19.11.1997',
      'Giấy phép lái xe số:',
      '3450615228',
    ));
    expect(found).toEqual({ licence_no: '3450615228', full_name: 'TRẦN MINH UYÊN', birth_date: '1959-01-08', class: 'A1', issued_on: '1997-11-19' });
  });

  it('takes the class from its label, not from a street called Hàng … in the address', () => {
    const found = values(lines(
      'Nơi cư trú/Address: Số 271 Hàng Bạc, phường Tràng Tiền,',
      'quận Hoàn Kiếm, Hà Nội',
      'Hạng/Class: Â Có giá trị đến/Expires: Không thời hạn',
    ));
    expect(found.class).toBe('A');
  });

  it('takes a value printed under a long label from under the label\'s start, past noise that follows the label', () => {
    // The value stands under "Ngày", left of the word "sinh" the label was known by.
    expect(values(lines('Ngày, tháng, năm sinh / Date of birth:', '05-04-1969')).birth_date).toBe('1969-04-05');
    // "4 i" after the name label is noise, not a second label: the whole name below is the value.
    expect(values(lines('Ho tên; 4 i', 'HUYNH ĐỨC LAM')).full_name).toBe('HUYNH ĐỨC LAM');
  });

  it('reads the signed issue date when OCR put a mark on "ngày", and a name whose label OCR cut to "Họ:"', () => {
    expect(values(lines('Hà Nội, ngây 10 tháng 03 năm 2023')).issued_on).toBe('2023-03-10');
    expect(values(lines('GIẤY PHÉP LAI XE', 'Họ: NGUYEN THU DUNG', 'Sinh ngay: 19-03-1964')).full_name).toBe('NGUYEN THU DUNG');
  });

  it('never takes the expiry label\'s "Có" for a class, and keeps the empty place under the class label for a re-read', () => {
    const word = (text: string, x: number, row: number) => ({ text, confidence: 90, box: { x0: x, y0: row * 40, x1: x + text.length * 12, y1: row * 40 + 30 } });
    const line = (words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), box: { x0: words[0]!.box.x0, y0: words[0]!.box.y0, x1: 900, y1: words[0]!.box.y1 }, words });
    // Values under their labels; the lone class letter under "Hạng/Class:" was not read at all.
    const [klass] = findCardValues([
      line([word('Hạng/Class:', 0, 0), word('Có', 300, 0), word('giá', 340, 0), word('trị', 390, 0), word('đến/Expires:', 430, 0)]),
      line([word('08.10.2027', 310, 1)]),
    ]).filter((v) => v.field === 'class');
    expect(klass).toMatchObject({ method: 'invalid', value: '' });
    expect(klass!.words[0]!.box.x0).toBe(0);
    expect(klass!.words[0]!.box.x1).toBeLessThan(300);
    // Inline, the class unread: "Có" is no place for it.
    expect(findCardValues(lines('Hạng: Có giá trị đến: 28/11/2015')).filter((v) => v.field === 'class')).toEqual([]);
  });

  it('tells a card\'s back (the class table) from its front', () => {
    const back = findCardValues(lines('CÁC HẠNG XE ĐƯỢC ĐIỀU KHIỂN', 'Hạng/Class | Loại xe | Ngày trúng tuyển', 'A1 | Xe mô tô hai bánh | 12/05/2016'));
    expect(isFront(back)).toBe(false);
    expect(back.find((v) => v.field === 'birth_date')).toBeUndefined();
    // The table's first row (A1) is no class of the holder's: a front that says E is not outvoted by it.
    expect(back.find((v) => v.field === 'class')).toBeUndefined();
    expect(isFront(findCardValues(lines('Số/No: 012943420755')))).toBe(true);
  });

  it('takes a value from under its own label when another label shares the line (values under their labels)', () => {
    const word = (text: string, x: number, row: number) => ({ text, confidence: 90, box: { x0: x, y0: row * 40, x1: x + text.length * 12, y1: row * 40 + 30 } });
    const line = (words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), box: { x0: 0, y0: words[0]!.box.y0, x1: 900, y1: words[0]!.box.y1 }, words });
    const found = values([
      line([word('Hạng/Class:', 0, 0), word('Có', 300, 0), word('giá', 340, 0), word('trị', 390, 0), word('đến/Expires:', 430, 0)]),
      line([word('B', 10, 1), word('24/07/2032', 310, 1)]),
    ]);
    expect(found).toEqual({ class: 'B' });
  });

  it('finds a name and a birth date whose labels glare washed out: the capitals line, and the date 16 years before the others', () => {
    const found = values(lines('Số/No: 271925461473', 'HOÀNG HỒNG DIỆP', 'hirth', '16.02.1979', 'Hà Nội, ngày 02 tháng 11 năm 2019'));
    expect(found).toMatchObject({ licence_no: '271925461473', full_name: 'HOÀNG HỒNG DIỆP', birth_date: '1979-02-16', issued_on: '2019-11-02' });
  });

  it('keeps a labelled date that is no date as unreadable, never as a value', () => {
    const [v] = findCardValues(lines('Ngày sinh/Date of birth: 15-85-1985'));
    expect(v).toMatchObject({ field: 'birth_date', method: 'invalid', value: '15-85-1985' });
    const fused = fuseLicenceReadings([{ field: 'birth_date', text: v!.value, confidence: 0.9, page: 0, source: 'certificate', method: 'invalid' }]);
    expect(fused.birth_date).toBeNull();
  });

  it('keeps a labelled number of another length as read for the officer, unless the card shows a licence number elsewhere', () => {
    expect(values(lines('Số/No: 01104250425', 'Họ tên/Full name: LÊ VĂN AN'))).toMatchObject({ licence_no: '01104250425' });
    expect(values(lines('Số/No: 0110 4250 4258 9'))).toMatchObject({ licence_no: '0110425042589' });
    // A number of a licence number's length elsewhere on the card is its number; a date is no number.
    expect(values(lines('Số/No: 01104250425', '011042504258'))).toMatchObject({ licence_no: '011042504258' });
    expect(values(lines('Số/No: 12/03/1985')).licence_no).toBeUndefined();
    // Under its label (the label above its value): a digit doubled by OCR, 13 digits, kept for its re-read.
    expect(findCardValues(lines('Giấy phép lái xe số:', '7989924917386', 'Họ và tên / Full name:')).find((v) => v.field === 'licence_no'))
      .toMatchObject({ value: '7989924917386', method: 'below' });
  });

  it('takes the holder\'s name, not a heading OCR garbled, when the name label was lost ("Hoe:")', () => {
    const found = values(lines('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CTAN EDT AT VI', 'GIAY PREP lAI |', 'Hoe: NGUYEN QUANG TUAN', 'Sinh ngay: 06/10/1977'));
    expect(found).toMatchObject({ full_name: 'NGUYEN QUANG TUAN', birth_date: '1977-10-06' });
    expect(findHolderName('CTAN EDT AT VI GIAY PREP | Hoe: NGUYỄN QUANG TUẤN')?.value).toBe('NGUYỄN QUANG TUẤN');
  });

  it('reads a class OCR glued to the expiry label after it ("Hạng:BCógiá trị đến")', () => {
    expect(values(lines('Hạng:BCógiá tri đến: 20/12/2026'))).toMatchObject({ class: 'B' });
    expect(findLicenceClass('B2Có giá trị đến')?.value).toBe('B2');
    expect(findLicenceClass('Cógiá trị đến')).toBeNull();
  });

  it('reads the issue date of a signed line written bilingually, with OCR\'s letters for digits or "ngày" lost, and labelled "Cấp ngày" or "Issue date"', () => {
    const head = ['Số/No: 012943420755', 'Ngày sinh/Date of birth: 27/01/1969'];
    expect(values(lines(...head, 'Hà Nội, ngày/date 04 tháng/month 02 năm/year 2017')).issued_on).toBe('2017-02-04');
    expect(values(lines(...head, 'Hà Nội, ngảy l9 tháng O3 năm 2017')).issued_on).toBe('2017-03-19');
    expect(values(lines(...head, 'Hà Nội, nqày 19 tháng 03 năm 2017')).issued_on).toBe('2017-03-19');
    // A monospace face's slashed zero read 9 (tháng 94): no month has it; any other impossible month stays unread.
    expect(values(lines(...head, 'Hà Nội, ngày 19 tháng 94 năm 2019')).issued_on).toBe('2019-04-19');
    expect(values(lines(...head, 'Hà Nội, ngày 19 tháng 74 năm 2019')).issued_on).toBeUndefined();
    expect(values(lines(...head, 'Cấp ngày: 12/03/2005')).issued_on).toBe('2005-03-12');
    // "Issued by" names a place: the expiry under it is no issue date.
    expect(values(lines(...head, 'Nơi cấp/Issued by: Sở GTVT Hà Nội', 'Có giá trị đến: 12/03/2015', 'Issue date: 12/03/2005')).issued_on).toBe('2005-03-12');
  });

  it('takes the one date after the birth for the issue date, its label lost, on a card valid without limit, and only there', () => {
    const card = ['Số/No: 012943420755', 'Ngày sinh/Date of birth: 27/01/1969', 'Có giá trị đến: Không thời hạn'];
    expect(values(lines(...card, 'Ng cp: 12/03/2005')).issued_on).toBe('2005-03-12');
    // With an expiry date on the card, a lone date may be either: claimed for neither.
    expect(values(lines(card[0]!, card[1]!, 'Ng cp: 12/03/2005')).issued_on).toBeUndefined();
  });

  it('reads a signed date whose digits were typed a little above the form\'s "ngày … tháng … năm …" line', () => {
    const word = (text: string, x: number, y: number) => ({ text, confidence: 90, box: { x0: x, y0: y, x1: x + text.length * 12, y1: y + 30 } });
    const line = (words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), box: { x0: words[0]!.box.x0, y0: Math.min(...words.map((w) => w.box.y0)), x1: 900, y1: Math.max(...words.map((w) => w.box.y1)) }, words });
    const found = values([
      ...lines('Số/No: 012943420755', 'Ngày sinh/Date of birth: 27/01/1969', 'Hạng/Class: B2'),
      line([word('10', 330, 148), word('10', 470, 148), word('2004', 600, 148)]),
      line([word('Hà', 100, 160), word('Nội,', 140, 160), word('ngày', 250, 160), word('......', 310, 160), word('tháng', 390, 160), word('......', 460, 160), word('năm', 530, 160), word('......', 590, 160)]),
    ]);
    expect(found).toMatchObject({ issued_on: '2004-10-10' });
  });
});

