/**
 * Scanning from a connected scanner (SANE, NAPS2): the options a scan is refused for and what the device
 * offers instead. A device name, a tool's own words and the values a scanner lists are shown as they are.
 */
import { defineMessages } from './message';
import { scanDeviceMessages } from './scan-device.messages';

export const scannerMessages = defineMessages({
  ...scanDeviceMessages,
  'scanner.choose': { en: 'Choose a scanner from the list of connected scanners.', vi: 'Hãy chọn một máy quét trong danh sách máy quét đang kết nối.' },
  'scanner.bad_resolution': {
    en: 'The resolution must be a whole number of dpi from {min} to {max}, not {value}.',
    vi: 'Độ phân giải phải là số nguyên dpi từ {min} đến {max}, không phải {value}.',
  },
  'scanner.bad_mode': {
    en: 'The colour mode "{mode}" is not one of color, gray or lineart.',
    vi: 'Chế độ màu “{mode}” không phải là color (màu), gray (xám) hoặc lineart (đen trắng).',
  },
  'scanner.bad_format': { en: 'The page format "{format}" is not one of png, jpeg or tiff.', vi: 'Định dạng trang “{format}” không phải là PNG, JPEG hoặc TIFF.' },
  'scanner.bad_page_limit': {
    en: 'The page limit must be a whole number of at least 1, not {value}.',
    vi: 'Số trang tối đa phải là số nguyên từ 1 trở lên, không phải {value}.',
  },
  'scanner.choose_folder': { en: 'Choose a folder for the scanned pages.', vi: 'Hãy chọn thư mục lưu các trang quét.' },
  // A NAPS2 profile the station set up, listed among the scanners.
  'scanner.naps2_profile': { en: 'NAPS2 profile {profile}', vi: 'cấu hình NAPS2 {profile}' },
  'scanner.unknown_source': { en: 'The scan source "{kind}" is not one of sane or naps2.', vi: 'Nguồn quét “{kind}” không phải là SANE hoặc NAPS2.' },
  'scanner.not_naps2': {
    en: 'The scanner "{device}" is not a NAPS2 device; choose one from the list of connected scanners.',
    vi: 'Máy quét “{device}” không phải thiết bị NAPS2; hãy chọn một máy trong danh sách máy quét đang kết nối.',
  },
  'scanner.naps2_folder': {
    en: 'The folder {dir} has a % or $( in its name, which NAPS2 would replace; choose another folder.',
    vi: 'Tên thư mục {dir} có ký tự % hoặc $( mà NAPS2 sẽ thay thế; hãy chọn thư mục khác.',
  },
  'scanner.not_connected_choose': {
    en: 'The scanner {device} is not connected; choose one from the list of connected scanners.',
    vi: 'Máy quét {device} chưa được kết nối; hãy chọn một máy trong danh sách máy quét đang kết nối.',
  },
  // What a SANE scanner offers, from its own option list.
  'scanner.no_mode': { en: 'The scanner {device} has no {mode} mode; it offers {offers}.', vi: 'Máy quét {device} không có chế độ {mode}; máy hỗ trợ {offers}.' },
  'scanner.no_feeder': {
    en: 'The scanner {device} has no document feeder; scan from the glass instead.',
    vi: 'Máy quét {device} không có khay nạp giấy; hãy quét trên mặt kính.',
  },
  'scanner.no_glass': {
    en: 'The scanner {device} has no glass to scan from; use its document feeder.',
    vi: 'Máy quét {device} không có mặt kính để quét; hãy dùng khay nạp giấy.',
  },
  'scanner.fixed_resolution': {
    en: 'The scanner {device} does not let the app choose a resolution.',
    vi: 'Máy quét {device} không cho phép ứng dụng chọn độ phân giải.',
  },
  'scanner.resolution_offered': {
    en: 'The scanner {device} cannot scan at {dpi} dpi; it allows {offers} dpi.',
    vi: 'Máy quét {device} không quét được ở {dpi} dpi; máy cho phép {offers} dpi.',
  },
  'scanner.resolution_none_usable': {
    en: 'The scanner {device} cannot scan at {dpi} dpi; it allows none between {min} and {max} dpi (it offers {offers} dpi).',
    vi: 'Máy quét {device} không quét được ở {dpi} dpi; máy không có mức nào từ {min} đến {max} dpi (máy hỗ trợ {offers} dpi).',
  },
  'scanner.resolution_range': {
    en: 'The scanner {device} cannot scan at {dpi} dpi; it allows {min} to {max} dpi.',
    vi: 'Máy quét {device} không quét được ở {dpi} dpi; máy cho phép từ {min} đến {max} dpi.',
  },
  'scanner.resolution_steps': {
    en: 'The scanner {device} cannot scan at {dpi} dpi; it allows {min} to {max} dpi in steps of {step}.',
    vi: 'Máy quét {device} không quét được ở {dpi} dpi; máy cho phép từ {min} đến {max} dpi, mỗi bước {step}.',
  },
  'scanner.no_option': { en: 'The scanner {device} has no option named {name}.', vi: 'Máy quét {device} không có tùy chọn tên {name}.' },
  // A list of values a scanner offers: "a, b or c".
  'list.or': { en: '{some} or {last}', vi: '{some} hoặc {last}' },
  'mode.color': { en: 'color', vi: 'màu' },
  'mode.gray': { en: 'gray', vi: 'xám' },
  'mode.lineart': { en: 'lineart', vi: 'đen trắng' },
});
