/**
 * Page 1 of a dossier: the declaration form (giấy khai đăng ký xe) with printed labels, dotted leaders, values
 * typed or handwritten over the leaders, and the two pasted pencil rubbings of the engine and chassis numbers.
 */
import type { CorpusRecord } from './records';
import { paperDate } from './records';
import type { Rng } from './rng';
import { LABEL_FONTS } from './fonts';
import { renderRubbing } from './rubbing';
import { measureText, svgLeader, svgText, PAGE_W, type Box, type TextStyle } from './svg-kit';

export type TruthField = keyof Omit<CorpusRecord, 'record_id'>;

/** How the values were filled in: one typist or one hand per form. */
export interface Hand {
  style: TextStyle;
  handwritten: boolean;
  upperName: boolean;
  /** Max baseline wobble (px) and rotation (deg) per value. */
  jitter: number;
  tilt: number;
}

export interface PageLayout {
  svg: string;
  /** Value boxes in page pixels (before degradation), per field; a field may appear more than once. */
  boxes: { field: TruthField | 'engine_rubbing' | 'chassis_rubbing'; box: Box; text: string }[];
}

const MARGIN = 190;
const RIGHT = PAGE_W - MARGIN;

interface Row {
  label: string;
  field?: TruthField;
  value?: string;
  /** When set, the row shares its line with a second label starting at this fraction of the width. */
  second?: { at: number; label: string; field?: TruthField; value?: string };
}

/** Places a value over a leader from x1 to x2, shrinking or wrapping it onto a continuation line. */
async function valueOnLeader(
  text: string, x1: number, x2: number, y: number, hand: Hand, rng: Rng,
  out: string[], boxes: PageLayout['boxes'], field: TruthField | undefined, lineH: number,
): Promise<number> {
  out.push(svgLeader(x1, x2, y + 6));
  if (!text) return 0;
  const x = x1 + rng.int(8, 40);
  let style = hand.style;
  let width = await measureText(text, style);
  const room = x2 - x - 10;
  let lines = [text];
  if (width > room) {
    const scaled = Math.floor((style.size * room) / width);
    if (scaled >= style.size * 0.82) {
      style = { ...style, size: scaled };
      width = await measureText(text, style);
    } else {
      // Wrap at the comma nearest the middle onto a second dotted line, as clerks do with long addresses.
      const commas = [...text.matchAll(/, /g)].map((m) => m.index ?? 0);
      const cut = commas.length ? commas.reduce((a, b) => (Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a)) : Math.floor(text.length / 2);
      lines = [text.slice(0, cut + 1), text.slice(cut + 2)];
    }
  }
  let extra = 0;
  for (let i = 0; i < lines.length; i++) {
    const lx = i === 0 ? x : MARGIN + rng.int(10, 40);
    const ly = y + i * lineH - 8 + rng.range(-hand.jitter, hand.jitter);
    if (i > 0) {
      out.push(svgLeader(MARGIN, RIGHT, y + i * lineH + 6));
      extra += lineH;
    }
    const w = Math.min(await measureText(lines[i], style), RIGHT - lx);
    out.push(svgText(lines[i], lx, ly, style, rng.range(-hand.tilt, hand.tilt)));
    if (field) boxes.push({ field, box: { x: Math.round(lx), y: Math.round(ly - style.size * 0.8), w: Math.round(w), h: Math.round(style.size * 1.05) }, text: lines[i] });
  }
  return extra;
}

