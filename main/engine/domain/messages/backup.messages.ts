/**
 * Backing the station up and restoring it: where a backup cannot go, why a file is no usable backup, and why a
 * restore waits. `{reason}` is the operating system's or the database library's own words.
 */
import { defineMessages } from './message';

export const backupMessages = defineMessages({
  'backup.cannot_write': { en: 'The backup cannot be written to {file}: {reason}.', vi: 'Không thể ghi bản sao lưu vào {file}: {reason}.' },
  'backup.write_failed': { en: 'The backup could not be written to {file}: {reason}.', vi: 'Ghi bản sao lưu vào {file} không thành công: {reason}.' },
  'backup.invalid': { en: 'The file {file} is not a valid backup: {reason}.', vi: 'Tệp {file} không phải bản sao lưu hợp lệ: {reason}.' },
  'backup.foreign': { en: 'The backup {file} {what}: it was not restored.', vi: 'Bản sao lưu {file} {what}: chưa được khôi phục.' },
  'backup.missing': { en: 'The backup {file} does not exist.', vi: 'Bản sao lưu {file} không tồn tại.' },
  'backup.restore_failed': { en: 'The backup {file} could not be restored: {reason}.', vi: 'Không khôi phục được bản sao lưu {file}: {reason}.' },
  'backup.station_unsaved': {
    en: 'The station {db} still has unsaved changes in use by another program: close it, then restore.',
    vi: 'Trạm {db} còn thay đổi chưa lưu đang được một chương trình khác dùng: hãy đóng chương trình đó rồi khôi phục.',
  },
  // Why a file is not a usable backup, completing 'backup.invalid'.
  'backup.unopenable': { en: 'it cannot be opened ({reason})', vi: 'không mở được tệp ({reason})' },
  'backup.not_sqlite': { en: 'it is not an SQLite database or is damaged ({reason})', vi: 'tệp không phải cơ sở dữ liệu SQLite hoặc đã bị hỏng ({reason})' },
  'backup.damaged': { en: 'it is damaged ({reason})', vi: 'tệp đã bị hỏng ({reason})' },
  'backup.not_a_backup': {
    en: 'it is not a Sohoa Station backup (no backup description inside)',
    vi: 'tệp không phải bản sao lưu của Sohoa Station (không có phần mô tả bản sao lưu)',
  },
  'backup.other_app': { en: 'it was made by "{app}", not Sohoa Station', vi: 'tệp được tạo bởi “{app}”, không phải Sohoa Station' },
  'backup.newer': {
    en: 'it comes from a newer version of Sohoa Station (schema {schema}, this app knows {known})',
    vi: 'tệp được tạo bởi phiên bản Sohoa Station mới hơn (lược đồ {schema}, ứng dụng này chỉ hỗ trợ tới {known})',
  },
  'backup.settings_unreadable': { en: 'its settings cannot be read', vi: 'không đọc được phần cài đặt' },
  // What a backup names that this app never writes, completing 'backup.foreign'.
  'backup.outside_archive': {
    en: 'names an archived file outside the archive layout ({path})',
    vi: 'có tệp lưu trữ nằm ngoài cấu trúc kho lưu trữ ({path})',
  },
  'backup.foreign_dossier_id': { en: 'holds a dossier id this app never gives ({id})', vi: 'có mã hồ sơ mà ứng dụng này không bao giờ cấp ({id})' },
  'backup.relative_folder': {
    en: 'sets the {folder} to a path that is not a full folder path ({path})',
    vi: 'đặt {folder} là đường dẫn không phải đường dẫn thư mục đầy đủ ({path})',
  },
});
