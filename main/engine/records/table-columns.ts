/**
 * The columns of one kind of table file (station records, the population register, self-declarations …): which
 * field each header names, which field is the row's key, and the sentences for a file without that key column.
 * The readers under ./readers are shared by every kind; only this description differs.
 *
 * Headers are compared in a folded form — lowercase, no diacritics, letters and digits only — so "Mã hồ sơ",
 * "MÃ HỒ SƠ", "ma_ho_so" and an NFD "Mã hồ sơ" are one name.
 */
import { InputError } from '../errors';
import { foldVietnamese } from '../text/vietnamese';
import { say, termOf } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';

/** How the cells of a row map to fields: `fields[i]` is the field of column i, or null. */
export interface ColumnMap<F extends string = string> {
  fields: (F | null)[];
  /** Number of columns in the header, including ignored ones. */
  width: number;
}

export interface TableColumns<F extends string> {
  /** The field every row must have (record id, personal id …). */
  key: F;
  fieldForHeader(header: string): F | null;
  /** The fields of one data row; empty cells are left out. `clean` turns a mapped cell into its stored text. */
  rowToFields(cells: readonly string[], map: ColumnMap<F>, clean?: (cell: string) => string): Partial<Record<F, string>>;
  /** The sentence for a header row without the key column; `found` lists the headers the file has. */
  missingKey(fileName: string, found: MessageParam): EngineMessage;
  /** The sentence for a CSV header line that reads as one column under every separator. */
  singleColumn(fileName: string, shown: string): EngineMessage;
}

/** The folded comparison form of a header: "Số CCCD/CMND" → "socccdcmnd". */
export function headerKey(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A header lookup from folded synonyms per field. */
export function headerLookup<F extends string>(synonyms: Record<F, readonly string[]>): (header: string) => F | null {
  const byKey = new Map<string, F>((Object.entries(synonyms) as [F, readonly string[]][]).flatMap(([field, keys]) => keys.map((key) => [key, field] as const)));
  return (header) => byKey.get(headerKey(header)) ?? null;
}

/** A table description whose rows are plain keyed objects (fine below a few dozen columns). */
export function defineTableColumns<F extends string>(spec: Omit<TableColumns<F>, 'fieldForHeader' | 'rowToFields'> & { synonyms: Record<F, readonly string[]> }): TableColumns<F> {
  const fieldForHeader = headerLookup(spec.synonyms);
  return {
    key: spec.key,
    missingKey: spec.missingKey,
    singleColumn: spec.singleColumn,
    fieldForHeader,
    rowToFields(cells, map, clean) {
      const fields: Partial<Record<F, string>> = {};
      const n = Math.min(cells.length, map.fields.length);
      for (let i = 0; i < n; i++) {
        const field = map.fields[i];
        const cell = cells[i];
        if (field !== null && field !== undefined && cell !== '') fields[field] = clean ? clean(cell) : cell;
      }
      return fields;
    },
  };
}

/**
 * Maps a header row to fields. Throws InputError when the key column is missing (listing the headers the file
 * has) or when two columns name the same field.
 */
export function mapTableHeader<F extends string>(headers: readonly string[], fileName: string, columns: TableColumns<F>): ColumnMap<F> {
  const fields: (F | null)[] = [];
  const seen = new Map<F, number>();
  headers.forEach((header, i) => {
    const field = columns.fieldForHeader(header);
    fields.push(field);
    if (!field) return;
    const first = seen.get(field);
    if (first !== undefined) {
      throw new InputError(
        say('file.two_columns', { file: fileName, field: termOf('field', field), first: headers[first].trim(), firstColumn: columnLetter(first), second: header.trim(), secondColumn: columnLetter(i) }),
      );
    }
    seen.set(field, i);
  });
  if (!seen.has(columns.key)) {
    const named = headers.map((h) => h.trim()).filter((h) => h.length > 0);
    const list = named.length > 0 ? named.slice(0, 15).map((h) => `"${h}"`).join(', ') + (named.length > 15 ? ', …' : '') : say('columns.none');
    throw new InputError(columns.missingKey(fileName, list));
  }
  return { fields, width: headers.length };
}

/** True when a header row has the key column (used to find the header below a title row). */
export function hasKeyColumn<F extends string>(headers: readonly string[], columns: TableColumns<F>): boolean {
  return headers.some((h) => columns.fieldForHeader(h) === columns.key);
}
