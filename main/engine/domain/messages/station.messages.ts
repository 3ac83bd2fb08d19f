/**
 * The station itself: its database, the lock that keeps two programs from restoring over each other, and the key
 * that signs its batches. `{reason}` is the system's or SQLite's own words; `{code}` an error code such as EACCES.
 */
import { defineMessages } from './message';

export const stationMessages = defineMessages({
  'station.db_unopenable': { en: 'The station database {db} cannot be opened: {reason}.', vi: 'Không mở được cơ sở dữ liệu của đơn vị {db}: {reason}.' },
  'station.db_unusable': { en: 'The file {db} is not a usable station database: {reason}.', vi: 'Tệp {db} không phải cơ sở dữ liệu của đơn vị dùng được: {reason}.' },
  'station.db_read_only': {
    en: 'The station database {db} cannot be written (the file is read-only or belongs to another user): give this account write access, or choose another --db.',
    vi: 'Không ghi được cơ sở dữ liệu của trạm {db} (tệp chỉ đọc hoặc thuộc người dùng khác): hãy cấp quyền ghi cho tài khoản này, hoặc chọn --db khác.',
  },
  'station.db_folder_read_only': {
    en: 'The station database {db} cannot be created: the folder {folder} is read-only or belongs to another user.',
    vi: 'Không tạo được cơ sở dữ liệu của trạm {db}: thư mục {folder} chỉ đọc hoặc thuộc người dùng khác.',
  },
  'station.db_too_new': {
    en: 'The station database {db} was written by a newer version of Sohoa Station (schema {schema}, this app knows {known}); update the app to open it.',
    vi: 'Cơ sở dữ liệu của đơn vị {db} được ghi bởi phiên bản Sohoa Station mới hơn (lược đồ {schema}, ứng dụng này chỉ hỗ trợ tới {known}); hãy cập nhật ứng dụng để mở.',
  },
  'station.db_foreign': {
    en: "The file {db} is another application's database, not a Sohoa Station station: it was left untouched; choose the station's own database.",
    vi: 'Tệp {db} là cơ sở dữ liệu của ứng dụng khác, không phải của một trạm Sohoa Station: tệp được giữ nguyên; hãy chọn đúng cơ sở dữ liệu của trạm.',
  },
  // The station lock and an interrupted restore.
  'station.lock_unwritable': {
    en: 'The station {db} cannot be opened: the folder {folder} cannot be written ({code}).',
    vi: 'Không mở được trạm {db}: không ghi được vào thư mục {folder} ({code}).',
  },
  'station.being_restored': {
    en: 'The station {db} is being restored from a backup by another program: try again once it has finished.',
    vi: 'Trạm {db} đang được khôi phục từ bản sao lưu bởi một chương trình khác: hãy thử lại khi việc đó xong.',
  },
  'station.open_elsewhere': {
    en: 'The station {db} is open in Sohoa Station or in another sohoa command (a scan, a hot folder, an export): close it, then restore.',
    vi: 'Trạm {db} đang được mở trong Sohoa Station hoặc trong một lệnh sohoa khác (quét, thư mục theo dõi, xuất dữ liệu): hãy đóng lại rồi khôi phục.',
  },
  'station.untrusted_journal': {
    en: 'The station {db} has an unfinished restore whose journal ({journal}) cannot be trusted: move it away and check the station folder.',
    vi: 'Trạm {db} có một lần khôi phục chưa xong với nhật ký ({journal}) không đáng tin cậy: hãy chuyển tệp đó đi và kiểm tra thư mục của trạm.',
  },
  'station.earlier_kept': {
    en: "The station database {db} is missing, but the station's earlier database is kept as {kept}: rename it back to {name} (or restore a backup) rather than start an empty station.",
    vi: 'Không thấy cơ sở dữ liệu của trạm {db}, nhưng cơ sở dữ liệu trước đó của trạm vẫn được giữ tại {kept}: hãy đổi tên nó lại thành {name} (hoặc khôi phục một bản sao lưu) thay vì bắt đầu một trạm trống.',
  },
  // Anything else that escapes the engine is a bug, said as such with its own words.
  'internal.unexpected': { en: 'Unexpected error: {detail}', vi: 'Lỗi ngoài dự kiến: {detail}' },
  // A full disk, named by what it holds.
  'disk.full': { en: 'The disk holding {where} is full: free some space, then try again.', vi: 'Ổ đĩa chứa {where} đã đầy: hãy giải phóng dung lượng rồi thử lại.' },
  'disk.station_db': { en: 'the station database', vi: 'cơ sở dữ liệu của đơn vị' },
  'disk.archive': { en: 'the archive ({dir})', vi: 'kho lưu trữ bản quét ({dir})' },
  // The key that signs the station's batches.
  'key.unwritable': { en: "The station's signing key cannot be written to {file} ({code}).", vi: 'Không ghi được khóa ký của trạm vào {file} ({code}).' },
  'key.missing': {
    en: "The station's signing key file {file} is missing (it is kept apart from the database and its backups): copy it back beside the database to sign batches as this station.",
    vi: 'Không thấy tệp khóa ký của trạm {file} (tệp này được giữ riêng, không nằm trong cơ sở dữ liệu hay các bản sao lưu): hãy chép lại tệp đó cạnh cơ sở dữ liệu để ký các lô xuất của trạm.',
  },
  'key.not_this_station': {
    en: "The signing key file {file} is not this station's key ({key}): put the station's own key file back.",
    vi: 'Tệp khóa ký {file} không phải khóa của trạm này ({key}): hãy đặt lại đúng tệp khóa của trạm.',
  },
  'key.memory_station': { en: 'This station in memory has no signing key.', vi: 'Trạm tạm trong bộ nhớ này không có khóa ký.' },
});
