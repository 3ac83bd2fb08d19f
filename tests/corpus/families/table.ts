/**
 * `table`: a bordered table, labels in the left column (bilingual, e.g. "Số định danh cá nhân (Personal ID N°)"),
 * values in the right cell. Held-out: two label/value pairs per row, other wordings, sometimes the certificate.
 */
import { paperDate } from '../records';
import { createRng } from '../rng';
import { ALL_FIELDS, devIdCell, pageBase, phone, stateHeader } from './common';
import { centre, type Cell } from './doc';
import { assemble, type Sheet } from './assemble';
import { certificateSheet } from './cert-card';
import { familyRecord } from './record';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rec = familyRecord(seed);
  const rng = createRng(seed).fork(`table-${split}`);
  const b = pageBase(rec, split, rng, 0.25);
  const L = b.L;
  const dev = split === 'dev';
  const c = (dl: string, hl: string, value: string, field?: Cell['field']): Cell => ({ label: dev ? dl : hl, value, field });
  const name = c('Tên chủ xe (Owner\'s full name)', 'Họ tên chủ xe (Full name)', b.name, 'owner_name');
  const id = dev ? { ...devIdCell(seed, 'table', rec.owner_id, 'Số định danh cá nhân (Personal ID N°)'), field: 'owner_id' as const } : c('', 'Số CCCD (Citizen ID No.)', rec.owner_id, 'owner_id');
  const addr = c('Địa chỉ (Address)', 'Nơi thường trú (Residence)', rec.address, 'address');
  const tel = c('Số điện thoại (Phone)', 'Điện thoại (Tel.)', rng.chance(0.6) ? phone(rng) : '');
  const brand = c('Nhãn hiệu (Brand)', 'Nhãn hiệu (Make)', rec.brand, 'brand');
  const model = c('Số loại (Model code)', 'Số loại (Type)', rec.model, 'model');
  const color = c('Màu sơn (Color)', 'Màu sơn (Colour)', rec.color, 'color');
  const engine = c('Số máy (Engine N°)', 'Số máy (Engine No.)', rec.engine, 'engine');
  const chassis = c('Số khung (Chassis N°)', 'Số khung (VIN / Frame No.)', rec.chassis, 'chassis');
  const plate = c('Biển số (Number plate)', 'Biển kiểm soát (Plate No.)', rec.plate, 'plate');
  const date = c('Ngày đăng ký (Registration date)', 'Ngày ĐK (Reg. date)', paperDate(rec.registered_on), 'registered_on');
  const rows = dev
    ? [[name], [id], [addr], [tel], [brand], [model], [color], [engine], [chassis], [plate], [date]]
    : [[name], [addr], [id, tel], [brand, model], [color, date], [engine], [chassis], [plate]];
  const form = b.doc([
    ...stateHeader(L),
    centre('GIẤY KHAI ĐĂNG KÝ XE', { ...L, size: 72, bold: true }),
    centre(dev ? '(Vehicle registration declaration)' : '(Declaration for vehicle registration)', { ...L, size: 42, italic: true }, 40),
    { kind: 'table', labelShare: dev ? 0.44 : 0.5, rows },
    { kind: 'rubbings', title: dev ? 'Bản cà số máy, số khung' : 'Nơi dán bản chà số máy, số khung', side: !dev, items: [{ label: 'Số máy', field: 'engine', serial: rec.engine }, { label: 'Số khung', field: 'chassis', serial: rec.chassis }] },
    { kind: 'signatures', left: 'CÁN BỘ ĐĂNG KÝ', right: 'CHỦ XE', note: '(Ký, ghi rõ họ tên)', stamp: rng.chance(0.6) },
  ]);
  const sheets: Sheet[] = [{ kind: 'declaration', doc: form }];
  if (rng.chance(0.5)) sheets.push(certificateSheet(rec, split, rng));
  return assemble({ family: 'table', split, seed, record: rec, clean: options.clean, onPaper: ALL_FIELDS, sheets });
}

export const table: Family = { name: 'table', generate };
