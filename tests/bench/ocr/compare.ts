/**
 * When a value read from paper counts as right: the same for our pipeline and the stock reference. Serials and
 * IDs compare without their separators (spaces, dots, dashes are print style), text fields without case
 * (certificates print capitals), dates as calendar dates; diacritics always count.
 */
import type { TruthField } from '../../corpus/form-page';

export const FIELDS: TruthField[] = ['plate', 'chassis', 'engine', 'owner_id', 'owner_name', 'address', 'brand', 'model', 'color', 'registered_on'];
const SERIALS = new Set<TruthField>(['plate', 'chassis', 'engine', 'owner_id']);

function isoDate(s: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
}

export function canonical(field: TruthField, value: string): string {
  const v = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (SERIALS.has(field)) return v.toLocaleUpperCase('vi').replace(/[\s.\-–]/g, '');
  if (field === 'registered_on') return isoDate(v);
  return v.toLocaleUpperCase('vi');
}

export function sameAs(field: TruthField, got: string | null | undefined, want: string): boolean {
  return got !== null && got !== undefined && got !== '' && canonical(field, got) === canonical(field, want);
}
