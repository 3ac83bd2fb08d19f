/** A resident of the population register extract (Cơ sở dữ liệu quốc gia về dân cư) the station is handed. */
import { defineTableColumns, type TableColumns } from '../records/table-columns';
import { say } from '../domain/messages/catalogue';

export const RESIDENT_FIELDS = ['personal_id', 'full_name', 'birth_date', 'sex', 'former_id', 'address'] as const;
export type ResidentField = (typeof RESIDENT_FIELDS)[number];

/** A resident as stored: NFC text, the 12-digit personal ID, ISO birth date, sex as "Nam" or "Nữ". */
export interface Resident {
  personal_id: string;
  full_name: string | null;
  birth_date: string | null;
  sex: string | null;
  former_id: string | null;
  address: string | null;
}

/** The columns of a register file (CLI.md); headers are matched case- and diacritic-insensitively. */
export const RESIDENT_COLUMNS: TableColumns<ResidentField> = defineTableColumns<ResidentField>({
  key: 'personal_id',
  synonyms: {
    personal_id: ['sodinhdanhcanhan', 'personalid', 'sodinhdanh', 'madinhdanh', 'socccd', 'cccd', 'socancuoc', 'socancuoccongdan', 'citizenid', 'idnumber'],
    full_name: ['hovaten', 'fullname', 'hoten', 'ten', 'name'],
    birth_date: ['ngaysinh', 'birthdate', 'ngaythangnamsinh', 'dateofbirth', 'dob'],
    sex: ['gioitinh', 'sex', 'gender', 'phai'],
    former_id: ['socmnd', 'formerid', 'cmnd', 'cmndcu', 'socmndcu', 'oldid', 'socmt'],
    address: ['noithuongtru', 'address', 'diachithuongtru', 'thuongtru', 'diachi', 'permanentaddress'],
  },
  missingKey: (file, found) => say('columns.missing_key', { file, column: say('column.personal_id'), found }),
  singleColumn: (file, shown) => say('columns.single_column', { file, column: say('column.personal_id'), shown }),
});
