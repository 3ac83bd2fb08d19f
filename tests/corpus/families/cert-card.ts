/**
 * The registration certificate (giấy chứng nhận đăng ký xe) as a copy: a small card (85×54 mm), an A6 card or
 * an enlarged A4 copy, values in capitals, pasted on a sheet upright, sideways or cropped to the card.
 */
import type { CorpusRecord } from '../records';
import { paperDate } from '../records';
import type { Rng } from '../rng';
import type { TruthField } from '../form-page';
import { A4, centre, type Cell, type Doc, type Look } from './doc';
import { placeOnSheet, quarterTurn, type Raster } from './raster';
import type { Sheet } from './assemble';
import { labelFace, typedFace, upper } from './styles';
import type { Split } from './types';

export const CERT_FIELDS: TruthField[] = ['owner_name', 'address', 'brand', 'model', 'color', 'engine', 'chassis', 'plate', 'registered_on'];

const SIZES = { card: { width: 1004, height: 638, k: 0.5 }, a6: { width: 1748, height: 1240, k: 0.8 }, a4: { width: 2480 - 300, height: 1900, k: 1 } } as const;
export type CertSize = keyof typeof SIZES;

export function certificateDoc(rec: CorpusRecord, split: Split, rng: Rng, size: CertSize): Doc {
  const { width, height, k } = SIZES[size];
  const px = (n: number): number => Math.max(18, Math.round(n * k));
  const L: Look = { family: labelFace(rng, split), size: px(46), fill: '#1b1b1b' };
  const V: Look = { family: typedFace(rng, split), size: px(50), bold: true, fill: '#0e0e0e' };
  const car = /^\d\d[A-Z]{1,2}-/.test(rec.plate);
  const dev = split === 'dev';
  const row = (...cells: Cell[]): Doc['blocks'][number] => ({ kind: 'inline', cells });
  return {
    width, height, margin: px(70), top: px(50), paper: '#ebe9e3', label: L, leader: 'none', lineH: px(100), border: true,
    hand: { look: V, handwritten: false, jitter: 0, tilt: 0 },
    blocks: [
      centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...L, bold: true }),
      centre(car ? 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE Ô TÔ' : 'GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE MÁY', { ...L, size: px(58), bold: true }, px(20)),
      row({ label: dev ? 'Tên chủ xe:' : 'Chủ xe (Owner):', value: upper(rec.owner_name), field: 'owner_name' }),
      row({ label: dev ? 'Địa chỉ:' : 'Nơi thường trú (Address):', value: upper(rec.address), field: 'address' }),
      row({ label: 'Nhãn hiệu:', value: rec.brand, field: 'brand' }, { label: dev ? 'Số loại:' : 'Loại xe (Model):', value: rec.model, field: 'model' }),
      row({ label: 'Màu sơn:', value: upper(rec.color), field: 'color' }, { label: dev ? 'Dung tích:' : 'Chỗ ngồi:', value: dev ? String(rng.pick([110, 125, 150])) : String(rng.int(2, 7)) }),
      row({ label: dev ? 'Số máy:' : 'Số máy (Engine No):', value: rec.engine, field: 'engine' }),
      row({ label: dev ? 'Số khung:' : 'Số khung (Frame No):', value: rec.chassis, field: 'chassis' }),
      row({ label: dev ? 'Biển số đăng ký:' : 'BIỂN SỐ:', value: rec.plate, field: 'plate' }),
      row({ label: dev ? 'Đăng ký lần đầu ngày:' : 'Ngày ĐK lần đầu:', value: paperDate(rec.registered_on), field: 'registered_on' }),
    ],
  };
}

/** The certificate as one dossier sheet: card on a portrait or landscape A4, sideways, or cropped to the card. */
export function certificateSheet(rec: CorpusRecord, split: Split, rng: Rng): Sheet {
  const r = rng.fork('cert');
  const size: CertSize = r.pick(split === 'dev' ? ['card', 'card', 'a6'] as const : ['card', 'a6', 'a4'] as const);
  const doc = certificateDoc(rec, split, r, size);
  const layout = r.pick(split === 'dev' ? ['a4', 'cropped', 'landscape'] as const : ['a4', 'sideways', 'cropped', 'landscape'] as const);
  const place = async (card: Raster, dpi: number): Promise<Raster> => {
    const k = dpi / 300;
    const inner = layout === 'sideways' ? await quarterTurn(card) : card;
    if (layout === 'cropped') return placeOnSheet(inner, inner.width + Math.round(60 * k), inner.height + Math.round(60 * k), 30 * k, 30 * k);
    const [W, H] = layout === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
    const pw = Math.round(W * k);
    const ph = Math.round(H * k);
    const x = Math.max(0, Math.min(pw - inner.width, (pw - inner.width) / 2 + r.int(-200, 200) * k));
    const y = Math.max(0, Math.min(ph - inner.height, r.int(150, 500) * k));
    return placeOnSheet(inner, pw, ph, x, y);
  };
  return { kind: 'certificate', doc, place, photocopy: true };
}
