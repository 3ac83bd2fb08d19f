/**
 * Which side a difference probably lies on. Evidence for an OCR misread: another copy on paper reads the
 * record's value, the differing characters were read with low confidence, or only the record's value passes
 * the VIN check digit. Evidence for a record error: every copy agrees with a confident read, or only the
 * paper's value passes the check digit. It is only a hint: the difference is flagged either way.
 */
import { isConfusionPair } from '../lookup/fold';
import { vinCheckDigitValid } from '../records/vin';
import type { FieldReading, ScanField } from '../domain/field-reading';
import { canonicalValue } from './compare';
import type { FlagHint } from '../domain/dossier';

/** Characters read below this confidence are doubtful. */
const DOUBTFUL = 0.6;

export function mismatchHint(field: ScanField, scan: string, record: string, readings: FieldReading[]): FlagHint {
  const recordKey = canonicalValue(field, record);
  const scanKey = canonicalValue(field, scan);
  const keys = readings.map((r) => canonicalValue(field, r.text));
  if (keys.includes(recordKey)) return 'ocr_misread';
  if (field === 'chassis' && scanKey.length === 17 && recordKey.length === 17) {
    const paperValid = vinCheckDigitValid(scanKey);
    const recordValid = vinCheckDigitValid(recordKey);
    if (recordValid && paperValid === false) return 'ocr_misread';
    if (paperValid && recordValid === false) return 'record_error';
  }
  const agreeing = readings.filter((_, i) => keys[i] === scanKey);
  const doubtful = agreeing.some((r) => r.chars.some((c) => c.confidence < DOUBTFUL)) || agreeing.length === 0;
  if (doubtful && onlyConfusions(scanKey, recordKey)) return 'ocr_misread';
  const kinds = new Set(agreeing.map((r) => r.source));
  if (!doubtful && (kinds.size >= 2 || agreeing.length >= 2)) return 'record_error';
  return doubtful ? 'ocr_misread' : null;
}

/** Equal length, and every differing character is a pair OCR is known to confuse. */
export function onlyConfusions(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !isConfusionPair(a[i]!, b[i]!)) return false;
  return true;
}