/** The form's page 1 as SVG plus where each value was put. */
export async function renderFormPage(rec: CorpusRecord, hand: Hand, rng: Rng): Promise<PageLayout> {
  const labelFamily = rng.pick(LABEL_FONTS);
  const L = (size: number, bold = false, italic = false): TextStyle => ({ family: labelFamily, size, bold, italic, fill: '#161616' });
  const out: string[] = [];
  const boxes: PageLayout['boxes'] = [];
  const cx = PAGE_W / 2;
  out.push(svgText('Mẫu số 01', RIGHT, 200, L(40, false, true), 0, 'end'));
  out.push(svgText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', cx, 300, L(52, true), 0, 'middle'));
  out.push(svgText('Độc lập - Tự do - Hạnh phúc', cx, 370, L(52, true), 0, 'middle'));
  out.push(`<line x1="${cx - 330}" y1="395" x2="${cx + 330}" y2="395" stroke="#222" stroke-width="3"/>`);
  out.push(svgText('GIẤY KHAI ĐĂNG KÝ XE', cx, 540, L(74, true), 0, 'middle'));
  out.push(svgText('(Vehicle registration declaration)', cx, 605, L(44, false, true), 0, 'middle'));
  out.push(svgText('A. PHẦN CHỦ XE TỰ KÊ KHAI', MARGIN, 720, L(52, true)));

  const name = hand.upperName ? rec.owner_name.toLocaleUpperCase('vi') : rec.owner_name;
  const birth = rec.owner_id.length === 12 ? `${Number(rec.owner_id[3]) >= 2 ? '20' : '19'}${rec.owner_id.slice(4, 6)}` : '';
  const rows: Row[] = [
    { label: 'Tên chủ xe (Owner\'s full name):', field: 'owner_name', value: name, second: { at: 0.74, label: 'Năm sinh:', value: rng.chance(0.7) ? birth : '' } },
    { label: 'Địa chỉ (Address):', field: 'address', value: rec.address },
    { label: 'Số CCCD/CMND (ID card N°):', field: 'owner_id', value: rec.owner_id, second: { at: 0.6, label: 'cấp ngày:', value: rng.chance(0.6) ? `${rng.int(10, 28)}/0${rng.int(1, 9)}/20${rng.int(15, 23)}` : '' } },
    { label: 'Số điện thoại (Phone):', value: rng.chance(0.6) ? `09${rng.int(10000000, 99999999)}` : '' },
    { label: 'Nhãn hiệu (Brand):', field: 'brand', value: rec.brand, second: { at: 0.5, label: 'Số loại (Model code):', field: 'model', value: rec.model } },
    { label: 'Màu sơn (Color):', field: 'color', value: rec.color, second: { at: 0.5, label: 'Năm sản xuất:', value: rng.chance(0.5) ? String(Number(rec.registered_on.slice(0, 4)) - rng.int(0, 1)) : '' } },
    { label: 'Số máy (Engine N°):', field: 'engine', value: rec.engine },
    { label: 'Số khung (Chassis N°):', field: 'chassis', value: rec.chassis },
    { label: 'Biển số (Number plate):', field: 'plate', value: rec.plate, second: { at: 0.5, label: 'Ngày đăng ký:', field: 'registered_on', value: paperDate(rec.registered_on) } },
  ];
  const lineH = 104;
  let y = 850 + rng.int(-10, 10);
  for (const row of rows) {
    const lab = L(50);
    out.push(svgText(row.label, MARGIN, y, lab));
    const x1 = MARGIN + (await measureText(row.label, lab)) + 12;
    const end = row.second ? MARGIN + (RIGHT - MARGIN) * row.second.at - 20 : RIGHT;
    const extra = await valueOnLeader(row.value ?? '', x1, end, y, hand, rng, out, boxes, row.field, lineH);
    if (row.second) {
      const sx = MARGIN + (RIGHT - MARGIN) * row.second.at;
      out.push(svgText(row.second.label, sx, y, lab));
      const sx1 = sx + (await measureText(row.second.label, lab)) + 12;
      await valueOnLeader(row.second.value ?? '', sx1, RIGHT, y, hand, rng, out, boxes, row.second.field, lineH);
    }
    y += lineH + extra;
  }

  y += 40;
  out.push(svgText('B. PHẦN KIỂM TRA XÁC ĐỊNH CỦA CƠ QUAN ĐĂNG KÝ XE', MARGIN, y, L(52, true)));
  y += 40;
  const boxW = RIGHT - MARGIN;
  const boxH = 400;
  for (const [title, field, serial] of [
    ['DÁN BẢN CÀ SỐ MÁY (Bản cà số máy)', 'engine_rubbing', rec.engine],
    ['DÁN BẢN CÀ SỐ KHUNG (Bản cà số khung)', 'chassis_rubbing', rec.chassis],
  ] as const) {
    out.push(`<rect x="${MARGIN}" y="${y}" width="${boxW}" height="${boxH}" fill="none" stroke="#222" stroke-width="3"/>`);
    out.push(svgText(title, MARGIN + 20, y + 56, L(42, true)));
    const rub = await renderRubbing(serial, { x: MARGIN, y: y + 70, w: boxW, h: boxH - 70 }, rng.fork(field));
    out.push(rub.svg);
    boxes.push({ field, box: rub.textBox, text: serial });
    y += boxH + 30;
  }

  y += 50;
  const place = rng.pick(['Hà Nội', 'Bắc Ninh', 'Hưng Yên']);
  out.push(svgText(`${place}, ngày ${rng.int(1, 28)} tháng ${rng.int(1, 12)} năm ${rec.registered_on.slice(0, 4)}`, RIGHT - 80, y, L(46, false, true), 0, 'end'));
  y += 70;
  out.push(svgText('CÁN BỘ ĐĂNG KÝ XE', MARGIN + 380, y, L(46, true), 0, 'middle'));
  out.push(svgText('CHỦ XE', RIGHT - 420, y, L(46, true), 0, 'middle'));
  out.push(svgText('(Ký, ghi rõ họ tên)', MARGIN + 380, y + 55, L(40, false, true), 0, 'middle'));
  out.push(svgText('(Ký, ghi rõ họ tên)', RIGHT - 420, y + 55, L(40, false, true), 0, 'middle'));
  out.push(signature(RIGHT - 560, y + 180, rng), signature(MARGIN + 240, y + 180, rng));
  return { svg: out.join(''), boxes };
}

/** A scribbled signature: a few random cubic strokes. */
export function signature(x: number, y: number, rng: Rng): string {
  let d = `M${x} ${y}`;
  let px = x;
  for (let i = 0; i < 5; i++) {
    const nx = px + rng.int(40, 80);
    d += ` C${px + rng.int(-30, 60)} ${y - rng.int(40, 110)} ${nx + rng.int(-60, 30)} ${y + rng.int(10, 80)} ${nx} ${y + rng.int(-20, 20)}`;
    px = nx;
  }
  return `<path d="${d}" fill="none" stroke="#1d2d7a" stroke-width="4" stroke-linecap="round"/>`;
}
