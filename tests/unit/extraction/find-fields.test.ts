import { describe, expect, it } from 'vitest';
import { findFields } from '../../../main/engine/extraction/find-fields';
import type { OcrLine, OcrWord } from '../../../main/engine/ocr/ocr-lines';

/** A line of words as the page pass gives it: 24 px per character, one space between words, 40 px tall. */
function line(text: string, x: number, y: number, confidence = 95): OcrLine {
  const words: OcrWord[] = [];
  let at = x;
  for (const w of text.split(' ')) {
    words.push({ text: w, confidence, box: { x0: at, y0: y, x1: at + 24 * w.length, y1: y + 40 } });
    at += 24 * (w.length + 1);
  }
  return { text, words, box: { x0: x, y0: y, x1: at - 24, y1: y + 40 } };
}

const TITLE = line('GIẤY KHAI ĐĂNG KÝ XE', 700, 200);
const found = (lines: OcrLine[]): Record<string, { value: string; method: string }> =>
  Object.fromEntries(findFields(lines).values.filter((v) => v.match).map((v) => [v.field, { value: v.match!.value, method: v.method }]));

describe('field finding holds on any layout', () => {
  it('reads a value on its label\'s line, past an English gloss, up to the neighbour\'s label', () => {
    const f = found([TITLE, line("Tên chủ xe (Owner's full name): Nguyễn Thị Hương Năm sinh: 1990", 200, 400)]);
    expect(f.owner_name).toEqual({ value: 'Nguyễn Thị Hương', method: 'label' });
  });

  it('reads two fields on one line', () => {
    const f = found([TITLE, line('Nhãn hiệu: HONDA Số loại: WAVE ALPHA Màu sơn: Đỏ', 200, 500)]);
    expect(f.brand?.value).toBe('HONDA');
    expect(f.model?.value).toBe('WAVE ALPHA');
    expect(f.color?.value).toBe('Đỏ');
  });

  it('reads a bordered table: label in the left cell, value in the right cell read as another line', () => {
    const f = found([
      TITLE,
      line('Số khung (Chassis N0)', 200, 1000), line('RLHJF6320BY123456', 1100, 1004),
      line('Số máy 1 (Engine N0)', 200, 1100), line('JF63E-1234567', 1100, 1098),
      line('Số định danh cá nhân (Personal', 200, 1200), line('001185012345', 1100, 1215), line('ID N°)', 200, 1245),
    ]);
    expect(f.chassis).toEqual({ value: 'RLHJF6320BY123456', method: 'label' });
    expect(f.engine?.value).toBe('JF63E-1234567');
    expect(f.owner_id?.value).toBe('001185012345');
  });

  it('reads a value written on the line under its label, and not the next row\'s label', () => {
    const f = found([
      TITLE,
      line('Số máy:', 200, 500), line('JF63E-1234567', 290, 560),
      line('Số khung:', 200, 640), line('Biển số đăng ký:', 200, 780), line('29-MĐ1 234.56', 290, 840),
    ]);
    expect(f.engine).toEqual({ value: 'JF63E-1234567', method: 'below' });
    expect(f.chassis).toBeUndefined();
    expect(f.plate).toEqual({ value: '29-MĐ1 234.56', method: 'below' });
  });

  it('reads a row of two labels whose values share the row below, each under its own label', () => {
    const f = found([
      TITLE,
      line('Số máy: Số khung:', 150, 930), line('JA39E-6607762 RLHJA392XNT394829', 150, 990),
      // "Số khung:" starts at x 342 and its value at 486: the row below is split by the labels' columns.
      line('Biển số: Ngày đăng ký:', 150, 1055), line('30-LT 013.12 17/06/2023', 165, 1115),
    ]);
    expect(f.engine).toEqual({ value: 'JA39E-6607762', method: 'below' });
    expect(f.chassis).toEqual({ value: 'RLHJA392XNT394829', method: 'below' });
    expect(f.plate?.value).toBe('30-LT 013.12');
    expect(f.registered_on?.value).toBe('2023-06-17');
  });

  it('does not take a heading that looks like a label ("THÔNG TIN CHỦ XE") as the label of the row below it', () => {
    const names = findFields([TITLE, line('I. THÔNG TIN CHỦ XE', 200, 600), line('Tên chủ xe: NGUYỄN QUANG ĐẠT Năm sinh: 1978', 200, 690)])
      .values.filter((v) => v.field === 'owner_name' && v.match).map((v) => v.match!.value);
    expect(names).toEqual(['NGUYỄN QUANG ĐẠT']);
  });

  it('reads the registration date under its abbreviated label ("Ngày ĐK") and keeps it out of the plate', () => {
    const f = found([TITLE, line('Biển kiểm soát (Plate): 37-S8 265.74 Ngày ĐK: 20/12/2016', 200, 600)]);
    expect(f.plate?.value).toBe('37-S8 265.74');
    expect(f.registered_on?.value).toBe('2016-12-20');
  });

  it('takes the issue date on a plate\'s line as the registration date, and never the one on a citizen ID\'s line', () => {
    const f = found([TITLE, line('BKS: 20-P2 131.61 Ngày cấp: 16/06/2012', 200, 600)]);
    expect(f.plate?.value).toBe('20-P2 131.61');
    expect(f.registered_on?.value).toBe('2012-06-16');
    expect(found([TITLE, line('Số CCCD: 001185012345 Ngày cấp: 19/01/2019', 200, 600)]).registered_on).toBeUndefined();
  });

  it('reads a table cell\'s address whose lines are centred on its label, and not the row above\'s value', () => {
    const f = found([
      TITLE,
      line('Họ tên chủ xe (Full name)', 200, 590), line('Đặng Thanh Phương', 1100, 596),
      line('Số 84, ngõ 231, phố Trần Hưng Đạo,', 1120, 647),
      line('Nơi thường trú (Residence)', 200, 700), line('phường Phúc Xá, quận Thanh Xuân,', 1120, 705),
      line('Hà Nội', 1120, 755),
      line('Số CCCD (Citizen ID No.) 001180189740', 200, 810),
    ]);
    expect(f.owner_name?.value).toBe('Đặng Thanh Phương');
    expect(f.address?.value).toBe('Số 84, ngõ 231, phố Trần Hưng Đạo, phường Phúc Xá, quận Thanh Xuân, Hà Nội');
  });

  it('continues a wrapped address on the line under it', () => {
    const f = found([TITLE, line('Địa chỉ (Address): Số 12 ngõ 45 phố Huế,', 200, 400), line('phường Hai Bà Trưng, Hà Nội', 700, 445)]);
    expect(f.address?.value).toBe('Số 12 ngõ 45 phố Huế, phường Hai Bà Trưng, Hà Nội');
  });

  it('finds an unlabelled VIN and CCCD by their shape on a form, never on a page that is no form', () => {
    const body = [line('RLHJF6320BY123456', 900, 1700), line('031089730317', 900, 1800)];
    const f = found([TITLE, ...body]);
    expect(f.chassis).toEqual({ value: 'RLHJF6320BY123456', method: 'pattern' });
    expect(f.owner_id?.value).toBe('031089730317');
    const invoice = [line('HÓA ĐƠN GIÁ TRỊ GIA TĂNG', 700, 200), ...body];
    expect(found(invoice)).toEqual({});
  });

  it('marks a twelve-digit run under a label it does not know as the citizen ID\'s place to read again, when it is no CCCD as read', () => {
    // "059…" is no province code: a misread 052…, whose label ("Thẻ căn cước") is no wording the vocabulary holds.
    const lines = [TITLE, line('Thẻ căn cước:', 200, 700), line('059 067 337 268', 1150, 690), line('Số điện thoại (Phone) 0963004934', 200, 800)];
    const id = findFields(lines).values.find((v) => v.field === 'owner_id');
    expect(id).toMatchObject({ method: 'pattern', match: null, text: '059 067 337 268' });
    expect(id!.region).toEqual({ x0: 1150, y0: 690, x1: 1150 + 24 * 15, y1: 730 });
    // A number that is a CCCD as read is the value; a page with a labelled ID needs no place.
    expect(found([TITLE, line('Thẻ căn cước: 036 065 126 983', 200, 700)]).owner_id).toEqual({ value: '036065126983', method: 'pattern' });
    expect(findFields([...lines, line('Số CCCD: 052067337268', 200, 900)]).values.filter((v) => v.field === 'owner_id')).toHaveLength(1);
  });

  it('takes a page of labelled engine and chassis numbers, or of three vehicle values, for a form whose title was not read', () => {
    const title = line('THÔNG TIN DỮ LIỆU ĐIỆN TỬ', 700, 200);
    const serials = [line('Số khung RLLV1A4A6P0727220', 200, 500), line('Số máy B14D-559405 . 0', 200, 600)];
    expect(findFields([title, ...serials]).kind).toBe('declaration');
    expect(found([title, ...serials]).engine?.value).toBe('B14D-559405');
    expect(findFields([title, line('Biển số 34M-884.73', 200, 400), line('Nhãn hiệu: HONDA', 200, 500), line('Màu sơn: Đỏ', 200, 600)]).kind).toBe('declaration');
    expect(findFields([title, serials[0]!, line('Biển số 34M-884.73', 200, 400)]).kind).toBe('other');
  });

  it('tells the certificate from the declaration form by the title read most exactly', () => {
    expect(findFields([line('GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE MÁY', 600, 200)]).kind).toBe('certificate');
    expect(findFields([TITLE]).kind).toBe('declaration');
    expect(findFields([line('HÓA ĐƠN GIÁ TRỊ GIA TĂNG', 700, 200)]).kind).toBe('other');
  });
});

