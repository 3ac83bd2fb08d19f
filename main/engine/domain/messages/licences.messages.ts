/**
 * Driving-licence records: rows refused or kept with an issue, the reasons a licence was found for a holder, and an
 * officer's decisions on a licence holder's differences with the population register.
 */
import { defineMessages } from './message';

export const licenceMessages = defineMessages({
  'licence.no_number': { en: 'The row has no licence number (Số GPLX), so it cannot be stored.', vi: 'Dòng không có số giấy phép lái xe (Số GPLX) nên không lưu được.' },
  'licence.number_unusable': {
    en: 'The licence number "{start}" is not usable: at most {max} readable characters are allowed.',
    vi: 'Số giấy phép lái xe “{start}” không dùng được: chỉ cho phép tối đa {max} ký tự đọc được.',
  },
  'licence.number_exponent': {
    en: 'Licence number "{value}" was saved by a spreadsheet in exponent form, which loses digits; export the column as text.',
    vi: 'Số giấy phép lái xe “{value}” đã bị bảng tính lưu ở dạng số mũ, làm mất chữ số; hãy xuất cột này ở dạng văn bản.',
  },
  'licence.number_length': {
    en: 'Licence number {value} has {length} digits, but a licence number has 12; it is kept as typed.',
    vi: 'Số giấy phép lái xe {value} có {length} chữ số, nhưng số giấy phép lái xe có 12 chữ số; được giữ nguyên như đã ghi.',
  },
  'licence.number_length_lost_zero': {
    en: 'Licence number {value} has {length} digits, but a licence number has 12 (a leading 0 may have been lost in a spreadsheet); it is kept as typed.',
    vi: 'Số giấy phép lái xe {value} có {length} chữ số, nhưng số giấy phép lái xe có 12 chữ số (có thể bảng tính đã làm mất số 0 ở đầu); được giữ nguyên như đã ghi.',
  },
  'licence.number_old_format': {
    en: 'Licence number "{value}" is not a 12-digit number; it is kept as typed (an older licence format).',
    vi: 'Số giấy phép lái xe “{value}” không phải số 12 chữ số; được giữ nguyên như đã ghi (mẫu giấy phép cũ).',
  },
  'licence.class': {
    en: 'Class {classes} is not a driving-licence class (A1, A2, A3, A4, B1, B2, C, D, E, F… or the 2025 classes A, B, C1, D1, D2, BE, C1E, CE, D1E, D2E, DE).',
    vi: 'Hạng {classes} không phải hạng giấy phép lái xe (A1, A2, A3, A4, B1, B2, C, D, E, F… hoặc các hạng từ 2025: A, B, C1, D1, D2, BE, C1E, CE, D1E, D2E, DE).',
  },
  'licence.expiry_before_issue': { en: 'Valid-until date {until} is before the issue date {issued}.', vi: 'Ngày hết hạn {until} trước ngày cấp {issued}.' },
  'label.full_name': { en: 'Full name', vi: 'Họ và tên' },
  'label.personal_id': { en: 'Personal ID', vi: 'Số định danh cá nhân' },
  'label.issued_on': { en: 'Issue date', vi: 'Ngày cấp' },
  'label.valid_until': { en: 'Valid-until date', vi: 'Ngày hết hạn' },
  'label.issued_by': { en: 'Place of issue', vi: 'Nơi cấp' },
  'label.class': { en: 'Class', vi: 'Hạng' },
  'label.licence_no': { en: 'Licence number', vi: 'Số giấy phép lái xe' },
  // An officer's decisions on a licence holder's differences with the register.
  'licence.not_found': { en: 'No licence numbered {key} in this station.', vi: 'Đơn vị không có giấy phép lái xe số {key}.' },
  'licence.bad_action': {
    en: '"{action}" is not a licence decision: use take-register or keep-record.',
    vi: '“{action}” không phải quyết định về giấy phép lái xe: dùng take-register (lấy theo CSDL dân cư) hoặc keep-record (giữ theo giấy phép).',
  },
  'licence.bad_field': {
    en: '"{field}" is not a licence holder field: use personal_id, full_name or birth_date.',
    vi: '“{field}” không phải trường thông tin người được cấp giấy phép: dùng personal_id, full_name hoặc birth_date.',
  },
  'licence.already_same': {
    en: '{user} already decided {field} of licence {key} the same way ({action}); nothing changed.',
    vi: '{user} đã quyết định {field} của giấy phép {key} như vậy ({action}); không có gì thay đổi.',
  },
  'licence.already_other': { en: '{user} already decided {field} of licence {key} ({action}) at {at}.', vi: '{user} đã quyết định {field} của giấy phép {key} ({action}) lúc {at}.' },
  'licence.no_difference': {
    en: 'Licence {key} has no difference with the register on {field} to decide.',
    vi: 'Giấy phép {key} không có chênh lệch nào với CSDL dân cư ở {field} để quyết định.',
  },
  'licence.decided': { en: '{field} of licence {key}: {action} by {user}.', vi: 'Giấy phép {key}, {field}: {action} bởi {user}.' },
  'licence.decided_value': { en: '{field} of licence {key}: {action} “{value}” by {user}.', vi: 'Giấy phép {key}, {field}: {action} “{value}” bởi {user}.' },
});
