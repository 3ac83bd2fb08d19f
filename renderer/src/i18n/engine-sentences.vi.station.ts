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
  // Reports and anything unexpected.
  ['Unexpected error: {0}', 'Lỗi ngoài dự kiến: {0}'],
];