describe('rubbing boxes side by side', () => {
  it('names each strip by the title of its own box when both titles are read as one line', async () => {
    const { titleAbove } = await import('../../../main/engine/extraction/rubbing-read');
    // "Bản chà số máy" over the left box, "Bản chà số khung" over the right one, read as one line of text.
    const titles = findFields([TITLE, line('Bản chà số máy : Bản chà số khung', 200, 1700)]).rubbings;
    const left = { x0: 220, y0: 1850, x1: 560, y1: 1950 };
    const right = { x0: 640, y0: 1850, x1: 1100, y1: 1950 };
    expect(titleAbove(titles, left, 300)?.kind).toBe('rubbing_engine');
    expect(titleAbove(titles, right, 300)?.kind).toBe('rubbing_chassis');
  });
});

describe('a labelled place that did not parse', () => {
  it('is re-read from its label to the next label on the line, at the line\'s height, whatever the garbled words cover', () => {
    const row = line('Biển số xe: ST HE Ta Ngày đăng ký: 06/03/2015', 200, 1600, 20);
    // The page pass made three junk words of a handwritten plate and let one of them reach into the next line.
    row.words[4] = { ...row.words[4]!, box: { ...row.words[4]!.box, y1: 1700 } };
    const plate = findFields([TITLE, line('Số khung: RLHJF6320BY123456', 200, 1500), row]).values.find((v) => v.field === 'plate')!;
    expect(plate.match).toBeNull();
    const nextLabel = row.words.find((w) => w.text === 'Ngày')!.box.x0;
    expect(plate.region.x1).toBeGreaterThan(nextLabel - 30);
    expect(plate.region.x1).toBeLessThanOrEqual(nextLabel);
    expect([plate.region.y0, plate.region.y1]).toEqual([1600, 1640]);
  });

  it('under its label is kept as the value\'s place, so that it is re-read rather than lost', () => {
    const plate = findFields([TITLE, line('Nhãn hiệu: HONDA', 200, 1400), line('Biển số:', 200, 1600), line('"92-82 66543', 220, 1680, 1)]).values.find((v) => v.field === 'plate');
    expect(plate?.match).toBeNull();
    expect(plate?.method).toBe('below');
    expect(plate?.region.y0).toBe(1680);
  });
});

