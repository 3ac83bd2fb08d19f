/**
 * A driving licence (giấy phép lái xe, GPLX) as the traffic police department hands it to a station: its number,
 * class(es), holder, and dates. Current licences carry a 12-digit number; paper licences issued before 2012 may
 * carry an older number with letters, kept as typed.
 */
import { defineTableColumns, type TableColumns } from '../records/table-columns';
import type { LicenceField } from '../domain/licence';
import { say } from '../domain/messages/catalogue';

// A licence and its columns are the domain's (main/engine/domain/licence.ts).
export { LICENCE_FIELDS, type Licence, type LicenceField } from '../domain/licence';

/** Classes before 1/1/2025 (Thông tư 12/2017/TT-BGTVT). */
export const OLD_CLASSES = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'C', 'D', 'E', 'F', 'FB2', 'FC', 'FD', 'FE'] as const;
/** Classes from 1/1/2025 (Luật Trật tự, an toàn giao thông đường bộ 2024). */
export const CLASSES_2025 = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'] as const;
export const LICENCE_CLASSES: ReadonlySet<string> = new Set<string>([...OLD_CLASSES, ...CLASSES_2025]);

/** The columns of a licence file (CLI.md); headers are matched case- and diacritic-insensitively. */
export const LICENCE_COLUMNS: TableColumns<LicenceField> = defineTableColumns<LicenceField>({
  key: 'licence_no',
  synonyms: {
    licence_no: ['sogplx', 'licenceno', 'licenseno', 'sogiayphep', 'sogiayphelaixe', 'gplx', 'licencenumber', 'licensenumber', 'licence', 'license'],
    class: ['hang', 'class', 'hanggplx', 'hangxe', 'classes', 'licenceclass', 'licenseclass'],
    full_name: ['hovaten', 'fullname', 'hoten', 'ten', 'name'],
    birth_date: ['ngaysinh', 'birthdate', 'ngaythangnamsinh', 'dateofbirth', 'dob'],
    personal_id: ['sodinhdanhcanhan', 'personalid', 'sodinhdanh', 'madinhdanh', 'socccd', 'cccd', 'socancuoc', 'socancuoccongdan', 'citizenid', 'idnumber'],
    issued_on: ['ngaycap', 'issuedon', 'issuedate', 'dateofissue', 'ngaytrungtuyen'],
    valid_until: ['cogiatriden', 'validuntil', 'expiry', 'expirydate', 'expireson', 'giatriden', 'ngayhethan', 'hethan'],
    issued_by: ['noicap', 'issuedby', 'coquancap', 'placeofissue'],
  },
  missingKey: (file, found) => say('columns.missing_key', { file, column: say('column.licence_no'), found }),
  singleColumn: (file, shown) => say('columns.single_column', { file, column: say('column.licence_no'), shown }),
});
