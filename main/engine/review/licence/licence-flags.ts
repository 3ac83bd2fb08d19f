/**
 * The discrepancies between a licence card and its licence record, flagged exactly as a vehicle dossier's:
 * every difference (an OCR confusion included) with its readings as evidence; a value read with little
 * confidence that disagrees is `unreadable` rather than claimed as a difference.
 */
import type { LicenceFusedFields } from '../../extraction/licence/licence-fuse';
import { LICENCE_CARD_FIELDS, type LicenceCardField } from '../../extraction/licence/licence-grammar';
import type { Licence } from '../../licences/licence-columns';
import type { FieldReading } from '../../domain/field-reading';
import type { FlagHint, FlagKind } from '../../domain/dossier';
import type { ReviewFlag } from '../../domain/review';
import { onlyConfusions } from '../hint';
import { licenceCanonical, sameLicenceValue } from './licence-compare';

/** How much a difference matters: who the licence is (its number, holder, birth date) before what it allows. */
const FIELD_WEIGHT: Record<LicenceCardField, number> = { licence_no: 80, full_name: 70, birth_date: 65, class: 50, issued_on: 30 };
const KIND_OFFSET: Partial<Record<FlagKind, number>> = { mismatch: 0, missing_in_record: -10, missing_on_scan: -15, unreadable: -20 };
/** As for vehicle dossiers (flags.ts): below this a disagreeing value is unreadable, not a difference. */
const UNREADABLE_BELOW = 0.6;
const DOUBTFUL = 0.6;

/** The field flags of a licence dossier linked to `record`. */
export function licenceFlags(scan: LicenceFusedFields, record: Licence, readings: readonly FieldReading[]): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const field of LICENCE_CARD_FIELDS) {
    const fused = scan[field];
    const paper = fused?.value ?? null;
    const stored = record[field] ?? null;
    const own = readings.filter((r) => (r.field as string) === field);
    const flag = (kind: FlagKind, hint: FlagHint): void => {
      flags.push({ field, kind, scan_value: paper, record_value: stored, hint, severity: FIELD_WEIGHT[field] + (KIND_OFFSET[kind] ?? 0), readings: own, decision: null });
    };
    if (paper === null && stored === null) continue;
    if (paper === null) flag(own.some((r) => r.text.trim() !== '') ? 'unreadable' : 'missing_on_scan', own.length ? 'ocr_misread' : null);
    else if (stored === null) flag('missing_in_record', 'record_error');
    else if (!sameLicenceValue(field, paper, stored)) {
      if (fused!.confidence < UNREADABLE_BELOW) flag('unreadable', 'ocr_misread');
      else flag('mismatch', hintFor(field, paper, stored, own));
    }
  }
  return flags;
}

/**
 * Another reading says the record's value, or the difference is only OCR look-alikes read with doubt: an OCR
 * misread; two confident readings that agree against the record: a record error; else no hint.
 */
function hintFor(field: LicenceCardField, paper: string, stored: string, own: readonly FieldReading[]): FlagHint {
  const recordKey = licenceCanonical(field, stored);
  if (own.some((r) => licenceCanonical(field, r.text) === recordKey)) return 'ocr_misread';
  const doubtful = own.some((r) => r.chars.some((c) => c.confidence < DOUBTFUL));
  if (doubtful && onlyConfusions(licenceCanonical(field, paper), recordKey)) return 'ocr_misread';
  const agreeing = own.filter((r) => licenceCanonical(field, r.text) === licenceCanonical(field, paper));
  return !doubtful && agreeing.length >= 2 ? 'record_error' : null;
}
