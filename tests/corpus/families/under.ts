/**
 * `under`: values on the line under their label, and two fields on one line ("Nhãn hiệu: HONDA   Số loại: …").
 * Held-out: the pairs and the under-label rows swap (serials side by side on one line, owner's name and ID paired).
 */
import { paperDate } from '../records';
import { createRng } from '../rng';
import { ALL_FIELDS, devIdCell, birthYear, pageBase, stateHeader } from './common';
import { centre, type Block, type Cell } from './doc';
import { assemble } from './assemble';
import { familyRecord } from './record';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rec = familyRecord(seed);
  const rng = createRng(seed).fork(`under-${split}`);
  const b = pageBase(rec, split, rng, 0.35);
  const L = b.L;
  const dev = split === 'dev';
  const under = (...cells: Cell[]): Block => ({ kind: 'under', cells });
  const pair = (...cells: Cell[]): Block => ({ kind: 'inline', cells });
  const name: Cell = { label: dev ? 'Họ và tên chủ xe:' : 'Chủ xe:', value: b.name, field: 'owner_name' };
  const id: Cell = dev ? { ...devIdCell(seed, 'under', rec.owner_id, 'Số CCCD:'), field: 'owner_id' } : { label: 'CCCD số:', value: rec.owner_id, field: 'owner_id' };
  const engine: Cell = { label: dev ? 'Số máy:' : 'SM:', value: rec.engine, field: 'engine' };
  const chassis: Cell = { label: dev ? 'Số khung:' : 'SK:', value: rec.chassis, field: 'chassis' };
  const blocks: Block[] = dev
    ? [
      under(name),
      under(id, { label: 'Năm sinh:', value: birthYear(rec) }),
      under({ label: 'Địa chỉ thường trú:', value: rec.address, field: 'address' }),
      pair({ label: 'Nhãn hiệu:', value: rec.brand, field: 'brand' }, { label: 'Số loại:', value: rec.model, field: 'model' }),
      pair({ label: 'Màu sơn:', value: rec.color, field: 'color' }, { label: 'Năm sản xuất:', value: rec.registered_on.slice(0, 4) }),
      under(engine, chassis),
      under({ label: 'Biển số:', value: rec.plate, field: 'plate' }, { label: 'Ngày đăng ký:', value: paperDate(rec.registered_on), field: 'registered_on' }),
    ]
    : [
      pair({ ...name, share: 3 }, { ...id, share: 2 }),
      under({ label: 'Nơi cư trú:', value: rec.address, field: 'address' }),
      under({ label: 'Nhãn hiệu - Số loại:', value: rec.brand, field: 'brand' }, { label: ' ', value: rec.model, field: 'model' }),
      pair({ label: 'Màu:', value: rec.color, field: 'color' }, { label: 'Biển số:', value: rec.plate, field: 'plate' }, { label: 'Ngày:', value: paperDate(rec.registered_on), field: 'registered_on' }),
      pair(engine, chassis),
    ];
  const form = b.doc([
    ...stateHeader(L),
    centre('GIẤY KHAI ĐĂNG KÝ XE', { ...L, size: 72, bold: true }, 40),
    { kind: 'text', text: dev ? 'Kính gửi: Phòng Cảnh sát giao thông' : 'Kính gửi: Công an quận', align: 'left', look: { ...L, italic: true }, after: 20 },
    ...blocks,
    { kind: 'rubbings', title: 'Nơi dán bản chà số máy, số khung', side: true, items: [{ label: 'Số máy', field: 'engine', serial: rec.engine }, { label: 'Số khung', field: 'chassis', serial: rec.chassis }] },
    { kind: 'signatures', left: 'CÁN BỘ ĐĂNG KÝ XE', right: 'NGƯỜI KHAI', note: '(Ký, ghi rõ họ tên)', stamp: rng.chance(0.6) },
  ]);
  return assemble({ family: 'under', split, seed, record: rec, clean: options.clean, onPaper: ALL_FIELDS, sheets: [{ kind: 'declaration', doc: form }] });
}

export const under: Family = { name: 'under', generate };
