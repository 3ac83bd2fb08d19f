/**
 * Which record field a column header (or JSON key) holds. Stations name their columns every possible way —
 * "Mã hồ sơ", "MÃ HỒ SƠ", "ma_ho_so", "Record ID", "Biển kiểm soát", "CCCD/CMND" — so headers are compared
 * in a folded form: lowercase, no diacritics, letters and digits only.
 */
import { columnLetter, hasKeyColumn, headerKey, headerLookup, mapTableHeader, type ColumnMap as TableColumnMap, type TableColumns } from './table-columns';
import type { RawRecordFields, RecordFileField } from './record';
import { say } from '../domain/messages/catalogue';

export { columnLetter, headerKey };

/** Folded header names per field. The first one of each is what error messages show. */
const SYNONYMS: Record<RecordFileField, readonly string[]> = {
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
  owner_birth_date: ['ngaysinhchuxe', 'ownerbirthdate', 'ngaysinh', 'birthdate', 'ownerdob', 'namsinhchuxe'],
};

/** The field a header names, or null for a column the import ignores. */
export const fieldForHeader: (header: string) => RecordFileField | null = headerLookup(SYNONYMS);

/** How the cells of a row map to fields: `fields[i]` is the field of column i, or null. */
export type ColumnMap = TableColumnMap<RecordFileField>;

/** The columns of a station records file (CLI.md). */
export const RECORD_COLUMNS: TableColumns<RecordFileField> = {
  key: 'record_id',
  fieldForHeader,
  rowToFields: (cells, map, clean) => rowToFields(cells, map, clean),
  missingKey: (file, found) => say('columns.missing_key', { file, column: say('column.record_id'), found }),
  singleColumn: (file, shown) => say('columns.single_column', { file, column: say('column.record_id'), shown }),
};

/**
 * Maps a header row to fields. Throws InputError when the record-id column is missing (listing the headers
 * the file has) or when two columns name the same field.
 */
export function mapHeader(headers: readonly string[], fileName: string): ColumnMap {
  return mapTableHeader(headers, fileName, RECORD_COLUMNS);
}

/** True when a header row has a record-id column (used to find the header below a title row). */
export function hasRecordIdColumn(headers: readonly string[]): boolean {
  return hasKeyColumn(headers, RECORD_COLUMNS);
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
function setField(fields: RawRecordFields, field: RecordFileField, value: string): void {
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
    case 'owner_birth_date': fields.owner_birth_date = value; break;
  }
}
