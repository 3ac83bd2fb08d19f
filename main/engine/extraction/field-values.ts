/**
 * Field values as read off paper, put into the form records are stored in, so a scanned value compares with
 * the station's record: plates in display form, serials uppercase without spaces, citizen IDs as digits, dates
 * ISO, text NFC. OCR-only fixes are limited to characters a field's alphabet can never hold.
 */
import { cleanText, foldVietnamese } from '../text/vietnamese';
import { parseRecordDate } from '../records/date';
import { normalizePlate, canonicalPlateKey } from '../records/plate';
import { normalizeNfcSerial, serialKey } from '../records/vin';
import type { ScanField } from '../domain/field-reading';

/** Fields re-read at 300 dpi as a single line with a restricted character set. */
export type SerialField = 'plate' | 'chassis' | 'engine' | 'owner_id' | 'registered_on';
export const SERIAL_FIELDS: readonly SerialField[] = ['plate', 'chassis', 'engine', 'owner_id', 'registered_on'];

export function isSerialField(field: ScanField): field is SerialField {
  return (SERIAL_FIELDS as readonly string[]).includes(field);
}

// '.' stays in every list: leader dots must have somewhere to go or they turn into letters. A chassis list
// without I/O/Q makes tesseract pick 1/0 itself; the engine list keeps them (engine numbers are maker-specific).
export const WHITELIST: Record<SerialField, string> = {
  owner_id: '0123456789.',
  chassis: 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789.',
  engine: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.',
  plate: 'ABCDEFGHKLMNPRSTUVXYZĐ0123456789-.',
  registered_on: '0123456789/.-',
};

/** Strips what a single-line read picks up around a serial: leader-dot runs and edge punctuation. */
export function cleanSerialRead(field: SerialField, text: string): string {
  let v = text.replace(/\s+/g, '').replace(/\.{2,}.*$/, '').replace(/^[-.]+|[-.]+$/g, '');
  if (field === 'chassis' || field === 'owner_id') v = v.replace(/[-.]/g, '');
  return v;
}

/** A VIN never holds I, O or Q: in a 17-character chassis number they can only be misread 1 and 0. */
function fixVinAlphabet(v: string): string {
  return v.length === 17 ? v.replace(/[OQ]/g, '0').replace(/I/g, '1') : v;
}

/** The value in record form, or '' when nothing usable is left. */
export function normalizeFieldValue(field: ScanField, raw: string): string {
  const text = cleanText(raw);
  if (!text) return '';
  // A serial with fewer than 4 letters and digits is a smudge or a seal's edge, not a reading.
  if ((field === 'plate' || field === 'chassis' || field === 'engine') && (text.match(/[\p{L}\d]/gu) ?? []).length < 4) return '';
  switch (field) {
    case 'plate':
      return normalizePlate(text).plate;
    case 'chassis':
      return fixVinAlphabet(normalizeNfcSerial(text).replace(/[-–—_]/g, ''));
    case 'engine':
      // An engine number is letters, digits and dashes: what follows the first other mark is a seal's or a
      // leader's debris glued on by the read, never part of the number.
      return normalizeNfcSerial(text).replace(/[–—_]/g, '-').replace(/[^A-Z0-9-].*$/, '').replace(/^-+|-+$/g, '');
    case 'owner_id':
      return text.replace(/\D/g, '');
    case 'registered_on': {
      const m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text);
      if (!m) return '';
      const parsed = parseRecordDate(`${m[1]}/${m[2]}/${m[3]}`, 'Registration date');
      return parsed.ok ? parsed.iso : '';
    }
    default:
      return cleanWords(field, text);
  }
}

// Marks that never occur in a name, address, brand, model or colour, but that noise and seals turn into.
const JUNK = /[„"“”`\\|~+_*<>{}[\]=@#$%^&]/g;

/** A text value without OCR junk at its edges, or '' when too few letters are left to be a value. */
function cleanWords(field: ScanField, text: string): string {
  const v = text.replace(JUNK, ' ').replace(/\s+/g, ' ').replace(/^[^\p{L}\d]+|[^\p{L}\d.)]+$/gu, '').trim();
  const letters = (v.match(/\p{L}/gu) ?? []).length;
  const alnum = (v.match(/[\p{L}\d]/gu) ?? []).length;
  if (field === 'model' ? alnum < 2 : letters < 2) return '';
  return v;
}

/** The key readings are grouped by: copies that say the same thing however it was written. */
export function comparisonKey(field: ScanField, value: string): string {
  switch (field) {
    case 'plate':
      return canonicalPlateKey(value);
    case 'chassis':
    case 'engine':
      return serialKey(value);
    case 'owner_id':
    case 'registered_on':
      return value;
    default:
      // Names and addresses compare without case or diacritics (OCR loses marks, certificates print capitals).
      return foldVietnamese(value).replace(/[.,;:]+$/g, '').replace(/\s+/g, ' ').trim();
  }
}
