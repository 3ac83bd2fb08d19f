import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about keeping a station safe: the station lock, restore, databases that
 * are not a station's, file permissions, the signing key and batch verification against the station's key.
 */
export const safetySentences: readonly SentencePair[] = [
  // The station lock and restore.
  ['The station {0} is being restored from a backup by another program: try again once it has finished.', 'Trạm {0} đang được khôi phục từ bản sao lưu bởi một chương trình khác: hãy thử lại khi việc đó xong.'],
  [
    'The station {0} is open in Sohoa Station or in another sohoa command (a scan, a hot folder, an export): close it, then restore.',
    'Trạm {0} đang được mở trong Sohoa Station hoặc trong một lệnh sohoa khác (quét, thư mục theo dõi, xuất dữ liệu): hãy đóng lại rồi khôi phục.',
  ],
  ['The station {0} cannot be opened: the folder {1} cannot be written ({2}).', 'Không mở được trạm {0}: không ghi được vào thư mục {1} ({2}).'],
  ['The station {0} still has unsaved changes in use by another program: close it, then restore.', 'Trạm {0} còn thay đổi chưa lưu đang được một chương trình khác dùng: hãy đóng chương trình đó rồi khôi phục.'],
  [
    'The station {0} has an unfinished restore whose journal ({1}) cannot be trusted: move it away and check the station folder.',
    'Trạm {0} có một lần khôi phục chưa xong với nhật ký ({1}) không đáng tin cậy: hãy chuyển tệp đó đi và kiểm tra thư mục của trạm.',
  ],
  [
    "The station database {0} is missing, but the station's earlier database is kept as {1}: rename it back to {2} (or restore a backup) rather than start an empty station.",
    'Không thấy cơ sở dữ liệu của trạm {0}, nhưng cơ sở dữ liệu trước đó của trạm vẫn được giữ tại {1}: hãy đổi tên nó lại thành {2} (hoặc khôi phục một bản sao lưu) thay vì bắt đầu một trạm trống.',
  ],
  // Databases that are not a station's.
  [
    'The station database {0} cannot be written (the file is read-only or belongs to another user): give this account write access, or choose another --db.',
    'Không ghi được cơ sở dữ liệu của trạm {0} (tệp chỉ đọc hoặc thuộc người dùng khác): hãy cấp quyền ghi cho tài khoản này, hoặc chọn --db khác.',
  ],
  ['The station database {0} cannot be created: the folder {1} is read-only or belongs to another user.', 'Không tạo được cơ sở dữ liệu của trạm {0}: thư mục {1} chỉ đọc hoặc thuộc người dùng khác.'],
  [
    "The file {0} is another application's database, not a Sohoa Station station: it was left untouched; choose the station's own database.",
    'Tệp {0} là cơ sở dữ liệu của ứng dụng khác, không phải của một trạm Sohoa Station: tệp được giữ nguyên; hãy chọn đúng cơ sở dữ liệu của trạm.',
  ],
];
