/**
 * The station record's fields, defined once for the engine, the contract and the screens: in the order the
 * station's spreadsheets usually list them. Plain data with no zod, so the renderer can import it (through
 * preload/record-fields.ts) without bundling the schemas.
 */
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

/** Fields other than the id, all optional text: also the fields a dossier's paper yields. */
export type RecordValueField = Exclude<RecordFieldName, 'record_id'>;
export const RECORD_VALUE_FIELDS = RECORD_FIELDS.filter((f): f is RecordValueField => f !== 'record_id');

/**
 * Owner facts a record file may carry beyond the vehicle's fields, for checking the owner against the population
 * register. Not a dossier field: nothing on paper is compared with it.
 */
export const OWNER_FACT_FIELDS = ['owner_birth_date'] as const;
export type OwnerFactField = (typeof OWNER_FACT_FIELDS)[number];

/** Every column a records file can hold. */
export const RECORD_FILE_FIELDS = [...RECORD_FIELDS, ...OWNER_FACT_FIELDS] as const;
export type RecordFileField = RecordFieldName | OwnerFactField;
