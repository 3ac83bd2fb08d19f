/** The station's electronic registration record, as the engine stores and compares it. */

import type { RecordFileField, RecordValueField } from '../domain/record-fields';

export {
  OWNER_FACT_FIELDS,
  RECORD_FIELDS,
  RECORD_VALUE_FIELDS,
  type OwnerFactField,
  type RecordFieldName,
  type RecordFileField,
  type RecordValueField,
} from '../domain/record-fields';

/** Values as they come out of a file, before normalisation (trimmed strings, absent when the cell is empty). */
export type RawRecordFields = Partial<Record<RecordFileField, string>>;

/** A record after normalisation: NFC text, canonical serials, null where the station has no value. */
export type NormalizedRecord = { record_id: string } & Record<RecordValueField, string | null> & { owner_birth_date?: string | null };

/** A data-quality problem: the record is kept as the station has it, and the problem is listed for cleaning. */
export interface FieldIssue {
  field: RecordFileField;
  message: string;
}

/** A stored record with its data-quality issues. */
export type StoredRecord = NormalizedRecord & { issues: FieldIssue[] };
