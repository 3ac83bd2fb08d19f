/** A citizen's self-declaration of a vehicle (the iHanoi app): who declares what, to be confirmed by ward police. */
import { defineTableColumns, type TableColumns } from '../records/table-columns';

export const DECLARATION_FIELDS = [
  'declaration_id', 'declared_at', 'personal_id', 'full_name', 'phone', 'plate', 'chassis', 'engine', 'brand', 'model', 'color',
] as const;
export type DeclarationField = (typeof DECLARATION_FIELDS)[number];
export type DeclarationValueField = Exclude<DeclarationField, 'declaration_id'>;
export const DECLARATION_VALUE_FIELDS = DECLARATION_FIELDS.filter((f): f is DeclarationValueField => f !== 'declaration_id');

/** A declaration as stored: NFC text, canonical plate and serials, digits-only ID and phone. */
export type Declaration = { declaration_id: string } & Record<DeclarationValueField, string | null>;

/** How a declaration compares with the station's record of the vehicle (CLI.md). */
export const DECLARATION_MATCHES = ['exact', 'differs', 'other_owner', 'no_record'] as const;
export type DeclarationMatch = (typeof DECLARATION_MATCHES)[number];

export const DECLARATION_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const DECLARATION_ACTIONS = ['confirm', 'reject', 'update-record'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/** A declared value beside the record's. */
export interface DeclarationDifference {
  field: string;
  declared: string | null;
  record: string | null;
}

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
  missingKey: (fileName, found) => `${fileName} has no declaration-id column ("Mã khai báo" or "declaration_id"); the column headers found are: ${found}.`,
  singleColumn: (fileName, shown) =>
    `${fileName} has no declaration-id column ("Mã khai báo" or "declaration_id"): its header line "${shown}" reads as a single column, ` +
    'so its values may be separated by a character other than a comma, semicolon, tab or "|".',
});
