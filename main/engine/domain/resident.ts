/**
 * A resident of the population register extract (Cơ sở dữ liệu quốc gia về dân cư) the station is handed: the person
 * an owner's or a licence holder's values are checked against. A zod schema, its type inferred; the engine
 * (residents/, db/residents.repo) takes it from here, as licence.ts and declaration.ts are taken.
 */
import { z } from 'zod';

const text = z.string().nullable();

/** A resident as stored: NFC text, the 12-digit personal ID, ISO birth date, sex as "Nam" or "Nữ". */
export const Resident = z.object({
  personal_id: z.string(),
  full_name: text,
  birth_date: text,
  sex: text,
  former_id: text,
  address: text,
});
export type Resident = z.infer<typeof Resident>;

/** A register file's columns (CLI.md), in their usual order: every field of the schema, checked. */
export const RESIDENT_FIELDS = ['personal_id', 'full_name', 'birth_date', 'sex', 'former_id', 'address'] as const satisfies readonly (keyof Resident)[];
export type ResidentField = (typeof RESIDENT_FIELDS)[number];
const everyFieldIsAColumn: Exclude<keyof Resident, ResidentField> extends never ? true : never = true;
void everyFieldIsAColumn;
