/**
 * Dates as stations write them: 15/08/2023, 5/8/2023, 15-08-2023, 15.08.2023, 2023-08-15, and the serial
 * numbers Excel stores when a date column loses its format (45153). Day comes before month, always: Vietnamese
 * documents never write month first. Stored as ISO yyyy-mm-dd.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;
/** Day 0 of Excel's 1900 date system, as used for serials after 28/02/1900 (Excel counts a 29/02/1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export type DateResult = { ok: true; iso: string } | { ok: false; issue: EngineMessage };

/**
 * Reads a date. `label` names the field in the issue (a `label.*` message: "Registration date"); `today` bounds it (no future dates).
 * Serial numbers are accepted with five digits only (1927–2173), so a bare year like 2019 is never taken as one.
 */
export function parseRecordDate(typed: string, label: MessageParam, today?: Date): DateResult {
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if (typed.length === 10 && isPaddedDmy(typed)) {
    // 15/08/2023, the form nearly every station export uses: read without a regex.
    d = digitPair(typed, 0);
    m = digitPair(typed, 3);
    y = digitPair(typed, 6) * 100 + digitPair(typed, 8);
  } else if ((match = DMY.exec(typed))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = YMD.exec(typed))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = EXCEL_SERIAL.exec(typed))) {
    const date = new Date(EXCEL_EPOCH_MS + Number(match[1]) * DAY_MS);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else {
    return { ok: false, issue: say('date.format', { label, value: typed }) };
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return { ok: false, issue: say('date.not_real', { label, value: typed }) };
  }
  if (y < 1900) return { ok: false, issue: say('date.before_1900', { label, value: typed }) };
  const iso = `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  if (iso > (today ? localIsoDate(today) : currentIsoDate())) return { ok: false, issue: say('date.future', { label, value: typed }) };
  return { ok: true, iso };
}

const DMY_DIGITS = [0, 1, 3, 4, 6, 7, 8, 9];

function isPaddedDmy(s: string): boolean {
  const sep = s.charCodeAt(2);
  if ((sep !== 0x2f && sep !== 0x2d && sep !== 0x2e) || s.charCodeAt(5) !== sep) return false;
  for (let k = 0; k < DMY_DIGITS.length; k++) {
    const c = s.charCodeAt(DMY_DIGITS[k]);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function digitPair(s: string, at: number): number {
  return (s.charCodeAt(at) - 0x30) * 10 + (s.charCodeAt(at + 1) - 0x30);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

let cachedToday = '';
let cachedYear = 0;
let callsUntilCheck = 0;

/**
 * Today, looked up once every few thousand calls: a million-row import must not read the clock per row (in a
 * virtual machine without a fast clock, Date.now() costs half a microsecond). A day boundary is noticed within
 * a few thousand rows, which is what matters for "not in the future".
 */
function refreshToday(): void {
  if (--callsUntilCheck > 0) return;
  callsUntilCheck = 4096;
  const now = new Date();
  cachedToday = localIsoDate(now);
  cachedYear = now.getFullYear();
}

function currentIsoDate(): string {
  refreshToday();
  return cachedToday;
}

/** The current year (for birth-year checks), cached like today's date. */
export function currentYear(): number {
  refreshToday();
  return cachedYear;
}

/** Today in the station's own calendar (local time), as yyyy-mm-dd. */
function localIsoDate(today: Date): string {
  const m = today.getMonth() + 1;
  const d = today.getDate();
  return `${today.getFullYear()}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
