/**
 * A difference that rests only on characters the reader doubted is a question about the paper, not a claim
 * about the record: when every character the paper's serial differs from the record's by was read below
 * DOUBTFUL in every reading that gives the paper's value (a re-read disputed it, its glyph corrected it, only a
 * restricted pass saw it), the officer is asked to read the paper (`unreadable`), not told the record is wrong.
 */
import type { FieldReading, ScanField } from '../domain/field-reading';
import { canonicalValue, FLAGGED_SERIALS } from './compare';

/** A character read below this is doubted (a re-read's disputed character is 0.75, a glyph's correction 0.8). */
const DOUBTFUL = 0.85;

export function differsOnlyWhereDoubted(field: ScanField, scan: string, record: string, readings: FieldReading[]): boolean {
  const at = differences(field, scan, record, readings);
  return at !== null && at.positions.every((i) => at.supports.every((s) => s[i]! < DOUBTFUL));
}

/**
 * Whether a reading that gives the paper's serial read every character it differs from the record's by at `sure`
 * or more: false when each such reading doubted one, or no reading of the same length shows where they differ.
 */
export function readSurelyWhereDiffers(field: ScanField, scan: string, record: string, readings: FieldReading[], sure: number): boolean {
  const at = differences(field, scan, record, readings);
  return at !== null && at.supports.some((s) => at.positions.every((i) => s[i]! >= sure));
}

/** Where the paper's serial differs from the record's, and each reading of the paper's value as its characters' confidences. */
function differences(field: ScanField, scan: string, record: string, readings: FieldReading[]): { positions: number[]; supports: number[][] } | null {
  if (!FLAGGED_SERIALS.has(field)) return null;
  const paper = canonicalValue(field, scan);
  const stored = canonicalValue(field, record);
  if (paper.length !== stored.length || paper === stored) return null;
  const positions = [...paper].flatMap((c, i) => (c !== stored[i] ? [i] : []));
  // Each reading of the paper's value, as its characters' confidences in the compared form.
  const supports = readings.flatMap((r) => {
    if (canonicalValue(field, r.text) !== paper) return [];
    const chars = r.chars.filter((c) => /[\p{L}\d]/u.test(c.c));
    return chars.length === paper.length ? [chars.map((c) => c.confidence)] : [];
  });
  return supports.length === 0 ? null : { positions, supports };
}
