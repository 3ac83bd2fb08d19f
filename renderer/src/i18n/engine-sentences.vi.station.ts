import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about the station as a whole: export and batch verification (Export
 * screen), backup and restore, the station database, settings, reports and unexpected errors.
 */
export const stationSentences: readonly SentencePair[] = [
  // Export.
  ['{0} dossiers, {1} pages', '{0} hồ sơ, {1} trang'],
  ['batch {0} in {1}{2}', 'lô {0} tại {1}{2}'],
  [' (recorded after an interruption)', ' (ghi nhận sau khi bị gián đoạn)'],
  // Backup and restore.
  ['The daily backup failed: {0}', 'Sao lưu hằng ngày không thành công: {0}'],
  // Settings.
  ['The {0} {1} is a file, not a folder.', '{0} {1} là một tệp, không phải thư mục.'],
  [
    'The {0} {1} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or choose another folder.',
    'Không truy cập được {0} {1}: cả thư mục này lẫn thư mục chứa nó đều không tồn tại. Hãy kết nối ổ đĩa hoặc chọn thư mục khác.',
  ],
  [
    'The {0} {1} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or start the station with another archive folder. Records, review and export keep working; scanning waits for the folder.',
    'Không truy cập được {0} {1}: cả thư mục này lẫn thư mục chứa nó đều không tồn tại. Hãy kết nối ổ đĩa hoặc khởi động lại ứng dụng với thư mục lưu trữ khác. Dữ liệu đăng ký, đối soát và xuất dữ liệu vẫn hoạt động; việc quét sẽ chờ tới khi có thư mục.',
  ],
  [
    '{0} or start the station with another archive folder. Records, review and export keep working; scanning waits for the folder.',
    '{0} hoặc khởi động lại ứng dụng với thư mục lưu trữ khác. Dữ liệu đăng ký, đối soát và xuất dữ liệu vẫn hoạt động; việc quét sẽ chờ tới khi có thư mục.',
  ],
  // Reports and anything unexpected.
  ['Unexpected error: {0}', 'Lỗi ngoài dự kiến: {0}'],
];
