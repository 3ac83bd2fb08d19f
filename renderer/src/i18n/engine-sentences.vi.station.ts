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
  // Batch verification.
  ['{0} is not valid JSON.', '{0} không phải JSON hợp lệ.'],
  ['{0} is not a Sohoa batch manifest (format {1}).', '{0} không phải bản kê lô xuất của Sohoa (định dạng {1}).'],
  ['{0} lacks its file list, dossier list or public key.', '{0} thiếu danh sách tệp, danh sách hồ sơ hoặc khóa công khai.'],
  ['{0} is not a batch folder (it does not exist or is not a folder).', '{0} không phải thư mục lô xuất (không tồn tại hoặc không phải thư mục).'],
  ['{0} is missing: nothing in {1} can be checked.', 'Thiếu {0}: không kiểm tra được nội dung nào trong {1}.'],
  ['{0} is missing: the manifest cannot be proven to come from the station.', 'Thiếu {0}: không chứng minh được bản kê do đơn vị lập.'],
  ['{0} does not match its signature in {1}: the manifest was edited after the station signed it.', '{0} không khớp với chữ ký trong {1}: bản kê đã bị sửa sau khi đơn vị ký.'],
  ['{0} lists a file outside the batch folder ({1}).', '{0} liệt kê một tệp nằm ngoài thư mục lô ({1}).'],
  ['{0} is missing.', 'Thiếu {0}.'],
  ['{0} was altered: its content no longer matches the SHA-256 in the manifest{1}.', '{0} đã bị thay đổi: nội dung không còn khớp với mã SHA-256 trong bản kê{1}.'],
  [' ({0} bytes instead of {1})', ' ({0} byte thay vì {1} byte)'],
  ['{0} names {1} for dossier {2} but does not list its hash.', '{0} ghi tệp {1} cho hồ sơ {2} nhưng không có mã băm của tệp.'],
  ['{0} is not part of the batch (it was added after the export).', '{0} không thuộc lô xuất (đã được thêm vào sau khi xuất).'],
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
