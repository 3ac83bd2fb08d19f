/** How a population register file's columns are found (the resident itself is the domain's, domain/resident.ts). */
import { defineTableColumns, type TableColumns } from '../records/table-columns';
import type { ResidentField } from '../domain/resident';
import { say } from '../domain/messages/catalogue';

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
