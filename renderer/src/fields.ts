import type { RecordField } from '../../preload/contract';

/** The record fields in the contract's order (a copy, so the renderer does not bundle the zod schemas). */
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
] as const satisfies readonly RecordField[];

// Fails to compile if the contract gains a field this list lacks.
type Missing = Exclude<RecordField, (typeof RECORD_FIELDS)[number]>;
export const everyFieldListed: Missing extends never ? true : never = true;
