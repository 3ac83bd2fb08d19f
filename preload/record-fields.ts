/**
 * The station-record fields, in the order the station's spreadsheets usually list them. Plain data with no
 * zod, so the renderer can import it without bundling the schemas.
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
