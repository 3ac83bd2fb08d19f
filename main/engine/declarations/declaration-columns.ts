/** A citizen's self-declaration of a vehicle (the iHanoi app): who declares what, to be confirmed by ward police. */
import { defineTableColumns, type TableColumns } from '../records/table-columns';
import { DECLARATION_FIELDS, DeclarationAction, DeclarationMatch, DeclarationStatus, type DeclarationField } from '../domain/declaration';
import { say } from '../domain/messages/catalogue';

// What was declared, how it compares, its decision and its columns are the domain's (main/engine/domain/declaration.ts).
export {
  DECLARATION_FIELDS,
  type Declaration,
  type DeclarationAction,
  type DeclarationDifference,
  type DeclarationField,
  type DeclarationMatch,
  type DeclarationStatus,
} from '../domain/declaration';

export type DeclarationValueField = Exclude<DeclarationField, 'declaration_id'>;
export const DECLARATION_VALUE_FIELDS = DECLARATION_FIELDS.filter((f): f is DeclarationValueField => f !== 'declaration_id');

/** The vocabularies the command line and the decision check a word against. */
export const DECLARATION_MATCHES: readonly DeclarationMatch[] = DeclarationMatch.options;
export const DECLARATION_STATUSES: readonly DeclarationStatus[] = DeclarationStatus.options;
export const DECLARATION_ACTIONS: readonly DeclarationAction[] = DeclarationAction.options;

export const DECLARATION_COLUMNS: TableColumns<DeclarationField> = defineTableColumns<DeclarationField>({
  key: 'declaration_id',
  synonyms: {
    declaration_id: ['makhaibao', 'declarationid', 'sokhaibao', 'idkhaibao', 'id'],
    declared_at: ['thoigiankhaibao', 'declaredat', 'ngaykhaibao', 'thoigian'],
    personal_id: ['sodinhdanhcanhan', 'personalid', 'sodinhdanh', 'socccd', 'cccd', 'citizenid'],
    full_name: ['hovaten', 'fullname', 'hoten', 'tenchuxe', 'name'],
    phone: ['sodienthoai', 'phone', 'dienthoai', 'sdt', 'phonenumber'],
    plate: ['bienso', 'plate', 'bienkiemsoat', 'bks'],
    chassis: ['sokhung', 'chassis', 'vin', 'chassisno'],
    engine: ['somay', 'engine', 'engineno'],
    brand: ['nhanhieu', 'brand', 'hieuxe'],
    model: ['soloai', 'model', 'kieuloai'],
    color: ['mauson', 'color', 'colour', 'mau'],
  },
  missingKey: (file, found) => say('columns.missing_key', { file, column: say('column.declaration_id'), found }),
  singleColumn: (file, shown) => say('columns.single_column', { file, column: say('column.declaration_id'), shown }),
});
