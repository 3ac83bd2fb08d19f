/**
 * Citizen ID numbers: the 12-digit CCCD (căn cước công dân) and the 9-digit CMND it replaced.
 *
 * A CCCD reads: 3-digit code of the province where the birth was registered, 1 century/sex digit
 * (0/1 = born in the 1900s, male/female; 2/3 = 2000s), 2 digits of the birth year, 6 serial digits. There is no
 * checksum, so these parts are all that can be checked. The 12-digit CMND issued 2012–2016 has the same shape.
 */

import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { currentYear } from './date';

/** Birth-registration province codes of the 63 provinces before the 2025 merger (Circular 07/2016/TT-BCA). */
export const CCCD_PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['001', 'Hà Nội'], ['002', 'Hà Giang'], ['004', 'Cao Bằng'], ['006', 'Bắc Kạn'], ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'], ['011', 'Điện Biên'], ['012', 'Lai Châu'], ['014', 'Sơn La'], ['015', 'Yên Bái'],
  ['017', 'Hòa Bình'], ['019', 'Thái Nguyên'], ['020', 'Lạng Sơn'], ['022', 'Quảng Ninh'], ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'], ['026', 'Vĩnh Phúc'], ['027', 'Bắc Ninh'], ['030', 'Hải Dương'], ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'], ['034', 'Thái Bình'], ['035', 'Hà Nam'], ['036', 'Nam Định'], ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'], ['040', 'Nghệ An'], ['042', 'Hà Tĩnh'], ['044', 'Quảng Bình'], ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'], ['048', 'Đà Nẵng'], ['049', 'Quảng Nam'], ['051', 'Quảng Ngãi'], ['052', 'Bình Định'],
  ['054', 'Phú Yên'], ['056', 'Khánh Hòa'], ['058', 'Ninh Thuận'], ['060', 'Bình Thuận'], ['062', 'Kon Tum'],
  ['064', 'Gia Lai'], ['066', 'Đắk Lắk'], ['067', 'Đắk Nông'], ['068', 'Lâm Đồng'], ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'], ['074', 'Bình Dương'], ['075', 'Đồng Nai'], ['077', 'Bà Rịa - Vũng Tàu'], ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'], ['082', 'Tiền Giang'], ['083', 'Bến Tre'], ['084', 'Trà Vinh'], ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'], ['089', 'An Giang'], ['091', 'Kiên Giang'], ['092', 'Cần Thơ'], ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'], ['095', 'Bạc Liêu'], ['096', 'Cà Mau'],
]);

export interface CitizenIdResult {
  /** Digits only when the value is all digits after removing spaces, dots and dashes; else as typed. */
  value: string;
  issues: readonly EngineMessage[];
}

const SEPARATORS = /[\s.-]/g;
const NO_ISSUES: readonly EngineMessage[] = Object.freeze([]);
/** "1.23457E+11": what Excel writes to CSV for a long number in a General-format cell. */
const EXPONENT_FORM = /^\d[.,]\d+E\+\d+$/i;

/** Normalises a citizen ID and lists what is wrong with it. `today` is for the birth-year check. */
export function normalizeCitizenId(typed: string, today?: Date): CitizenIdResult {
  const digits = allDigits(typed) ? typed : typed.replace(SEPARATORS, '');
  if (!allDigits(digits)) {
    if (EXPONENT_FORM.test(typed)) {
      return { value: typed, issues: [say('citizen_id.exponent', { value: typed })] };
    }
    return { value: typed, issues: [say('citizen_id.not_digits', { value: typed })] };
  }
  if (digits.length === 9) return { value: digits, issues: NO_ISSUES };
  if (digits.length !== 12) {
    const lostZero = digits.length === 10 || digits.length === 11;
    return { value: digits, issues: [say(lostZero ? 'citizen_id.length_lost_zero' : 'citizen_id.length', { value: digits, length: digits.length })] };
  }
  return { value: digits, issues: cccdIssues(digits, today) };
}

/** Valid province codes as a lookup by number (0–999): read once per record, so no string slicing. */
const PROVINCE_BY_NUMBER: Uint8Array = (() => {
  const table = new Uint8Array(1000);
  for (const code of CCCD_PROVINCE_CODES.keys()) table[Number(code)] = 1;
  return table;
})();

/** What is implausible in a 12-digit CCCD: its province code, its century/sex digit, its birth year. */
export function cccdIssues(cccd: string, today?: Date): readonly EngineMessage[] {
  let issues: EngineMessage[] | null = null;
  const province = digitAt(cccd, 0) * 100 + digitAt(cccd, 1) * 10 + digitAt(cccd, 2);
  if (PROVINCE_BY_NUMBER[province] !== 1) {
    (issues ??= []).push(say('citizen_id.province', { value: cccd, code: cccd.slice(0, 3) }));
  }
  const centuryDigit = digitAt(cccd, 3);
  if (centuryDigit > 3) {
    (issues ??= []).push(say('citizen_id.century', { value: cccd, digit: centuryDigit }));
  } else {
    const birthYear = (centuryDigit < 2 ? 1900 : 2000) + digitAt(cccd, 4) * 10 + digitAt(cccd, 5);
    if (birthYear > (today ? today.getFullYear() : currentYear())) {
      (issues ??= []).push(say('citizen_id.future', { value: cccd, year: birthYear }));
    }
  }
  return issues ?? NO_ISSUES;
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 0x30;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
