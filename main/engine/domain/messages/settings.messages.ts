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
  // The folders a setting names, as the sentences above say them.
  'folder.hot': { en: 'hot folder', vi: 'thư mục theo dõi' },
  'folder.archive': { en: 'archive folder', vi: 'thư mục lưu trữ bản quét' },
  'folder.backup': { en: 'backup folder', vi: 'thư mục sao lưu hằng ngày' },
});
