import type { Locale } from '../../../preload/contract';

/**
 * The audit log stores what was done as a code (`decide.take-scan`, `decision.undone`, `export.batch`); these
 * are the words each UI language shows for them. A unit test fails when the engine writes a code missing here.
 */
export const auditActions: Record<Locale, Record<string, string>> = {
  vi: {
    'decide.keep-record': 'Quyết định: dữ liệu đúng',
    'decide.take-scan': 'Quyết định: giấy đúng',
    'decide.set': 'Quyết định: nhập giá trị',
    'decide.rescan': 'Quyết định: cần quét lại',
    'decision.undone': 'Hoàn tác quyết định',
    'review.merge': 'Gộp hồ sơ trùng lặp',
    'decision.replaced': 'Thay quyết định',
    'decision.withdrawn': 'Quyết định bị rút lại (chênh lệch đã thay đổi)',
    'owner.take-register': 'Chủ xe: lấy theo CSDL dân cư',
    'owner.keep-record': 'Chủ xe: giữ dữ liệu đăng ký',
    export: 'Xuất hồ sơ',
    'export.batch': 'Xuất lô dữ liệu',
    'user.add': 'Thêm tài khoản',
    'import.kept-decision': 'Giữ quyết định đối soát khi nhập lại dữ liệu',
    'declaration.confirm': 'Tự khai báo: xác nhận',
    'declaration.reject': 'Tự khai báo: từ chối',
    'declaration.update-record': 'Tự khai báo: cập nhật dữ liệu đăng ký',
  },
  en: {
    'decide.keep-record': 'Decided: record is right',
    'decide.take-scan': 'Decided: paper is right',
    'decide.set': 'Decided: value entered',
    'decide.rescan': 'Decided: needs re-scan',
    'decision.undone': 'Decision undone',
    'review.merge': 'Duplicate dossier merged',
    'decision.replaced': 'Decision replaced',
    'decision.withdrawn': 'Decision withdrawn (the flag changed)',
    'owner.take-register': 'Owner: taken from the population register',
    'owner.keep-record': 'Owner: record kept',
    export: 'Dossier exported',
    'export.batch': 'Batch exported',
    'user.add': 'Account added',
    'import.kept-decision': 'Review decision kept on re-import',
    'declaration.confirm': 'Self-declaration confirmed',
    'declaration.reject': 'Self-declaration rejected',
    'declaration.update-record': 'Self-declaration: record updated',
  },
};

/** An audit code in the UI's language; an unknown code is shown as it is rather than hidden. */
export function auditAction(code: string, locale: Locale): string {
  return auditActions[locale][code] ?? code;
}
