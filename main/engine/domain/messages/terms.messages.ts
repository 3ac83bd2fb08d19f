/**
 * The words the engine's sentences put in as parameters: a field, a role, a decision, a dossier's status. The
 * English is the word the command line has always printed (the field's key, the action's name), the Vietnamese
 * the screens' own label for it, lowered to sit inside a sentence.
 */
import { defineMessages } from './message';

export const termMessages = defineMessages({
  'field.record_id': { en: 'record_id', vi: 'mã hồ sơ' },
  'field.plate': { en: 'plate', vi: 'biển số' },
  'field.chassis': { en: 'chassis', vi: 'số khung' },
  'field.engine': { en: 'engine', vi: 'số máy' },
  'field.owner_name': { en: 'owner_name', vi: 'chủ xe' },
  'field.owner_id': { en: 'owner_id', vi: 'số CCCD/CMND' },
  'field.owner_birth_date': { en: 'owner_birth_date', vi: 'ngày sinh chủ xe' },
  'field.address': { en: 'address', vi: 'địa chỉ' },
  'field.brand': { en: 'brand', vi: 'nhãn hiệu' },
  'field.model': { en: 'model', vi: 'số loại' },
  'field.color': { en: 'color', vi: 'màu sơn' },
  'field.registered_on': { en: 'registered_on', vi: 'ngày đăng ký' },
  'field.record': { en: 'record', vi: 'liên kết bản ghi' },
  'field.pages': { en: 'pages', vi: 'các trang' },
  'field.licence_no': { en: 'licence_no', vi: 'số GPLX' },
  'field.full_name': { en: 'full_name', vi: 'họ và tên' },
  'field.birth_date': { en: 'birth_date', vi: 'ngày sinh' },
  'field.class': { en: 'class', vi: 'hạng' },
  'field.issued_on': { en: 'issued_on', vi: 'ngày cấp' },
  'field.valid_until': { en: 'valid_until', vi: 'có giá trị đến' },
  'field.issued_by': { en: 'issued_by', vi: 'nơi cấp' },
  'field.personal_id': { en: 'personal_id', vi: 'số định danh cá nhân' },
  'role.clerk': { en: 'clerk', vi: 'cán bộ số hóa' },
  'role.officer': { en: 'officer', vi: 'cán bộ đối soát' },
  'role.lead': { en: 'lead', vi: 'lãnh đạo đơn vị' },
  'roles.lead': { en: 'leads', vi: 'lãnh đạo đơn vị' },
  'roles.officer_lead': { en: 'officers and leads', vi: 'cán bộ đối soát và lãnh đạo đơn vị' },
  'action.keep-record': { en: 'keep-record', vi: 'dữ liệu đúng' },
  'action.take-scan': { en: 'take-scan', vi: 'giấy đúng' },
  'action.set': { en: 'set', vi: 'nhập giá trị' },
  'action.rescan': { en: 'rescan', vi: 'cần quét lại' },
  'action.take-register': { en: 'take-register', vi: 'lấy theo CSDL dân cư' },
  'status.processing': { en: 'processing', vi: 'đang xử lý' },
  'status.needs_review': { en: 'needs review', vi: 'cần đối soát' },
  'status.resolved': { en: 'resolved', vi: 'đã đối soát' },
  'status.exported': { en: 'exported', vi: 'đã xuất' },
  'status.failed': { en: 'failed', vi: 'lỗi' },
});
