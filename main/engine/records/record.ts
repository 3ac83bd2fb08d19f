/** The station's electronic registration record, as the engine stores and compares it. */

import { RECORD_FIELDS, type RecordFieldName, type RecordFileField } from '../domain/record-fields';

export { OWNER_FACT_FIELDS, RECORD_FIELDS, type OwnerFactField, type RecordFieldName, type RecordFileField } from '../domain/record-fields';

/** Fields other than the id, all optional text. */
export type RecordValueField = Exclude<RecordFieldName, 'record_id'>;
export const RECORD_VALUE_FIELDS = RECORD_FIELDS.filter((f): f is RecordValueField => f !== 'record_id');

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
