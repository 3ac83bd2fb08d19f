/** The station's settings: the ranges a change must stay in. */
import { defineMessages } from './message';

export const settingsMessages = defineMessages({
  'settings.ocr_workers': {
    en: 'The OCR worker count must be a whole number from 1 to {cores}, the number of processor cores of this computer.',
    vi: 'Số luồng OCR phải là số nguyên từ 1 đến {cores}, là số nhân bộ xử lý của máy tính này.',
  },
  'settings.scan_resolution': { en: 'The scan resolution must be from {min} to {max} dpi.', vi: 'Độ phân giải quét phải từ {min} đến {max} dpi.' },
  'settings.not_full_path': {
    en: 'The {folder} must be a full folder path, such as D:\\Sohoa\\backup or /home/station/backup.',
    vi: 'Cần ghi {folder} bằng đường dẫn thư mục đầy đủ, ví dụ D:\\Sohoa\\backup hoặc /home/station/backup.',
  },
  // A folder that cannot be used: a file in its place, or its drive not connected.
  'folder.is_file': { en: 'The {folder} {path} is a file, not a folder.', vi: 'Đã chọn {folder} là {path}, nhưng đó là một tệp, không phải thư mục.' },
  'folder.unreachable': {
    en: 'The {folder} {path} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or choose another folder.',
    vi: 'Không truy cập được {folder} {path}: cả thư mục này lẫn thư mục chứa nó đều không tồn tại. Hãy kết nối ổ đĩa hoặc chọn thư mục khác.',
  },
  'folder.archive_is_file': {
    en: 'The archive folder {path} is a file, not a folder: start the station with another archive folder. Records, review and export keep working; scanning waits for the folder.',
    vi: 'Thư mục lưu trữ bản quét {path} là một tệp, không phải thư mục: hãy khởi động lại ứng dụng với thư mục lưu trữ khác. Dữ liệu đăng ký, đối soát và xuất dữ liệu vẫn hoạt động; việc quét sẽ chờ tới khi có thư mục.',
  },
  'folder.archive_unreachable': {
    en: 'The archive folder {path} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or start the station with another archive folder. Records, review and export keep working; scanning waits for the folder.',
    vi: 'Không truy cập được thư mục lưu trữ bản quét {path}: cả thư mục này lẫn thư mục chứa nó đều không tồn tại. Hãy kết nối ổ đĩa hoặc khởi động lại ứng dụng với thư mục lưu trữ khác. Dữ liệu đăng ký, đối soát và xuất dữ liệu vẫn hoạt động; việc quét sẽ chờ tới khi có thư mục.',
  },
  // The folders a setting names, as the sentences above say them.
  'folder.hot': { en: 'hot folder', vi: 'thư mục theo dõi' },
  'folder.archive': { en: 'archive folder', vi: 'thư mục lưu trữ bản quét' },
  'folder.backup': { en: 'backup folder', vi: 'thư mục sao lưu hằng ngày' },
});
