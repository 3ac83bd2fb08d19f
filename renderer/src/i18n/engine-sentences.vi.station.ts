import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's words about the station not coded (domain/messages/ holds batch verification,
 * settings, the station database and unexpected errors): a written batch's audit entries and the daily backup's log.
 */
export const stationSentences: readonly SentencePair[] = [
  // Export.
  ['{0} dossiers, {1} pages', '{0} hồ sơ, {1} trang'],
  ['batch {0} in {1}{2}', 'lô {0} tại {1}{2}'],
  [' (recorded after an interruption)', ' (ghi nhận sau khi bị gián đoạn)'],
  // Backup and restore.
  ['The daily backup failed: {0}', 'Sao lưu hằng ngày không thành công: {0}'],
];
