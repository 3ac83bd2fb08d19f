/**
 * The population register, owners checked against it and citizens' self-declarations: register rows refused or
 * kept with an issue, an officer's decisions on an owner's differences, declarations read and decided.
 */
import { defineMessages } from './message';

export const ownerMessages = defineMessages({
  // Register rows.
  'resident.no_id': { en: 'The row has no personal ID (Số định danh cá nhân), so it cannot be stored.', vi: 'Dòng không có số định danh cá nhân nên không lưu được.' },
  'resident.id_not_digits': { en: 'Personal ID "{value}" contains characters other than digits.', vi: 'Số định danh cá nhân “{value}” có ký tự không phải chữ số.' },
  'resident.id_length': { en: 'Personal ID {value} has {length} digits, but a personal ID (CCCD) has 12.', vi: 'Số định danh cá nhân {value} có {length} chữ số, nhưng số định danh cá nhân (CCCD) có 12 chữ số.' },
  'resident.id_length_lost_zero': {
    en: 'Personal ID {value} has {length} digits, but a personal ID (CCCD) has 12 (a leading 0 may have been lost in a spreadsheet).',
    vi: 'Số định danh cá nhân {value} có {length} chữ số, nhưng số định danh cá nhân (CCCD) có 12 chữ số (có thể bảng tính đã làm mất số 0 ở đầu).',
  },
  'resident.birth_year': {
    en: 'Birth date {date} does not agree with personal ID {id}, which gives a birth year of {year}.',
    vi: 'Ngày sinh {date} không khớp với số định danh cá nhân {id}, theo đó năm sinh là {year}.',
  },
  'resident.name_unreadable': {
    en: 'Full name contains characters that could not be read (the file may be in another encoding).',
    vi: 'Họ và tên có ký tự không đọc được (tệp có thể dùng bảng mã khác).',
  },
  'person.name_digits': { en: 'Full name "{name}" contains digits.', vi: 'Họ và tên “{name}” có chữ số.' },
  'resident.sex': { en: 'Sex "{value}" is neither Nam nor Nữ.', vi: 'Giới tính “{value}” không phải Nam hay Nữ.' },
  'resident.sex_vs_id': {
    en: 'Sex {sex} does not agree with personal ID {id}, whose 4th digit says {byId}.',
    vi: 'Giới tính {sex} không khớp với số định danh cá nhân {id}, theo chữ số thứ 4 là {byId}.',
  },
  'resident.former_id': { en: 'Former ID "{value}" is not a 9-digit CMND.', vi: 'Số CMND cũ “{value}” không phải CMND 9 chữ số.' },
  'label.birth_date': { en: 'Birth date', vi: 'Ngày sinh' },
  'label.declared_at': { en: 'Declaration time', vi: 'Thời gian khai báo' },
  // An officer's decisions on an owner's differences with the register.
  'owner.no_record': { en: 'No record with id {key} in this station.', vi: 'Đơn vị không có hồ sơ đăng ký mã {key}.' },
  'owner.bad_action': {
    en: '"{action}" is not an owner decision: use take-register or keep-record.',
    vi: '“{action}” không phải quyết định về chủ xe: dùng take-register (lấy theo CSDL dân cư) hoặc keep-record (giữ theo hồ sơ).',
  },
  'owner.bad_field': {
    en: '"{field}" is not an owner field: use owner_id, owner_name, owner_birth_date or address.',
    vi: '“{field}” không phải trường thông tin chủ xe: dùng owner_id, owner_name, owner_birth_date hoặc address.',
  },
  'owner.already_same': {
    en: '{user} already decided {field} of record {key} the same way ({action}); nothing changed.',
    vi: '{user} đã quyết định {field} của hồ sơ {key} như vậy ({action}); không có gì thay đổi.',
  },
  'owner.already_other': { en: '{user} already decided {field} of record {key} ({action}) at {at}.', vi: '{user} đã quyết định {field} của hồ sơ {key} ({action}) lúc {at}.' },
  'owner.no_difference': {
    en: 'Record {key} has no difference with the register on {field} to decide.',
    vi: 'Hồ sơ {key} không có chênh lệch nào với CSDL dân cư ở {field} để quyết định.',
  },
  'owner.decided': { en: '{field} of record {key}: {action} by {user}.', vi: 'Hồ sơ {key}, {field}: {action} bởi {user}.' },
  'owner.decided_value': { en: '{field} of record {key}: {action} “{value}” by {user}.', vi: 'Hồ sơ {key}, {field}: {action} “{value}” bởi {user}.' },
  // Declarations.
  'declaration.no_id': { en: 'The row has no declaration id (Mã khai báo), so it cannot be stored.', vi: 'Dòng không có mã khai báo nên không lưu được.' },
  'declaration.id_unusable': {
    en: 'The declaration id "{start}" is not usable: at most {max} readable characters are allowed.',
    vi: 'Mã khai báo “{start}” không dùng được: chỉ cho phép tối đa {max} ký tự đọc được.',
  },
  // A ward officer's decisions on a declaration; `{confirm}`, `{reject}`, `{update}` are the commands as typed.
  'declaration.not_found': { en: 'There is no declaration {id}.', vi: 'Không có khai báo {id}.' },
  'declaration.bad_action': {
    en: '"{action}" is not a declaration decision: use {confirm}, {reject} or {update}.',
    vi: '“{action}” không phải quyết định về khai báo: dùng {confirm} (xác nhận), {reject} (từ chối) hoặc {update} (cập nhật hồ sơ).',
  },
  'declaration.already_same': {
    en: '{user} already decided declaration {id} the same way ({action}); nothing changed.',
    vi: '{user} đã quyết định khai báo {id} như vậy ({action}); không có gì thay đổi.',
  },
  'declaration.already_other': { en: '{user} already decided declaration {id} ({action}) at {at}.', vi: '{user} đã quyết định khai báo {id} ({action}) lúc {at}.' },
  'declaration.no_record': {
    en: 'Declaration {id} names no vehicle the station has a record of, so there is no record to update.',
    vi: 'Khai báo {id} nêu một xe mà đơn vị không có hồ sơ, nên không có hồ sơ nào để cập nhật.',
  },
  'declaration.decided': { en: 'Declaration {id}: {action} by {user}.', vi: 'Khai báo {id}: {action} bởi {user}.' },
  'declaration.decided_fields': {
    en: 'Declaration {id}: {action} by {user} (record {record}: {fields}).',
    vi: 'Khai báo {id}: {action} bởi {user} (hồ sơ {record}: {fields}).',
  },
  'declaration_action.confirm': { en: 'confirm', vi: 'xác nhận' },
  'declaration_action.reject': { en: 'reject', vi: 'từ chối' },
  'declaration_action.update-record': { en: 'update-record', vi: 'cập nhật hồ sơ' },
});
