/**
 * The upsert by key that the register, declarations and licences share: a key not stored yet is inserted; a key an
 * earlier row of the same import already stored is a duplicate (the first row wins); an unchanged digest is left
 * alone; anything else keeps the old values as history and is updated. The table's own statements do the writing.
 */
import type { UpsertResult } from './records.repo';
import type { SeqRowMarks } from '../records/rows-seen';

export interface KeyedUpsert {
  /** The stored row's seq and digest for this key, if the key is stored. */
  found: [seq: number, digest: number] | undefined;
  /** The row's digest (values and issues) as it would be stored. */
  digest: number;
  /** Inserts the row; returns its seq. */
  insert(): number;
  /**
   * Keeps the stored values as history and writes the row's over them; a table that may keep some stored values
   * (licences: an officer's decided ones) answers its own outcome.
   */
  update(seq: number, stored: number): UpsertResult | void;
}

/** Stores one file row (`row` is its line, for duplicates) by its key; see above. */
export function upsertByKey(row: number, seen: SeqRowMarks, upsert: KeyedUpsert): UpsertResult {
  if (!upsert.found) {
    const seq = upsert.insert();
    seen.mark(seq, row);
    return { outcome: 'imported', seq };
  }
  const [seq, stored] = upsert.found;
  const firstRow = seen.rowOf(seq);
  if (firstRow !== undefined) return { outcome: 'duplicate', seq, firstRow };
  seen.mark(seq, row);
  if (stored === upsert.digest) return { outcome: 'unchanged', seq };
  return upsert.update(seq, stored) ?? { outcome: 'updated', seq };
}
