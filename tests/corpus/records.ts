/**
 * A minimal stand-in for the demo record generator (main/engine/demo/records.generator.ts, being written in
 * parallel): realistic station records so the scans carry the kinds of values the pipeline must read.
 * Swap to `generateRecords` when it lands by passing its records as `options.record` to generateDossier.
 */
import { createRng, type Rng } from './rng';

export interface CorpusRecord {
  record_id: string;
  plate: string;
  chassis: string;
  engine: string;
  owner_name: string;
  owner_id: string;
  address: string;
  brand: string;
  model: string;
  color: string;
  /** ISO date, printed on paper as dd/mm/yyyy. */
  registered_on: string;
}

interface VehicleType {
  brand: string;
  model: string;
  car: boolean;
  wmi: string;
  /** VIN positions 4–8. */
  vds: string;
  engine: (r: Rng) => string;
}

const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(r.int(0, 9))).join('');

const VEHICLES: readonly VehicleType[] = [
  { brand: 'HONDA', model: 'WAVE ALPHA', car: false, wmi: 'RLH', vds: 'JA392', engine: (r) => `JA39E-${digits(r, 7)}` },
  { brand: 'HONDA', model: 'VISION', car: false, wmi: 'RLH', vds: 'JF581', engine: (r) => `JF58E-${digits(r, 7)}` },
  { brand: 'HONDA', model: 'AIR BLADE', car: false, wmi: 'RLH', vds: 'JF632', engine: (r) => `JF63E-${digits(r, 7)}` },
  { brand: 'HONDA', model: 'LEAD', car: false, wmi: 'RLH', vds: 'JF454', engine: (r) => `JF45E-${digits(r, 7)}` },
  { brand: 'YAMAHA', model: 'SIRIUS', car: false, wmi: 'RLC', vds: 'S5C61', engine: (r) => `5C64-${digits(r, 6)}` },
  { brand: 'YAMAHA', model: 'EXCITER', car: false, wmi: 'RLC', vds: 'UG3D1', engine: (r) => `G3D4E-${digits(r, 6)}` },
  { brand: 'TOYOTA', model: 'VIOS', car: true, wmi: 'RL4', vds: 'B3FE1', engine: (r) => `2NR-${digits(r, 7)}` },
  { brand: 'FORD', model: 'RANGER', car: true, wmi: 'RL0', vds: 'UMFF8', engine: (r) => `P5AT-${digits(r, 6)}` },
  { brand: 'VINFAST', model: 'FADIL', car: true, wmi: 'RLL', vds: 'V1A4A', engine: (r) => `B14D-${digits(r, 6)}` },
];

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const YEAR_CODES = 'ABCDEFGHJKLMNPRS'; // 2010…2025

