/** Accounts, signing in and who may do what: the refusals an officer meets before any work is done. */
import { defineMessages } from './message';

export const accountMessages = defineMessages({
  'account.bad_name': {
    en: 'The user name "{name}" is not usable: use 1–40 letters, digits, dots, dashes or underscores.',
    vi: 'Không dùng được tên đăng nhập “{name}”: hãy dùng 1–40 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
  },
  'account.bad_role': {
    en: 'The role "{role}" does not exist: use clerk, officer or lead.',
    vi: 'Không có vai trò “{role}”: hãy dùng clerk (cán bộ số hóa), officer (cán bộ đối soát) hoặc lead (lãnh đạo đơn vị).',
  },
  'account.short_password': {
    en: 'The password for {name} is too short: use at least {min} characters.',
    vi: 'Mật khẩu của {name} quá ngắn: hãy dùng ít nhất {min} ký tự.',
  },
  'account.lead_only': { en: 'Only a station lead can add accounts.', vi: 'Chỉ lãnh đạo đơn vị mới được thêm tài khoản.' },
  'account.exists': { en: 'A user named {name} already exists.', vi: 'Đã có người dùng tên {name}.' },
  'account.wrong_password': { en: 'The user name or password for {name} is wrong.', vi: 'Tên đăng nhập hoặc mật khẩu của {name} không đúng.' },
  'account.sign_in_to': { en: 'Sign in to {doing}.', vi: 'Hãy đăng nhập để {doing}.' },
  'account.forbidden': { en: '{name} is a {role}: only {who} can {doing}.', vi: '{name} là {role}: chỉ {who} mới được {doing}.' },
  // What a role may do, completing the two sentences above.
  'doing.decide_discrepancies': { en: 'decide discrepancies', vi: 'quyết định các chênh lệch' },
  'doing.undo_decisions': { en: 'undo decisions', vi: 'hoàn tác quyết định' },
  'doing.confirm_dossiers': { en: 'confirm dossiers', vi: 'xác nhận hồ sơ' },
  'doing.merge_dossiers': { en: 'merge dossiers', vi: 'gộp hồ sơ' },
  'doing.export_batches': { en: 'export batches', vi: 'xuất lô dữ liệu' },
  'doing.decide_declarations': { en: 'decide declarations', vi: 'quyết định khai báo của công dân' },
  'doing.decide_owner_differences': { en: 'decide owner differences', vi: 'quyết định chênh lệch thông tin chủ xe' },
  'doing.decide_licence_differences': {
    en: 'decide licence holder differences',
    vi: 'quyết định chênh lệch thông tin người được cấp giấy phép lái xe',
  },
});
