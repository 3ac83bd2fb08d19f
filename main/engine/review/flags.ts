/**
 * The discrepancies between a dossier's paper and its record. Every difference is flagged — an OCR confusion
 * included — with its evidence (every reading of the field: page, box, text, per-character confidence) and a
 * hint; severity orders the officer's queue (the vehicle's identity first).
 */
import type { StationRecord } from '../records/record';
import type { FieldReading, FusedFields } from '../domain/field-reading';
import { FLAGGED_FIELDS, FLAGGED_SERIALS, addressWithinMisread, canonicalValue, marksDiffer, marksOnlyLost, nameWithinMisread, sameValue, withinMisread, type FlaggedField } from './compare';
import { differsOnlyWhereDoubted, readSurelyWhereDiffers } from './doubtful-difference';
import { mismatchHint, onlyConfusions } from './hint';
import type { FlagHint, FlagKind } from '../domain/dossier';
import type { ReviewFlag } from '../domain/review';

/** How much a field's difference matters: the vehicle's identity first, then its owner. */
const FIELD_WEIGHT: Record<FlaggedField, number> = {
  chassis: 80,
  engine: 80,
  owner_id: 70,
  plate: 65,
  owner_name: 60,
  address: 30,
  registered_on: 25,
};
const KIND_OFFSET: Record<FlagKind, number> = { mismatch: 0, missing_in_record: -10, missing_on_scan: -15, unreadable: -20, unmatched: 0, duplicate: 0, retired: 0 };
export const UNMATCHED_SEVERITY = 100;
export const DUPLICATE_SEVERITY = 90;
/** A vehicle on the department's retired list: its paper must leave the shelf before anything else is decided. */
export const RETIRED_SEVERITY = 95;
/**
 * A fused value read with less confidence than this that does not agree with the record is flagged unreadable
 * rather than claimed as a difference: on the corpus every true difference was read at 0.78 or more, while
 * smudged handwriting and seals read below 0.55 (`npm run bench:review`).
 */
const UNREADABLE_BELOW = 0.6;
/**
 * A name or an address is free text, often in a hand, whose marks OCR misses (an address is read exactly about half
 * the time): one read below the review threshold a few letters off the record's is asked to be read on paper, not
 * claimed as another owner or a change of address. A name or place far from the record's is a mismatch. So is a
 * date: one copy's handwritten digits (a 7 read 1, an 8 read 9) a digit or two off the record's are asked.
 */
const TEXT_SURE = 0.9;

/**
 * A serial below the review threshold (one copy read it, or copies disagree) that differs from the record only by
 * characters OCR confuses (5/S, 8/B, 0/D, 1/7…), or by a character or two the reader did not read surely (a
 * hand's 4 read A, a digit a speck hid): as likely the reader's slip as the record's, so the officer is asked to
 * read the paper (both values shown) rather than told the record is wrong, the worst claim the app can make
 * when the record is right. Two copies that agree make the value sure, and then the difference is a mismatch;
 * so is one a copy read surely character by character, or a read far from the record's.
 */
function doubtfulSerial(field: FlaggedField, confidence: number, paper: string, stored: string, own: FieldReading[]): boolean {
  if (!FLAGGED_SERIALS.has(field) || confidence >= TEXT_SURE) return false;
  const [a, b] = [canonicalValue(field, paper), canonicalValue(field, stored)];
  if (onlyConfusions(a, b)) return true;
  return withinMisread(a, b) && !readSurelyWhereDiffers(field, paper, stored, own, TEXT_SURE);
}

/**
 * What each kind of paper prints: a declaration form every flagged field, a certificate all but the citizen ID.
 * A field no reading gave is `missing_on_scan` only when no paper read in the dossier prints it; on a form that
 * was read, it was not found (a label the reader lost), and the officer is asked to read the paper.
 */
const PRINTED_BY: Partial<Record<FieldReading['source'], ReadonlySet<FlaggedField>>> = {
  form: new Set(FLAGGED_FIELDS),
  certificate: new Set(FLAGGED_FIELDS.filter((f) => f !== 'owner_id')),
};

/** The field flags of a linked dossier. */
export function fieldFlags(scan: FusedFields, record: StationRecord, readings: FieldReading[]): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const field of FLAGGED_FIELDS) {
    const fused = scan[field];
    const paper = fused?.value ?? null;
    const stored = record[field];
    const own = readings.filter((r) => r.field === field);
    const flag = (kind: FlagKind, hint: FlagHint): void => {
      // A flag is raised undecided; the officer's decision is read beside it (ReviewRepo.flags).
      flags.push({ field, kind, scan_value: paper, record_value: stored, hint, severity: FIELD_WEIGHT[field] + KIND_OFFSET[kind], readings: own, decision: null });
    };
    if (paper === null && stored === null) continue;
    if (paper === null) {
      const printed = readings.some((r) => PRINTED_BY[r.source]?.has(field));
      flag(own.some((r) => r.text.trim() !== '') || printed ? 'unreadable' : 'missing_on_scan', own.length || printed ? 'ocr_misread' : null);
    } else if (stored === null) {
      flag('missing_in_record', 'record_error');
    } else if (field === 'owner_name' && marksDiffer(paper, stored)) {
      // Names compare without marks (OCR drops them), but a read marking a syllable otherwise is another name when
      // sure; when not, the officer reads the paper (OCR swaps a capital's stacked marks, "TUẦN" for Tuấn). A read
      // that only lacks a mark the record has is what OCR does to stacked marks even when two copies agree ("TIÊN"
      // for Tiến off the capitals and the hand alike): the officer reads the paper.
      if (fused!.confidence >= TEXT_SURE && !marksOnlyLost(paper, stored)) flag('mismatch', mismatchHint(field, paper, stored, own));
      else flag('unreadable', 'ocr_misread');
    } else if (!sameValue(field, paper, stored)) {
      const text = field === 'address' || field === 'owner_name' || field === 'registered_on';
      const misread = withinMisread(paper, stored) || (field === 'address' && addressWithinMisread(paper, stored)) || (field === 'owner_name' && nameWithinMisread(paper, stored));
      const doubted = fused!.confidence < UNREADABLE_BELOW || (text && fused!.confidence < TEXT_SURE && misread);
      if (doubted || differsOnlyWhereDoubted(field, paper, stored, own) || doubtfulSerial(field, fused!.confidence, paper, stored, own)) flag('unreadable', 'ocr_misread');
      else flag('mismatch', mismatchHint(field, paper, stored, own));
    }
  }
  return flags;
}
