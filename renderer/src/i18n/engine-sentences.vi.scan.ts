import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about scanning: per-file intake problems (Scan screen), page tools,
 * the hot folder and the scanner drivers (SANE, NAPS2).
 */
export const scanSentences: readonly SentencePair[] = [
  // Hot folder.
  ['The hot folder {0} cannot be read: {1}.', 'Không đọc được thư mục theo dõi {0}: {1}.'],
  // Scanners.
  ['The scanner {0} could not scan: {1}.', 'Máy quét {0} không quét được: {1}.'],
  ['NAPS2 is not installed (NAPS2.Console.exe was not found; install NAPS2 or set SOHOA_NAPS2 to its path).', 'Chưa cài đặt NAPS2 (không tìm thấy NAPS2.Console.exe; hãy cài đặt NAPS2 hoặc đặt biến SOHOA_NAPS2 trỏ tới tệp này).'],
  ['NAPS2 profile {0}', 'cấu hình NAPS2 {0}'],
  ['NAPS2 exited with code {0}', 'NAPS2 dừng với mã lỗi {0}'],
  ['no page was scanned', 'không quét được trang nào'],
  ['The scanner {0} stopped: {1}.', 'Máy quét {0} đã dừng: {1}.'],
  ['NAPS2 could not be started: {0}.', 'Không khởi động được NAPS2: {0}.'],
  ['SANE\'s scanimage is not installed (apt-get install sane-utils).', 'Chưa cài đặt công cụ scanimage của SANE (apt-get install sane-utils).'],
  ['Looking for scanners', 'Việc tìm máy quét'],
  ['SANE could not look for scanners: {0}.', 'SANE không tìm được máy quét: {0}.'],
  ['The scanner {0}', 'Máy quét {0}'],
  ['The scanner {0} did not answer: {1}.', 'Máy quét {0} không phản hồi: {1}.'],
  ['The scanner {0} is not connected{1}.', 'Máy quét {0} chưa được kết nối{1}.'],
  ['; connected scanners: {0}', '; các máy quét đang kết nối: {0}'],
  ['; no scanner is connected', '; không có máy quét nào đang kết nối'],
  ['scanimage could not be started: {0}.', 'Không khởi động được scanimage: {0}.'],
  ['The document feeder of scanner {0} is empty: {1}.', 'Khay nạp giấy của máy quét {0} đang trống: {1}.'],
  [' after {0} page{1}', ' sau {0} trang'],
  ['The scanner {0} stopped{1}: {2}.', 'Máy quét {0} đã dừng{1}: {2}.'],
  ['{0} could not be started: {1}.', 'Không khởi động được {0}: {1}.'],
  ['{0} did not answer within {1} seconds.', '{0} không phản hồi trong vòng {1} giây.'],
];
