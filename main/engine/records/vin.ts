/**
 * Chassis (frame) and engine numbers: how they are stored, compared and checked.
 *
 * A stored value is the station's, uppercased, without the spaces and dots clerks type for readability; an
 * engine number keeps its dash (JF63E-1234567) because that is how it is stamped. Nothing is "corrected": an O
 * in a VIN is reported as an issue for the station to clean, since the same O may be what is stamped on an
 * old frame. The check digit (ISO 3779 position 9) is mandatory only in North America, so a failing one is not
 * an issue; `vinCheckDigitValid` gives it to the matcher as evidence.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { toNfc } from '../text/vietnamese';

const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_ALPHABET = /^[A-HJ-NPR-Z0-9]{17}$/;
/** World manufacturer identifiers of vehicles made in Viet Nam (Honda, Yamaha, Toyota, VinFast, Ford). */
const VIETNAMESE_WMIS = ['RLH', 'RLC', 'RL4', 'RLL', 'RL0'];
const MIN_SERIAL_LENGTH = 5;
const LETTER_NOT_IN_VIN: Record<string, string> = { I: '1', O: '0', Q: '0' };

/**
 * Whether a 17-character VIN's check digit (position 9) is right; null when the value is not a 17-character
 * VIN at all, so the question does not apply.
 */
export function vinCheckDigitValid(vin: string): boolean | null {
  if (!VIN_ALPHABET.test(vin)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const value = c <= '9' ? c.charCodeAt(0) - 48 : TRANSLITERATION[c];
    sum += value * WEIGHTS[i];
  }
  const remainder = sum % 11;
  return vin[8] === (remainder === 10 ? 'X' : String(remainder));
}

const STORE_DROP = /[\s.]/g;
const KEY_DROP = /[\s.\-–—]/g;

/** A chassis or engine number as stored: uppercase, without spaces and dots, dashes kept. */
export function normalizeSerial(raw: string): string {
  return normalizeNfcSerial(toNfc(raw));
}

/** `normalizeSerial` for text already in NFC. */
export function normalizeNfcSerial(nfc: string): string {
  const upper = nfc.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    if (c === 0x2e || c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x3000)) return upper.replace(STORE_DROP, '');
  }
  return upper;
}

/** The key serials are compared by: uppercase, without spaces, dots or dashes. */
export function serialKey(s: string): string {
  return toNfc(s).toUpperCase().replace(KEY_DROP, '');
}

/** The data-quality problem of a stored chassis number, or null when there is none. */
export function chassisIssue(chassis: string): EngineMessage | null {
  const label = say('label.chassis');
  const generic = serialIssue(label, chassis);
  if (generic) return generic;
  if (chassis.length === 17) {
    let wrong: { letter: string; position: number }[] | null = null;
    for (let i = 0; i < 17; i++) {
      const c = chassis.charCodeAt(i);
      if (c === 0x49 || c === 0x4f || c === 0x51) (wrong ??= []).push({ letter: chassis[i], position: i + 1 });
    }
    if (!wrong) return null;
    if (wrong.length === 1) {
      const { letter, position } = wrong[0];
      return say('vin.letter', { label, letter, position, digit: LETTER_NOT_IN_VIN[letter] });
    }
    const where = joinAnd(wrong.map((w) => say('vin.letter_at', { letter: w.letter, position: w.position })));
    const digits = joinAnd(wrong.map((w) => LETTER_NOT_IN_VIN[w.letter]));
    return say('vin.letters', { label, where, digits });
  }
  if (chassis.length === 16 || chassis.length === 18) {
    const wmi = VIETNAMESE_WMIS.find((w) => chassis.startsWith(w));
    if (wmi) {
      return say(chassis.length === 16 ? 'vin.length_missing' : 'vin.length_doubled', { label, length: chassis.length, wmi });
    }
  }
  return null;
}

/** The data-quality problem of a stored engine number, or null. */
export function engineIssue(engine: string): EngineMessage | null {
  return serialIssue(say('label.engine'), engine);
}

/** Characters outside A–Z, 0–9 and the dash, or fewer than MIN_SERIAL_LENGTH letters and digits. */
function serialIssue(label: EngineMessage, value: string): EngineMessage | null {
  let significant = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) significant++;
    else if (c !== 0x2d) {
      return say('serial.bad_char', { label, value, char: String.fromCodePoint(value.codePointAt(i) ?? c) });
    }
  }
  if (significant < MIN_SERIAL_LENGTH) {
    return say('serial.too_short', { label, value, length: value.length });
  }
  return null;
}

function joinAnd(items: MessageParam[]): MessageParam {
  if (items.length <= 1) return items[0] ?? '';
  const first = items.slice(1, -1).reduce<MessageParam>((list, next) => say('list.comma', { first: list, next }), items[0]!);
  return say('list.and', { first, last: items[items.length - 1]! });
}
