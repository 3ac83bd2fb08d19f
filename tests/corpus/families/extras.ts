/**
 * Pages that are in real dossiers but are not forms: a fee receipt, a copy of a relative's ID card, the blank
 * back of a sheet. They name people and numbers that are not this dossier's fields, so a reader that takes
 * values from them invents fields.
 */
import type { Rng } from '../rng';
import { A4, centre, type Doc, type Look } from './doc';
import type { PageKind } from './types';

export function extraPage(rng: Rng, fonts: { label: string; value: string }): { kind: PageKind; doc: Doc } {
  const kind = rng.pick(['invoice', 'id_copy', 'blank'] as const);
  const L: Look = { family: fonts.label, size: 46 };
  const base: Doc = {
    ...A4, margin: 200, top: 220, paper: '#fbfaf6', label: L, leader: 'none', lineH: 96, border: false, blocks: [],
    hand: { look: { family: fonts.value, size: 46 }, handwritten: false, jitter: 0, tilt: 0 },
  };
  const n = (lo: number, hi: number): string => String(rng.int(lo, hi));
  if (kind === 'invoice') {
    const amount = rng.int(5, 40) * 50_000;
    base.blocks = [
      centre('BIÊN LAI THU PHÍ, LỆ PHÍ', { ...L, size: 66, bold: true }, 20),
      centre(`Ký hiệu: ${rng.pick(['AA', 'BL', 'CT'])}/${n(20, 25)}E   Số: ${n(1000000, 9999999)}`, L, 40),
      { kind: 'inline', cells: [{ label: 'Đơn vị thu:', value: 'Phòng Cảnh sát giao thông' }] },
      { kind: 'inline', cells: [{ label: 'Mã số thuế:', value: n(100000000, 999999999) + n(0, 9) }] },
      { kind: 'inline', cells: [{ label: 'Người nộp:', value: rng.pick(['Công ty TNHH Minh Phát', 'Cửa hàng xe máy Thành Công', 'Đại lý Hoàng Long']) }] },
      { kind: 'table', labelShare: 0.62, rows: [
        [{ label: 'Lệ phí cấp giấy đăng ký', value: `${amount.toLocaleString('vi-VN')} đ` }],
        [{ label: 'Phí dịch vụ', value: `${(rng.int(1, 9) * 10_000).toLocaleString('vi-VN')} đ` }],
        [{ label: 'Tổng cộng', value: `${(amount + 50_000).toLocaleString('vi-VN')} đ` }],
      ] },
      { kind: 'signatures', left: 'NGƯỜI NỘP TIỀN', right: 'NGƯỜI THU TIỀN', note: '(Ký, ghi rõ họ tên)', stamp: rng.chance(0.6) },
    ];
  } else if (kind === 'id_copy') {
    // A photocopy of the proxy's ID card (not the owner's): its name and number are not this dossier's fields.
    base.blocks = [
      { kind: 'gap', h: 200 },
      centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...L, bold: true }),
      centre('CĂN CƯỚC CÔNG DÂN', { ...L, size: 62, bold: true }, 10),
      centre('Citizen Identity Card', { ...L, italic: true }, 30),
      { kind: 'inline', cells: [{ label: 'Số / No.:', value: `0${n(10, 96)}${n(0, 3)}${n(60, 99)}${n(100000, 999999)}` }] },
      { kind: 'under', cells: [{ label: 'Họ và tên / Full name:', value: rng.pick(['TRẦN VĂN BÌNH', 'LÊ THỊ MAI', 'ĐỖ QUANG HUY']) }] },
      { kind: 'inline', cells: [{ label: 'Ngày sinh / Date of birth:', value: `${n(10, 28)}/0${n(1, 9)}/19${n(60, 99)}` }, { label: 'Giới tính / Sex:', value: rng.pick(['Nam', 'Nữ']) }] },
      { kind: 'under', cells: [{ label: 'Nơi thường trú / Place of residence:', value: rng.pick(['Thôn Đông, xã Yên Viên, huyện Gia Lâm, Hà Nội', 'Số 12, phố Huế, quận Hai Bà Trưng, Hà Nội']) }] },
      { kind: 'gap', h: 60 },
      centre('SAO Y BẢN CHÍNH', { ...L, size: 54, bold: true, fill: '#a01818' }),
    ];
  } else {
    // The back of a sheet: a faint mirrored bleed of the heading and nothing else.
    base.blocks = [{ kind: 'gap', h: 200 }, centre('ĐĂNG KÝ XE'.split('').reverse().join(''), { ...L, size: 60, fill: '#e4e2dc' })];
  }
  return { kind, doc: base };
}
