import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about record files: opening and reading CSV/XLSX/JSON files, rejected
 * rows and data-quality issues of stored records (Records screen), and the search explanations.
 */
export const recordSentences: readonly SentencePair[] = [
  // Opening a file of records.
  [
    '{0} has no record-id column ("Mã hồ sơ" or "record_id"): its header line "{1}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    '{0} không có cột mã hồ sơ (“Mã hồ sơ” hoặc “record_id”): dòng tiêu đề “{1}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  ],
  ['{0} has no record-id column ("Mã hồ sơ" or "record_id"); the column headers found are: {1}.', '{0} không có cột mã hồ sơ (“Mã hồ sơ” hoặc “record_id”); các tiêu đề cột tìm thấy là: {1}.'],
  // CSV rows.
  ['{0} row {1} {2}.', '{0}, dòng {1}: {2}.'],
  ['has a quoted value in column {0} that is never closed (the file may be truncated)', 'có giá trị trong ngoặc kép ở cột {0} không được đóng lại (tệp có thể bị cắt ngang)'],
  ['has a quote in column {0} that is not closed within {1} lines, so the row was skipped', 'có dấu ngoặc kép ở cột {0} không được đóng trong vòng {1} dòng, nên dòng này đã bị bỏ qua'],
  ['has a value in column {0} longer than 1 MiB, which no field of a record can be, so the row was skipped', 'có giá trị ở cột {0} dài hơn 1 MiB, không trường nào của hồ sơ dài như vậy, nên dòng này đã bị bỏ qua'],
  [
    '{0} row {1} has {2} values but the header has {3} columns (a value probably contains an unquoted "{4}").',
    '{0}, dòng {1} có {2} giá trị nhưng dòng tiêu đề có {3} cột (có thể một giá trị chứa ký tự “{4}” mà không nằm trong ngoặc kép).',
  ],
  [
    '{0} row {1} has {2} values but the header has {3} columns, so its values cannot be matched to their columns; nothing of it was stored.',
    '{0}, dòng {1} có {2} giá trị nhưng dòng tiêu đề có {3} cột, nên không thể biết giá trị nào thuộc cột nào; dòng này không được lưu.',
  ],
  // JSON files.
  ['{0} ends in the middle of item {1} (the file may be truncated).', '{0} kết thúc giữa chừng ở mục {1} (tệp có thể bị cắt ngang).'],
  ['{0} item {1} (line {2}, column {3}) is not valid JSON: {4}.', '{0}, mục {1} (dòng {2}, cột {3}) không phải JSON hợp lệ: {4}.'],
  ['{0} item {1} (line {2}, column {3}) is longer than 1 MiB, which no record can be, so it was skipped.', '{0}, mục {1} (dòng {2}, cột {3}) dài hơn 1 MiB, không hồ sơ nào dài như vậy, nên đã bị bỏ qua.'],
  ['{0} item {1} is {2}, not an object of record fields.', '{0}, mục {1} là {2}, không phải một đối tượng chứa các trường của bản ghi.'],
  ['{0} item {1} has two keys for {2}: "{3}" and "{4}".', '{0}, mục {1} có hai khóa cùng cho trường {2}: “{3}” và “{4}”.'],
  ['{0} item {1} has a list or object under "{2}" where a value is expected.', '{0}, mục {1} có danh sách hoặc đối tượng ở khóa “{2}”, trong khi ở đó cần một giá trị.'],
  // Import.
  ['{0} row {1}: {2}', '{0}, dòng {1}: {2}'],
  ['{0} row {1} (kept for review): {2}', '{0}, dòng {1} (vẫn được nhập để cán bộ xem lại): {2}'],
  ['import of {0}', 'nhập {0}'],
  // Record ids and values.
  ['The row has no record id (Mã hồ sơ), so it cannot be stored.', 'Dòng này không có mã hồ sơ nên không thể lưu.'],
  ['The record id contains control characters or unreadable bytes, so the row cannot be stored.', 'Mã hồ sơ chứa ký tự điều khiển hoặc byte không đọc được, nên không thể lưu dòng này.'],
  ['The record id "{0}…" is {1} characters long; at most {2} are allowed.', 'Mã hồ sơ “{0}…” dài {1} ký tự; chỉ được tối đa {2} ký tự.'],
  ['{0} contains characters that could not be read (the file may be in another encoding).', '{0} chứa ký tự không đọc được (tệp có thể dùng bảng mã khác).'],
  ['Owner name "{0}" contains digits.', 'Tên chủ xe “{0}” có chứa chữ số.'],
  ['Plate "{0}" has province code {1}, but plate codes run from 11 to 99.', 'Biển số “{0}” có mã tỉnh {1}, trong khi mã tỉnh trên biển số chỉ từ 11 đến 99.'],
  ['Plate "{0}" has the letter {1} in its series, which plates never use{2}.', 'Biển số “{0}” có chữ {1} trong sê-ri, chữ này không bao giờ dùng trên biển số{2}.'],
  ['Plate "{0}" is not in a Vietnamese plate format (such as 29A-123.45 or 29-B1 123.45).', 'Biển số “{0}” không đúng định dạng biển số Việt Nam (ví dụ 29A-123.45 hoặc 29-B1 123.45).'],
  ['{0} has the letter {1} at position {2}, which a VIN never uses (probably {3}).', '{0} có chữ {1} ở vị trí {2}, chữ này không bao giờ có trong số VIN (có lẽ là {3}).'],
  ['{0} at position {1}', '{0} ở vị trí {1}'],
  ['{0} has the letters {1}, which a VIN never uses (probably {2}).', '{0} có các chữ {1}, những chữ này không bao giờ có trong số VIN (có lẽ là {2}).'],
  ['{0} has {1} characters, but a VIN starting with {2} has 17 (a character may be {3}).', '{0} có {1} ký tự, trong khi số VIN bắt đầu bằng {2} có 17 ký tự (có thể {3} một ký tự).'],
  ['{0} "{1}" contains "{2}", which stamped serial numbers never have.', '{0} “{1}” chứa “{2}”, ký tự này không bao giờ có trong số đóng trên xe.'],
  ['{0} "{1}" is too short to be a serial number ({2} characters).', '{0} “{1}” quá ngắn để là số đóng trên xe ({2} ký tự).'],
  ['Citizen ID "{0}" was saved by a spreadsheet in exponent form, which loses digits; export the column as text.', 'Số CCCD/CMND “{0}” đã bị bảng tính lưu dưới dạng số mũ nên mất chữ số; hãy xuất cột này dưới dạng văn bản.'],
  ['Citizen ID "{0}" contains characters other than digits.', 'Số CCCD/CMND “{0}” chứa ký tự không phải chữ số.'],
  [' (a leading 0 may have been lost in a spreadsheet)', ' (có thể bảng tính đã làm mất số 0 ở đầu)'],
  ['Citizen ID {0} has {1} digits, but a CCCD has 12 and a CMND 9{2}.', 'Số CCCD/CMND {0} có {1} chữ số, trong khi CCCD có 12 và CMND có 9 chữ số{2}.'],
  ['Citizen ID {0} starts with {1}, which is not the code of any province.', 'Số CCCD/CMND {0} bắt đầu bằng {1}, không phải mã của tỉnh nào.'],
  ['Citizen ID {0} has {1} as its 4th digit, but that digit is 0–3 for anyone born 1900–2099.', 'Số CCCD/CMND {0} có chữ số thứ 4 là {1}, trong khi chữ số này chỉ từ 0 đến 3 với người sinh năm 1900–2099.'],
  ['Citizen ID {0} gives a birth year of {1}, which is in the future.', 'Số CCCD/CMND {0} cho năm sinh {1}, là năm trong tương lai.'],
  ['{0} "{1}" is not a date in a known format (such as 15/08/2023).', '{0} “{1}” không phải ngày theo định dạng quen thuộc (ví dụ 15/08/2023).'],
  ['{0} "{1}" is not a real date.', '{0} “{1}” không phải là ngày có thật.'],
  ['{0} "{1}" is before 1900.', '{0} “{1}” trước năm 1900.'],
  ['{0} "{1}" is in the future.', '{0} “{1}” là ngày trong tương lai.'],
];
