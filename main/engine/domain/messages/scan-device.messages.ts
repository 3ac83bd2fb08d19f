/**
 * A scanner at work (SANE's scanimage, NAPS2) and the hot folder: a tool missing or not starting, a scanner not
 * answering or not connected, a feeder empty or a batch stopped part-way. `{reason}` is the tool's own words.
 */
import { defineMessages } from './message';

export const scanDeviceMessages = defineMessages({
  'sane.not_installed': { en: "SANE's {tool} is not installed ({command}).", vi: 'Chưa cài đặt công cụ {tool} của SANE ({command}).' },
  'sane.looking': { en: 'Looking for scanners', vi: 'Việc tìm máy quét' },
  'sane.list_failed': { en: 'SANE could not look for scanners: {reason}.', vi: 'SANE không tìm được máy quét: {reason}.' },
  'naps2.not_installed': {
    en: 'NAPS2 is not installed ({exe} was not found; install NAPS2 or set {variable} to its path).',
    vi: 'Chưa cài đặt NAPS2 (không tìm thấy {exe}; hãy cài đặt NAPS2 hoặc đặt biến {variable} trỏ tới tệp này).',
  },
  'tool.not_started': { en: '{what} could not be started: {reason}.', vi: 'Không khởi động được {what}: {reason}.' },
  'tool.no_answer_within': { en: '{what} did not answer within {seconds} seconds.', vi: '{what} không phản hồi trong vòng {seconds} giây.' },
  'tool.exited': { en: '{tool} exited with code {code}', vi: '{tool} dừng với mã lỗi {code}' },
  'scanner.named': { en: 'The scanner {device}', vi: 'Máy quét {device}' },
  'scanner.no_answer': { en: 'The scanner {device} did not answer: {reason}.', vi: 'Máy quét {device} không phản hồi: {reason}.' },
  'scanner.not_connected': { en: 'The scanner {device} is not connected{others}.', vi: 'Máy quét {device} chưa được kết nối{others}.' },
  'scanner.connected_list': { en: '; connected scanners: {names}', vi: '; các máy quét đang kết nối: {names}' },
  'scanner.none_connected': { en: '; no scanner is connected', vi: '; không có máy quét nào đang kết nối' },
  'scanner.feeder_empty': { en: 'The document feeder of scanner {device} is empty: {reason}.', vi: 'Khay nạp giấy của máy quét {device} đang trống: {reason}.' },
  'scanner.no_paper': { en: 'no paper', vi: 'không có giấy' },
  'scanner.stopped': { en: 'The scanner {device} stopped{after}: {reason}.', vi: 'Máy quét {device} đã dừng{after}: {reason}.' },
  'scanner.after_one_page': { en: ' after 1 page', vi: ' sau 1 trang' },
  'scanner.after_pages': { en: ' after {count} pages', vi: ' sau {count} trang' },
  'scanner.no_page': { en: 'no page was scanned', vi: 'không quét được trang nào' },
  'scanner.could_not_scan': { en: 'The scanner {device} could not scan: {reason}.', vi: 'Máy quét {device} không quét được: {reason}.' },
  'hot_folder.read_failed': { en: 'The hot folder {dir} cannot be read: {reason}.', vi: 'Không đọc được thư mục theo dõi {dir}: {reason}.' },
});
