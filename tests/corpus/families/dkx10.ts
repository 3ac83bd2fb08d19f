/**
 * `dkx10`: the declaration form ĐKX10 of Thông tư 79/2024/TT-BCA: owner block, vehicle block, the box
 * "Nơi dán bản chà số máy, số khung" holding both rubbings, and a later page of electronic-data blocks that
 * repeats plate, serials, owner and ID. Held-out: other wordings and abbreviations, other order and positions.
 */
import { paperDate } from '../records';
import { createRng } from '../rng';
import { ALL_FIELDS, devIdCell, birthYear, pageBase, phone, stateHeader } from './common';
import { centre, type Block, type Cell } from './doc';
import { assemble } from './assemble';
import { familyRecord } from './record';
import { upper } from './styles';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rec = familyRecord(seed);
  const rng = createRng(seed).fork(`dkx10-${split}`);
  const b = pageBase(rec, split, rng);
  const L = b.L;
  const dev = split === 'dev';
  const w = (d: string, h: string[]): string => (dev ? d : rng.pick(h));
  const line = (...cells: Cell[]): Block => ({ kind: 'inline', cells });
  const owner: Block[] = [
    { kind: 'text', text: w('I. THÔNG TIN CHỦ XE', ['I. PHẦN KHAI CỦA CHỦ XE', '1. Chủ xe']), align: 'left', look: { ...L, bold: true } },
    line({ label: w('Tên chủ xe:', ['Họ và tên chủ xe:', 'Họ và tên:']), value: b.name, field: 'owner_name', share: 3 }, { label: 'Năm sinh:', value: rng.chance(0.6) ? birthYear(rec) : '', share: 1 }),
    line(dev ? { ...devIdCell(seed, 'dkx10', rec.owner_id, 'Số định danh cá nhân:'), field: 'owner_id' } : { label: w('Số định danh cá nhân:', ['Số ĐDCN:', 'Mã định danh cá nhân:', 'Số CCCD/ĐDCN:']), value: rec.owner_id, field: 'owner_id' }),
    line({ label: w('Địa chỉ:', ['Nơi cư trú:', 'Địa chỉ liên hệ:']), value: rec.address, field: 'address' }),
    line({ label: 'Số điện thoại:', value: rng.chance(0.6) ? phone(rng) : '' }, { label: 'Email:', value: '' }),
  ];
  const vehicle: Block[] = [
    { kind: 'text', text: w('II. THÔNG TIN XE', ['II. ĐẶC ĐIỂM XE', '2. Xe']), align: 'left', look: { ...L, bold: true } },
    line({ label: 'Nhãn hiệu:', value: rec.brand, field: 'brand' }, { label: w('Số loại:', ['Loại xe:', 'Số loại (kiểu xe):']), value: rec.model, field: 'model' }),
    line({ label: 'Màu sơn:', value: rec.color, field: 'color' }, { label: w('Năm sản xuất:', ['Năm SX:']), value: rng.chance(0.5) ? rec.registered_on.slice(0, 4) : '' }),
    line({ label: w('Số máy:', ['Số máy (SM):', 'SỐ MÁY:']), value: rec.engine, field: 'engine' }),
    line({ label: w('Số khung:', ['Số khung (SK):', 'SỐ KHUNG:']), value: rec.chassis, field: 'chassis' }),
    line({ label: w('Biển số xe:', ['Biển số đã cấp:', 'BKS:']), value: rec.plate, field: 'plate' }, { label: w('Ngày đăng ký:', ['Ngày cấp:']), value: paperDate(rec.registered_on), field: 'registered_on' }),
  ];
  const page1 = b.doc([
    { kind: 'text', text: w('Mẫu số ĐKX10', ['Mẫu ĐKX10 (Ban hành kèm theo Thông tư số 79/2024/TT-BCA)']), align: 'right', look: { ...L, size: 38, italic: true } },
    ...stateHeader(L),
    centre('GIẤY KHAI ĐĂNG KÝ XE', { ...L, size: 72, bold: true }),
    centre('(Dùng cho chủ xe kê khai khi đăng ký xe)', { ...L, size: 40, italic: true }, 30),
    ...(dev || rng.chance(0.5) ? [...owner, ...vehicle] : [...vehicle, ...owner]),
    { kind: 'rubbings', title: w('Nơi dán bản chà số máy, số khung', ['NƠI DÁN BẢN CHÀ SỐ MÁY, SỐ KHUNG', 'Nơi dán bản chà số máy, số khung (nếu có)']), side: dev ? true : rng.chance(0.5),
      items: [{ label: 'Bản chà số máy', field: 'engine', serial: rec.engine }, { label: 'Bản chà số khung', field: 'chassis', serial: rec.chassis }] },
    { kind: 'signatures', left: 'CÁN BỘ ĐĂNG KÝ XE', right: 'CHỦ XE', note: '(Ký, ghi rõ họ tên)', stamp: rng.chance(0.6) },
  ]);
  const code = `${rng.int(100, 999)}.${rng.int(10000000, 99999999)}`;
  const page2 = b.doc([
    centre(w('THÔNG TIN DỮ LIỆU ĐIỆN TỬ', ['KẾT QUẢ KIỂM TRA DỮ LIỆU ĐIỆN TỬ', 'DỮ LIỆU ĐIỆN TỬ CỦA XE']), { ...L, size: 60, bold: true }, 40),
    { kind: 'table', labelShare: 0.4, rows: [
      [{ label: w('Mã hồ sơ trực tuyến', ['Mã hồ sơ', 'Mã HS DVC']), value: code }],
      [{ label: w('Biển số', ['Biển số xe', 'BKS']), value: rec.plate, field: 'plate' }],
      [{ label: 'Số khung', value: rec.chassis, field: 'chassis' }],
      [{ label: 'Số máy', value: rec.engine, field: 'engine' }],
      [{ label: w('Chủ xe', ['Tên chủ xe', 'Chủ sở hữu']), value: upper(rec.owner_name), field: 'owner_name' }],
      [{ label: w('Số định danh', ['Số ĐDCN', 'Mã định danh']), value: rec.owner_id, field: 'owner_id' }],
      [{ label: w('Tình trạng', ['Kết quả']), value: rng.pick(['Hợp lệ', 'Đã xác thực']) }],
    ] },
    { kind: 'text', text: w('Dữ liệu được trích xuất từ Cơ sở dữ liệu đăng ký xe.', ['Thông tin do Cổng dịch vụ công cung cấp.']), align: 'left', look: { ...L, size: 40, italic: true } },
  ]);
  return assemble({ family: 'dkx10', split, seed, record: rec, clean: options.clean, onPaper: ALL_FIELDS, sheets: [{ kind: 'declaration', doc: page1 }, { kind: 'electronic', doc: page2 }] });
}

export const dkx10: Family = { name: 'dkx10', generate };
