/** The station's electronic registration record, as the engine stores and compares it. */

export const RECORD_FIELDS = [
  'record_id',
  'plate',
  'chassis',
  'engine',
  'owner_name',
  'owner_id',
  'address',
  'brand',
  'model',
  'color',
  'registered_on',
] as const;
export type RecordFieldName = (typeof RECORD_FIELDS)[number];

/** Fields other than the id, all optional text. */
export type RecordValueField = Exclude<RecordFieldName, 'record_id'>;
export const RECORD_VALUE_FIELDS = RECORD_FIELDS.filter((f): f is RecordValueField => f !== 'record_id');

/**
 * Owner facts a record file may carry beyond the vehicle's fields, for checking the owner against the population
 * register. Not a dossier field: nothing on paper is compared with it.
 */
export const OWNER_FACT_FIELDS = ['owner_birth_date'] as const;
export type OwnerFactField = (typeof OWNER_FACT_FIELDS)[number];

/** Every column a records file can hold. */
export type RecordFileField = RecordFieldName | OwnerFactField;

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
