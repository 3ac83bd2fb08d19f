/**
 * Which record field a column header (or JSON key) holds. Stations name their columns every possible way —
 * "Mã hồ sơ", "MÃ HỒ SƠ", "ma_ho_so", "Record ID", "Biển kiểm soát", "CCCD/CMND" — so headers are compared
 * in a folded form: lowercase, no diacritics, letters and digits only.
 */
import { InputError } from '../errors';
import { foldVietnamese } from '../text/vietnamese';
import type { RawRecordFields, RecordFieldName } from './record';

/** Folded header names per field. The first one of each is what error messages show. */
const SYNONYMS: Record<RecordFieldName, readonly string[]> = {
  record_id: ['mahoso', 'recordid', 'mahs', 'sohoso', 'mahosoxe', 'mahosodangky', 'record', 'recordno', 'dossierid', 'hosoid'],
  plate: ['bienso', 'plate', 'bienkiemsoat', 'biensoxe', 'bks', 'bsx', 'platenumber', 'plateno', 'licenseplate', 'registrationplate'],
  chassis: ['sokhung', 'chassis', 'khung', 'chassisno', 'chassisnumber', 'vin', 'framenumber', 'frameno', 'frame'],
  engine: ['somay', 'engine', 'engineno', 'enginenumber', 'sodongco'],
  owner_name: ['tenchuxe', 'ownername', 'chuxe', 'tenchusohuu', 'chusohuu', 'hoten', 'hovaten', 'hotenchuxe', 'tenchu', 'owner'],
  owner_id: [
    'socccd', 'ownerid', 'cccd', 'cccdcmnd', 'cmndcccd', 'socccdcmnd', 'socmndcccd', 'socmnd', 'cmnd', 'socmt', 'cmt',
    'socancuoc', 'cancuoccongdan', 'socancuoccongdan', 'sodinhdanh', 'sodinhdanhcanhan', 'citizenid', 'idnumber',
  ],
  address: ['diachi', 'address', 'diachithuongtru', 'noithuongtru', 'thuongtru', 'diachichuxe', 'noio'],
  brand: ['nhanhieu', 'brand', 'hieuxe', 'make', 'nhanhieuxe'],
  model: ['soloai', 'model', 'kieuloai', 'modelcode'],
  color: ['mauson', 'color', 'colour', 'mau', 'mauxe'],
  registered_on: ['ngaydangky', 'registeredon', 'ngaydangki', 'ngaydk', 'registrationdate', 'registereddate', 'dateregistered'],
};

const BY_KEY: ReadonlyMap<string, RecordFieldName> = new Map(
  (Object.entries(SYNONYMS) as [RecordFieldName, readonly string[]][]).flatMap(([field, keys]) =>
    keys.map((key) => [key, field] as const),
  ),
);

/** The folded comparison form of a header: "Số CCCD/CMND" → "socccdcmnd". */
export function headerKey(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}

/** The field a header names, or null for a column the import ignores. */
export function fieldForHeader(header: string): RecordFieldName | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** How the cells of a row map to fields: `fields[i]` is the field of column i, or null. */
export interface ColumnMap {
  fields: (RecordFieldName | null)[];
  /** Number of columns in the header, including ignored ones. */
  width: number;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Maps a header row to fields. Throws InputError when the record-id column is missing (listing the headers
 * the file has) or when two columns name the same field.
 */
export function mapHeader(headers: readonly string[], fileName: string): ColumnMap {
  const fields: (RecordFieldName | null)[] = [];
  const seen = new Map<RecordFieldName, number>();
  headers.forEach((header, i) => {
    const field = fieldForHeader(header);
    fields.push(field);
    if (!field) return;
    const first = seen.get(field);
    if (first !== undefined) {
      throw new InputError(
        `${fileName} has two columns for ${field}: "${headers[first].trim()}" (column ${columnLetter(first)}) and ` +
          `"${header.trim()}" (column ${columnLetter(i)}); remove or rename one of them.`,
      );
    }
    seen.set(field, i);
  });
  if (!seen.has('record_id')) throw new InputError(missingRecordIdMessage(headers, fileName));
  return { fields, width: headers.length };
}

/** True when a header row has a record-id column (used to find the header below a title row). */
export function hasRecordIdColumn(headers: readonly string[]): boolean {
  return headers.some((h) => fieldForHeader(h) === 'record_id');
}

function missingRecordIdMessage(headers: readonly string[], fileName: string): string {
  const named = headers.map((h) => h.trim()).filter((h) => h.length > 0);
  const list = named.length > 0 ? named.slice(0, 15).map((h) => `"${h}"`).join(', ') + (named.length > 15 ? ', …' : '') : 'none';
  return `${fileName} has no record-id column ("Mã hồ sơ" or "record_id"); the column headers found are: ${list}.`;
}

/**
 * The fields of one data row; empty cells are left out. `clean` turns a mapped cell into its stored text
 * (NFC and, for TCVN3 files, capitals restored); only mapped cells pay for it.
 */
export function rowToFields(cells: readonly string[], map: ColumnMap, clean?: (cell: string) => string): RawRecordFields {
  const fields: RawRecordFields = {};
  const n = Math.min(cells.length, map.fields.length);
  for (let i = 0; i < n; i++) {
    const field = map.fields[i];
    if (field === null) continue;
    const cell = cells[i];
    if (cell !== '') setField(fields, field, clean ? clean(cell) : cell);
  }
  return fields;
}

/**
 * `fields[field] = value` written as named stores: a keyed store with a varying key is a megamorphic
 * property access in V8, and this runs for every cell of a million-row file.
 */
function setField(fields: RawRecordFields, field: RecordFieldName, value: string): void {
  switch (field) {
    case 'record_id': fields.record_id = value; break;
    case 'plate': fields.plate = value; break;
    case 'chassis': fields.chassis = value; break;
    case 'engine': fields.engine = value; break;
    case 'owner_name': fields.owner_name = value; break;
    case 'owner_id': fields.owner_id = value; break;
    case 'address': fields.address = value; break;
    case 'brand': fields.brand = value; break;
    case 'model': fields.model = value; break;
    case 'color': fields.color = value; break;
    case 'registered_on': fields.registered_on = value; break;
  }
}
