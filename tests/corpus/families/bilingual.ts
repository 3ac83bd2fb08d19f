/**
 * `bilingual`: the older bilingual forms: "Số máy 1 (Engine N0)", "Số khung (Chassis N0)", "Tên chủ xe (Owner's
 * full name)", "Số CMND (ID card N0)" with the 9-digit CMND, "Biển số (Number plate)". Held-out: the other
 * wordings of those years ("Họ tên chủ xe (Full name)", "Số máy (Engine number)", "Frame number"…).
 */
import { paperDate } from '../records';
import { createRng } from '../rng';
import { ALL_FIELDS, devIdCell, pageBase, stateHeader } from './common';
import { centre, type Block, type Cell } from './doc';
import { assemble, type Sheet } from './assemble';
import { certificateSheet } from './cert-card';
import { familyRecord } from './record';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rec = familyRecord(seed, { cmnd: true });
  const rng = createRng(seed).fork(`bilingual-${split}`);
  const b = pageBase(rec, split, rng, 0.4);
  const L = b.L;
  const dev = split === 'dev';
  const w = (d: string, h: string): string => (dev ? d : h);
  const line = (...cells: Cell[]): Block => ({ kind: 'inline', cells });
  const form = b.doc([
    ...stateHeader(L),
    centre(w('GIẤY KHAI ĐĂNG KÝ XE', 'TỜ KHAI ĐĂNG KÝ XE MÔ TÔ, XE MÁY'), { ...L, size: 70, bold: true }),
    centre(w('(Vehicle registration declaration)', '(Motorcycle registration form)'), { ...L, size: 42, italic: true }, 40),
    line({ label: w('Tên chủ xe (Owner\'s full name):', 'Họ tên chủ xe (Full name):'), value: b.name, field: 'owner_name' }),
    line({ ...(dev ? devIdCell(seed, 'bilingual', rec.owner_id, 'Số CMND (ID card N0):') : { label: 'Số CMND/Hộ chiếu (ID card/Passport N0):', value: rec.owner_id }), field: 'owner_id', share: 3 }, { label: w('Cấp ngày (Date):', 'Ngày cấp (Issued on):'), value: `${rng.int(10, 28)}/0${rng.int(1, 9)}/${rng.int(1995, 2012)}`, share: 2 }),
    line({ label: w('Địa chỉ (Address):', 'Nơi thường trú (Permanent address):'), value: rec.address, field: 'address' }),
    line({ label: w('Nhãn hiệu (Brand):', 'Nhãn hiệu (Make):'), value: rec.brand, field: 'brand' }, { label: w('Số loại (Model code):', 'Loại xe (Type):'), value: rec.model, field: 'model' }),
    line({ label: w('Màu sơn (Color):', 'Màu sơn (Colour):'), value: rec.color, field: 'color' }, { label: w('Dung tích (Capacity):', 'Phân khối (cc):'), value: String(rng.pick([100, 110, 125, 150])) }),
    line({ label: w('Số máy 1 (Engine N0):', 'Số máy (Engine number):'), value: rec.engine, field: 'engine' }),
    line({ label: w('Số máy 2 (Engine N0):', 'Số máy phụ (2nd engine):'), value: '' }),
    line({ label: w('Số khung (Chassis N0):', 'Số khung (Frame number):'), value: rec.chassis, field: 'chassis' }),
    line({ label: w('Biển số (Number plate):', 'Biển số (Plate N0):'), value: rec.plate, field: 'plate' }, { label: w('Ngày đăng ký (Date):', 'Ngày ĐK (Reg. date):'), value: paperDate(rec.registered_on), field: 'registered_on' }),
    { kind: 'rubbings', title: w('DÁN BẢN CÀ SỐ MÁY, SỐ KHUNG (Engine and chassis rubbings)', 'BẢN CÀ SỐ MÁY - SỐ KHUNG'), side: !dev && rng.chance(0.5), items: [{ label: w('Bản cà số máy', 'Số máy'), field: 'engine', serial: rec.engine }, { label: w('Bản cà số khung', 'Số khung'), field: 'chassis', serial: rec.chassis }] },
    { kind: 'signatures', left: 'CÁN BỘ ĐĂNG KÝ XE', right: 'CHỦ XE', note: w('(Ký, ghi rõ họ tên)', '(Signature, full name)'), stamp: rng.chance(0.6) },
  ]);
  const sheets: Sheet[] = [{ kind: 'declaration', doc: form }];
  if (rng.chance(0.5)) sheets.push(certificateSheet(rec, split, rng));
  return assemble({ family: 'bilingual', split, seed, record: rec, clean: options.clean, onPaper: ALL_FIELDS, sheets });
}

export const bilingual: Family = { name: 'bilingual', generate };
