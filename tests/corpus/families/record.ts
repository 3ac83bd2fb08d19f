/**
 * A family's record: the corpus record with the plate and ID kinds real archives hold: electric motorbikes'
 * `MĐ` series, two-letter series, 12-digit CCCD (valid province code) or, on old forms, a 9-digit CMND.
 */
import { generateCorpusRecord, type CorpusRecord } from '../records';
import { createRng } from '../rng';

/** Valid province codes (Hà Nội, TP HCM, Hải Phòng, Đà Nẵng, Thanh Hoá, Nghệ An, Bắc Ninh…). */
const CCCD_PROVINCES = ['001', '079', '031', '048', '038', '040', '027', '033', '036', '042', '044', '052', '056', '066', '075', '082', '092'];

export interface RecordOptions {
  /** Old forms carry the 9-digit CMND; every other form a 12-digit CCCD. */
  cmnd?: boolean;
}

export function familyRecord(seed: number, options: RecordOptions = {}): CorpusRecord {
  const rec = generateCorpusRecord(seed);
  const r = createRng(seed).fork('family-record');
  const digits = (n: number): string => Array.from({ length: n }, () => String(r.int(0, 9))).join('');
  const moto = /^\d\d-/.test(rec.plate);
  if (moto && r.chance(0.15)) {
    // Electric motorbike: e.g. 29-MĐ1 234.56 (the car/moto shape of records.ts).
    rec.plate = `${rec.plate.slice(0, 2)}-MĐ${r.int(1, 9)} ${digits(3)}.${digits(2)}`;
    rec.brand = r.pick(['VINFAST', 'YADEA', 'PEGA']);
    rec.model = r.pick(['FELIZ S', 'EVO200', 'KLARA S', 'ODORA']);
  }
  if (options.cmnd) rec.owner_id = `${r.pick(['0', '1', '2', '3'])}${digits(8)}`;
  else if (rec.owner_id.length !== 12) {
    // Forms since 2021 take the 12-digit CCCD: province, century and sex, birth year, six digits.
    const year = r.int(1955, 2004);
    rec.owner_id = `${r.pick(CCCD_PROVINCES)}${(year >= 2000 ? 2 : 0) + r.int(0, 1)}${String(year % 100).padStart(2, '0')}${digits(6)}`;
  }
  return rec;
}
