/**
 * `classic`: the form the corpus has always made (generateDossier). Held-out: the same form's labels drawn by
 * Chromium in held-out faces and scan settings, with the certificate copy.
 */
import { generateDossier } from '../dossier';
import { paperDate } from '../records';
import { createRng } from '../rng';
import { ALL_FIELDS, pageBase, stateHeader } from './common';
import { centre } from './doc';
import { assemble } from './assemble';
import { certificateSheet } from './cert-card';
import { familyRecord } from './record';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function dev(seed: number, options: FamilyOptions): Promise<FamilyDossier> {
  const record = familyRecord(seed);
  const d = await generateDossier(seed, { record, degrade: options.clean ? false : undefined });
  const { record_id, ...truth } = record;
  return {
    pages: d.pages, truth,
    meta: {
      family: 'classic', split: 'dev', seed, record_id, container: 'pdf', onPaper: ALL_FIELDS,
      pages: d.meta.pages.map((p) => ({
        kind: p.kind, engine: 'classic', dpi: 300, width: p.width, height: p.height, mode: p.degradation.colour ? 'colour' : 'grey',
        rotation: p.degradation.rotation, skewDeg: p.degradation.skewDeg, jpegQuality: p.degradation.jpegQuality, noiseSigma: p.degradation.noiseSigma,
        speckle: 0, fonts: [d.meta.font], leader: 'dotted', boxes: p.boxes,
      })),
    },
  };
}

async function heldout(seed: number, options: FamilyOptions): Promise<FamilyDossier> {
  const rec = familyRecord(seed);
  const rng = createRng(seed).fork('classic-heldout');
  const b = pageBase(rec, 'heldout', rng);
  const L = b.L;
  const form = b.doc([
    { kind: 'text', text: 'Mẫu số 01', align: 'right', look: { ...L, size: 40, italic: true } },
    ...stateHeader(L),
    centre('GIẤY KHAI ĐĂNG KÝ XE', { ...L, size: 72, bold: true }),
    centre('(Vehicle registration declaration)', { ...L, size: 42, italic: true }, 40),
    { kind: 'text', text: 'A. PHẦN CHỦ XE TỰ KÊ KHAI', align: 'left', look: { ...L, bold: true } },
    { kind: 'inline', cells: [{ label: 'Họ tên chủ xe (Owner\'s full name):', value: b.name, field: 'owner_name', share: 3 }, { label: 'Năm sinh:', value: '', share: 1 }] },
    { kind: 'inline', cells: [{ label: 'Địa chỉ thường trú (Address):', value: rec.address, field: 'address' }] },
    { kind: 'inline', cells: [{ label: 'Số CCCD (Citizen ID):', value: rec.owner_id, field: 'owner_id', share: 3 }, { label: 'cấp ngày:', value: `${rng.int(10, 28)}/0${rng.int(1, 9)}/20${rng.int(15, 23)}`, share: 2 }] },
    { kind: 'inline', cells: [{ label: 'Nhãn hiệu (Make):', value: rec.brand, field: 'brand' }, { label: 'Số loại (Type):', value: rec.model, field: 'model' }] },
    { kind: 'inline', cells: [{ label: 'Màu sơn (Colour):', value: rec.color, field: 'color' }, { label: 'Năm SX:', value: rec.registered_on.slice(0, 4) }] },
    { kind: 'inline', cells: [{ label: 'Số máy (Engine No.):', value: rec.engine, field: 'engine' }] },
    { kind: 'inline', cells: [{ label: 'Số khung (Frame No.):', value: rec.chassis, field: 'chassis' }] },
    { kind: 'inline', cells: [{ label: 'Biển kiểm soát (Plate):', value: rec.plate, field: 'plate' }, { label: 'Ngày ĐK:', value: paperDate(rec.registered_on), field: 'registered_on' }] },
    { kind: 'rubbings', title: 'B. BẢN CÀ SỐ MÁY, SỐ KHUNG', side: false, items: [{ label: 'Số máy', field: 'engine', serial: rec.engine }, { label: 'Số khung', field: 'chassis', serial: rec.chassis }] },
    { kind: 'signatures', left: 'CÁN BỘ ĐĂNG KÝ', right: 'CHỦ XE', note: '(Ký, ghi rõ họ tên)', stamp: rng.chance(0.7) },
  ]);
  return assemble({ family: 'classic', split: 'heldout', seed, record: rec, clean: options.clean, onPaper: ALL_FIELDS, sheets: [{ kind: 'declaration', doc: form }, certificateSheet(rec, 'heldout', rng)] });
}

export const classic: Family = { name: 'classic', generate: (seed: number, split: Split, options: FamilyOptions = {}) => (split === 'dev' ? dev(seed, options) : heldout(seed, options)) };