/** ISO 3779 check digit (position 9), computed for the given 17-char VIN whatever is at position 9. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = c >= '0' && c <= '9' ? Number(c) : (VIN_VALUES[c] ?? 0);
    sum += v * VIN_WEIGHTS[i];
  }
  const rem = sum % 11;
  return rem === 10 ? 'X' : String(rem);
}

function chassisFor(r: Rng, v: VehicleType, year: number): string {
  if (!v.car && r.chance(0.08)) return `${r.pick(['VTTDC', 'VMEPA', 'VHLWA'])}${digits(r, r.int(7, 9))}`;
  const yearCode = year >= 2010 ? YEAR_CODES[Math.min(year - 2010, YEAR_CODES.length - 1)] : String(year - 2000);
  const body = `${v.wmi}${v.vds}0${yearCode}${r.pick(['Y', 'T', 'H', '0'])}${digits(r, 6)}`;
  // About half the stamped VINs carry a valid ISO check digit; Vietnamese VINs need not.
  const check = r.chance(0.5) ? vinCheckDigit(body) : String(r.int(0, 9));
  return body.slice(0, 8) + check + body.slice(9);
}

const SERIES_LETTERS = [...'ABCDEFGHKLMNPRSTUVXYZ']; // never I, J, O, Q, W
const PROVINCES = [29, 30, 31, 32, 33, 40, 50, 51, 59, 43, 15, 16, 36, 37, 38, 18, 17, 20, 14, 99, 98, 88, 75, 65];

function plateFor(r: Rng, car: boolean): string {
  const prov = String(r.chance(0.7) ? r.pick(PROVINCES) : r.int(11, 99));
  const old = r.chance(0.2);
  const num = old ? digits(r, 4) : `${digits(r, 3)}.${digits(r, 2)}`;
  if (car) {
    const series = r.chance(0.03) ? 'LD' : r.pick(SERIES_LETTERS);
    return `${prov}${series}-${num}`;
  }
  const series = !old && r.chance(0.15)
    ? r.pick(SERIES_LETTERS) + r.pick(SERIES_LETTERS)
    : r.pick(SERIES_LETTERS) + String(r.int(1, 9));
  return `${prov}-${series} ${num}`;
}

const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Xuân', 'Công', 'Tiến'];
const MIDDLE_F = ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hoài', 'Diệu'];
const GIVEN_M = ['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Sơn', 'Long', 'Khoa', 'Đạt', 'Thắng', 'Kiên', 'Hải', 'Quý', 'Phúc', 'Cường', 'Nghĩa', 'Trường'];
const GIVEN_F = ['Hương', 'Lan', 'Hằng', 'Thảo', 'Phương', 'Trang', 'Huyền', 'Nguyệt', 'Quỳnh', 'Yến', 'Nhung', 'Nga', 'Ánh', 'Hoà', 'Thuỷ', 'Ngọc'];
const CCCD_PROVINCES = ['001', '001', '079', '031', '048', '036', '038', '040', '042', '044', '052', '056', '066', '075', '082', '092'];

const STREETS = ['Láng Hạ', 'Nguyễn Trãi', 'Tôn Đức Thắng', 'Lê Duẩn', 'Trần Hưng Đạo', 'Kim Mã', 'Giải Phóng', 'Cầu Giấy', 'Hoàng Quốc Việt', 'Lạc Long Quân'];
const WARDS = ['Láng Hạ', 'Ô Chợ Dừa', 'Khương Mai', 'Dịch Vọng', 'Nghĩa Đô', 'Thanh Xuân Bắc', 'Bách Khoa', 'Yên Hoà', 'Mai Dịch', 'Phúc Xá'];
const DISTRICTS = ['Đống Đa', 'Thanh Xuân', 'Cầu Giấy', 'Hai Bà Trưng', 'Ba Đình', 'Hoàng Mai', 'Long Biên', 'Tây Hồ'];
const RURAL = [['Đông Anh', 'Hà Nội'], ['Gia Lâm', 'Hà Nội'], ['Thường Tín', 'Hà Nội'], ['Yên Phong', 'Bắc Ninh'], ['Văn Lâm', 'Hưng Yên'], ['Kim Bảng', 'Hà Nam']];
const VILLAGES = ['Thôn Đoài', 'Thôn Thượng', 'Xóm Mới', 'Thôn Hạ', 'Thôn Lỗ Giao', 'Xóm Bến'];
const COMMUNES = ['Xuân Nộn', 'Kim Sơn', 'Dũng Tiến', 'Đông Tiến', 'Lạc Hồng', 'Thuỵ Lâm'];
const COLORS = ['Đỏ', 'Đen', 'Trắng', 'Xanh', 'Bạc', 'Vàng', 'Ghi', 'Nâu', 'Đỏ - Đen', 'Trắng - Xanh', 'Xám'];

function addressFor(r: Rng): string {
  if (r.chance(0.6)) {
    const house = r.chance(0.5) ? `Số ${r.int(1, 199)}, ngõ ${r.int(1, 320)}` : `Số ${r.int(1, 399)}`;
    return `${house}, phố ${r.pick(STREETS)}, phường ${r.pick(WARDS)}, quận ${r.pick(DISTRICTS)}, Hà Nội`;
  }
  const [district, province] = r.pick(RURAL);
  return `${r.pick(VILLAGES)}, xã ${r.pick(COMMUNES)}, huyện ${district}, ${province === 'Hà Nội' ? 'Hà Nội' : `tỉnh ${province}`}`;
}

function ownerIdFor(r: Rng, female: boolean, birthYear: number): string {
  if (r.chance(0.15)) return digits(r, 9); // legacy CMND
  const century = birthYear >= 2000 ? 2 : 0;
  return `${r.pick(CCCD_PROVINCES)}${century + (female ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${digits(r, 6)}`;
}

/** One record, fully determined by `seed`. */
export function generateCorpusRecord(seed: number): CorpusRecord {
  const r = createRng(seed).fork('record');
  const v = r.pick(VEHICLES);
  const female = r.chance(0.4);
  const birthYear = r.int(1955, 2004);
  const regYear = r.int(2008, 2024);
  const regDate = `${regYear}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const name = `${r.pick(FAMILY)} ${r.pick(female ? MIDDLE_F : MIDDLE_M)} ${r.pick(female ? GIVEN_F : GIVEN_M)}`;
  return {
    record_id: `HS${String(100000 + (seed % 900000)).padStart(6, '0')}`,
    plate: plateFor(r, v.car),
    chassis: chassisFor(r, v, regYear - r.int(0, 1)),
    engine: v.engine(r),
    owner_name: name,
    owner_id: ownerIdFor(r, female, birthYear),
    address: addressFor(r),
    brand: v.brand,
    model: v.model,
    color: r.pick(COLORS),
    registered_on: regDate,
  };
}

/** dd/mm/yyyy as clerks write dates on the forms. */
export function paperDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
