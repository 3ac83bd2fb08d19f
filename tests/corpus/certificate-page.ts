/**
 * Page 2 of a dossier: a photocopy of the registration certificate (giấy chứng nhận đăng ký xe), enlarged onto
 * A4, repeating owner, plate, engine and chassis: a second copy of each serial, printed rather than typed.
 */
import type { CorpusRecord } from './records';
import { paperDate } from './records';
import type { Rng } from './rng';
import type { PageLayout } from './form-page';
import { measureText, svgText, PAGE_W, type TextStyle } from './svg-kit';

/** The certificate copy as SVG plus value boxes. */
export async function renderCertificatePage(rec: CorpusRecord, rng: Rng): Promise<PageLayout> {
  const out: string[] = [];
  const boxes: PageLayout['boxes'] = [];
  const car = /^\d\d[A-Z]{1,2}-/.test(rec.plate);
  const x0 = 200 + rng.int(-40, 40);
  const y0 = 260 + rng.int(-40, 60);
  const w = PAGE_W - 400;
  const h = 1900;
  const family = rng.pick(['Arimo', 'Tinos', 'DejaVu Sans']);
  const L = (size: number, bold = false, italic = false): TextStyle => ({ family, size, bold, italic, fill: '#1b1b1b' });
  const V: TextStyle = { family: rng.pick(['Arimo', 'DejaVu Sans', 'Cousine']), size: 54, bold: true, fill: '#0e0e0e' };
  // A photocopy: grey toner haze inside the card outline, darker border.
  out.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#e9e7e1" stroke="#333" stroke-width="8"/>`);
  out.push(`<rect x="${x0 + 26}" y="${y0 + 26}" width="${w - 52}" height="${h - 52}" fill="none" stroke="#555" stroke-width="3"/>`);
  const cx = x0 + w / 2;
  out.push(svgText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', cx, y0 + 130, L(50, true), 0, 'middle'));
  out.push(svgText('Độc lập - Tự do - Hạnh phúc', cx, y0 + 195, L(48, true), 0, 'middle'));
  out.push(svgText(car ? 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE Ô TÔ' : 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE MÁY', cx, y0 + 320, L(64, true), 0, 'middle'));
  out.push(svgText('(VEHICLE REGISTRATION CERTIFICATE)', cx, y0 + 385, L(42, false, true), 0, 'middle'));
  out.push(svgText(`Số: ${String(rng.int(100000, 999999))}`, cx, y0 + 460, L(46), 0, 'middle'));

  const rows: [string, keyof CorpusRecord | null, string][] = [
    ['Tên chủ xe (Owner\'s full name):', 'owner_name', rec.owner_name.toLocaleUpperCase('vi')],
    ['Địa chỉ (Address):', 'address', rec.address],
    ['Nhãn hiệu (Brand):', 'brand', rec.brand],
    ['Số loại (Model code):', 'model', rec.model],
    ['Màu sơn (Color):', 'color', rec.color],
    ['Số máy (Engine N°):', 'engine', rec.engine],
    ['Số khung (Chassis N°):', 'chassis', rec.chassis],
    ['Biển số đăng ký (Number plate):', 'plate', rec.plate],
    ['Đăng ký lần đầu ngày (First registration):', 'registered_on', paperDate(rec.registered_on)],
  ];
  let y = y0 + 600;
  const lx = x0 + 90;
  for (const [label, field, value] of rows) {
    out.push(svgText(label, lx, y, L(46)));
    const vx = lx + (await measureText(label, L(46))) + 24;
    let style = V;
    const room = x0 + w - 90 - vx;
    const vw = await measureText(value, style);
    if (vw > room) style = { ...V, size: Math.max(30, Math.floor((V.size * room) / vw)) };
    out.push(svgText(value, vx, y, style));
    const bw = Math.min(room, await measureText(value, style));
    if (field && field !== 'record_id') {
      boxes.push({ field, box: { x: Math.round(vx), y: Math.round(y - style.size * 0.8), w: Math.round(bw), h: Math.round(style.size * 1.05) }, text: value });
    }
    y += 120;
  }
  out.push(svgText(`Hà Nội, ngày ${paperDate(rec.registered_on)}`, x0 + w - 120, y + 40, L(44, false, true), 0, 'end'));
  out.push(svgText('TRƯỞNG PHÒNG', x0 + w - 420, y + 110, L(46, true), 0, 'middle'));
  return { svg: out.join(''), boxes };
}