describe('a brand whose label was lost', () => {
  it('is the word on the page that is exactly a known maker, and nothing else is taken for one', () => {
    const f = found([TITLE, line('Nhãn h:;4. TOYOTA Sốloại: VIOS', 200, 700), line('Màu sơn: TRẮNG', 200, 800)]);
    expect(f.brand).toEqual({ value: 'TOYOTA', method: 'pattern' });
    expect(f.model?.value).toBe('VIOS');
    expect(found([TITLE, line('Nhãn h:;4. TOYOTS Sốloại: VIOS', 200, 700)]).brand).toBeUndefined();
  });
});

describe('an owner\'s name whose label was not read', () => {
  it('is the name after a colon that starts with a family name, the topmost one, and never a colon\'s other words', () => {
    const f = found([
      TITLE,
      line('Kính gửi: Công an quận Cầu Giấy', 200, 300),
      line('Người đứng tên (Owner): ĐỖ THANH TUẤN', 200, 400),
      line('Cán bộ đăng ký: Trần Văn Bình', 200, 1900),
    ]);
    expect(f.owner_name).toEqual({ value: 'ĐỖ THANH TUẤN', method: 'pattern' });
    expect(found([TITLE, line('Kính gửi: Công an quận Cầu Giấy', 200, 300), line('Ghi chú: Xe mới mua', 200, 400)]).owner_name).toBeUndefined();
  });

  it('keeps its last words when a small card\'s next row lies close under it (they are not the next row\'s cell)', () => {
    const f = found([
      line('GIẤY CHỨNG NHẬN ĐĂNG KÝ XE', 300, 380),
      line('Chủ xe (Owner): NGUYỄN THỊ THANH HƯƠNG', 200, 455),
      line('Nơi thường trú (Address): THÔN LỖ GIAO, XÃ XUÂN NỘN', 200, 469),
    ]);
    expect(f.owner_name?.value).toBe('NGUYỄN THỊ THANH HƯƠNG');
    expect(f.address?.value).toBe('THÔN LỖ GIAO, XÃ XUÂN NỘN');
  });

  it('is not looked for when a label gave the name', () => {
    const f = found([TITLE, line('Họ tên chủ xe: Lê Văn Hải', 200, 400), line('Người khai: Phạm Thị Lan', 200, 1900)]);
    expect(f.owner_name).toEqual({ value: 'Lê Văn Hải', method: 'label' });
  });
});
