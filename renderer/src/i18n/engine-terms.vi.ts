import type { MessageKey } from './translate';

/**
 * Words an older version spliced into the English sentences it stored (a field, a status, an action, a role, a
 * folder) and the UI's label for each, so a stored sentence translated by engine-text.ts names things exactly as
 * the screens do. Keys of the UI catalogue are preferred; the rest are phrases only those sentences use.
 */
export const termKeys: Readonly<Record<string, MessageKey>> = {
  // Field names, as the engine writes them in decisions and flags.
  chassis: 'field.chassis',
  engine: 'field.engine',
  plate: 'field.plate',
  owner_name: 'field.owner_name',
  owner_id: 'field.owner_id',
  registered_on: 'field.registered_on',
  record_id: 'field.record_id',
  address: 'field.address',
  brand: 'field.brand',
  model: 'field.model',
  color: 'field.color',
  licence_no: 'field.licence_no',
  full_name: 'field.full_name',
  birth_date: 'field.birth_date',
  class: 'field.class',
  issued_on: 'field.issued_on',
  personal_id: 'field.personal_id',
  owner_birth_date: 'field.owner_birth_date',
  // Dossier statuses (`needs_review` is written "needs review").
  'needs review': 'scan.status.needs_review',
  processing: 'scan.status.processing',
  failed: 'scan.status.failed',
  resolved: 'scan.status.resolved',
  exported: 'scan.status.exported',
  // Decisions.
  'keep-record': 'review.action.keep-record',
  'take-scan': 'review.action.take-scan',
  rescan: 'review.action.rescan',
  // Roles.
  clerk: 'role.clerk',
  officer: 'role.officer',
  lead: 'role.lead',
};

/** Phrases of engine sentences that have no label in the UI catalogue. */
export const termPhrases: Readonly<Record<string, string>> = {
  record: 'bản ghi liên kết',
  // A link's key as links stored before reasons were coded named it.
  'citizen ID': 'số CCCD/CMND',
  pages: 'các trang',
  // Record-value labels of import issues.
  Plate: 'Biển số',
  'Chassis number': 'Số khung',
  'Engine number': 'Số máy',
  'Owner name': 'Tên chủ xe',
  'Citizen ID': 'Số CCCD/CMND',
  Address: 'Địa chỉ',
  Brand: 'Nhãn hiệu',
  Model: 'Số loại',
  Color: 'Màu sơn',
  'Registration date': 'Ngày đăng ký',
  missing: 'thiếu',
  doubled: 'thừa',
  ' (probably 1)': ' (có lẽ là 1)',
  ' (probably 0)': ' (có lẽ là 0)',
  // The register decisions.
  'take-register': 'lấy theo CSDL dân cư',
  // Folders of the settings.
  'hot folder': 'thư mục theo dõi',
  'archive folder': 'thư mục lưu trữ bản quét',
  'backup folder': 'thư mục sao lưu hằng ngày',
  'no paper': 'hết giấy',
  // "… was not imported": Vietnamese needs no verb form of its own.
  ' was': '',
};
