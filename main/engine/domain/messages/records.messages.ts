/**
 * Station records files: a file without its key column, a row the readers could not cut into cells, a row that
 * could not be stored, and the data-quality issues kept with a stored record (Records screen, `records import`).
 * The field labels (`label.*`) open an issue's sentence, so they are capitalised; the register, declarations and
 * licences use the same date and ID sentences with their own labels.
 */
import { defineMessages } from './message';

export const recordMessages = defineMessages({
  // A file whose header names no key column; `{column}` is one of the `column.*` below.
  'columns.missing_key': {
    en: '{file} has no {column}; the column headers found are: {found}.',
    vi: '{file} không có {column}; các tiêu đề cột tìm thấy là: {found}.',
  },
  'columns.single_column': {
    en: '{file} has no {column}: its header line "{shown}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    vi: '{file} không có {column}: dòng tiêu đề “{shown}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  },
  'columns.none': { en: 'none', vi: 'không có' },
  'column.record_id': { en: 'record-id column ("Mã hồ sơ" or "record_id")', vi: 'cột mã hồ sơ (“Mã hồ sơ” hoặc “record_id”)' },
  'column.personal_id': { en: 'personal-ID column ("Số định danh cá nhân" or "personal_id")', vi: 'cột số định danh cá nhân (“Số định danh cá nhân” hoặc “personal_id”)' },
  'column.declaration_id': { en: 'declaration-id column ("Mã khai báo" or "declaration_id")', vi: 'cột mã khai báo (“Mã khai báo” hoặc “declaration_id”)' },
  'column.licence_no': { en: 'licence-number column ("Số GPLX" or "licence_no")', vi: 'cột số giấy phép lái xe (“Số GPLX” hoặc “licence_no”)' },
  'column.reason': { en: 'reason column ("Lý do" or "reason")', vi: 'cột lý do (“Lý do” hoặc “reason”)' },
  'column.reason_values': {
    en: 'reason column ("Lý do" or "reason": het_nien_han or khong_luu_hanh)',
    vi: 'cột lý do (“Lý do” hoặc “reason”: het_nien_han hoặc khong_luu_hanh)',
  },
  // CSV rows the reader could not cut into cells.
  'csv.row_problem': { en: '{file} row {row} {problem}.', vi: '{file}, dòng {row}: {problem}.' },
  'csv.unclosed_quote': {
    en: 'has a quoted value in column {column} that is never closed (the file may be truncated)',
    vi: 'có giá trị trong ngoặc kép ở cột {column} không được đóng lại (tệp có thể bị cắt ngang)',
  },
  'csv.quote_too_long': {
    en: 'has a quote in column {column} that is not closed within {lines} lines, so the row was skipped',
    vi: 'có dấu ngoặc kép ở cột {column} không được đóng trong vòng {lines} dòng, nên dòng này đã bị bỏ qua',
  },
  'csv.value_too_long': {
    en: 'has a value in column {column} longer than 1 MiB, which no field of a record can be, so the row was skipped',
    vi: 'có giá trị ở cột {column} dài hơn 1 MiB, không trường nào của hồ sơ dài như vậy, nên dòng này đã bị bỏ qua',
  },
  'csv.too_many_values': {
    en: '{file} row {row} has {values} values but the header has {columns} columns (a value probably contains an unquoted "{separator}").',
    vi: '{file}, dòng {row} có {values} giá trị nhưng dòng tiêu đề có {columns} cột (có thể một giá trị chứa ký tự “{separator}” mà không nằm trong ngoặc kép).',
  },
  'csv.too_few_values': {
    en: '{file} row {row} has {values} values but the header has {columns} columns, so its values cannot be matched to their columns; nothing of it was stored.',
    vi: '{file}, dòng {row} có {values} giá trị nhưng dòng tiêu đề có {columns} cột, nên không thể biết giá trị nào thuộc cột nào; dòng này không được lưu.',
  },
  // JSON items.
  'json.item_truncated': { en: '{file} ends in the middle of item {item} (the file may be truncated).', vi: '{file} kết thúc giữa chừng ở mục {item} (tệp có thể bị cắt ngang).' },
  'json.item_invalid': {
    en: '{file} item {item} (line {line}, column {column}) is not valid JSON: {reason}.',
    vi: '{file}, mục {item} (dòng {line}, cột {column}) không phải JSON hợp lệ: {reason}.',
  },
  'json.item_too_long': {
    en: '{file} item {item} (line {line}, column {column}) is longer than 1 MiB, which no record can be, so it was skipped.',
    vi: '{file}, mục {item} (dòng {line}, cột {column}) dài hơn 1 MiB, không hồ sơ nào dài như vậy, nên đã bị bỏ qua.',
  },
  'json.item_not_object': { en: '{file} item {item} is {kind}, not an object of record fields.', vi: '{file}, mục {item} là {kind}, không phải một đối tượng chứa các trường của bản ghi.' },
  'json.null': { en: 'null', vi: 'giá trị rỗng' },
  'json.list': { en: 'a list', vi: 'một danh sách' },
  'json.string': { en: 'a string', vi: 'một chuỗi ký tự' },
  'json.number': { en: 'a number', vi: 'một số' },
  'json.boolean': { en: 'a boolean', vi: 'một giá trị đúng/sai' },
  'json.item_two_keys': { en: '{file} item {item} has two keys for {field}: "{first}" and "{second}".', vi: '{file}, mục {item} có hai khóa cùng cho trường {field}: “{first}” và “{second}”.' },
  'json.item_nested': {
    en: '{file} item {item} has a list or object under "{key}" where a value is expected.',
    vi: '{file}, mục {item} có danh sách hoặc đối tượng ở khóa “{key}”, trong khi ở đó cần một giá trị.',
  },
  // A row of any table file refused, or kept with an issue, named by file and row.
  'import.row_rejected': { en: '{file} row {row}: {reason}', vi: '{file}, dòng {row}: {reason}' },
  'import.row_kept': { en: '{file} row {row} (kept for review): {issue}', vi: '{file}, dòng {row} (vẫn được nhập để cán bộ xem lại): {issue}' },
  // Record ids.
  'record.no_id': { en: 'The row has no record id (Mã hồ sơ), so it cannot be stored.', vi: 'Dòng này không có mã hồ sơ nên không thể lưu.' },
  'record.id_unreadable': {
    en: 'The record id contains control characters or unreadable bytes, so the row cannot be stored.',
    vi: 'Mã hồ sơ chứa ký tự điều khiển hoặc dữ liệu không đọc được, nên không thể lưu dòng này.',
  },
  'record.id_too_long': { en: 'The record id "{start}…" is {length} characters long; at most {max} are allowed.', vi: 'Mã hồ sơ “{start}…” dài {length} ký tự; chỉ được tối đa {max} ký tự.' },
  // Values kept with an issue.
  'value.unreadable': {
    en: '{label} contains characters that could not be read (the file may be in another encoding).',
    vi: '{label} chứa ký tự không đọc được (tệp có thể dùng bảng mã khác).',
  },
  'record.owner_name_digits': { en: 'Owner name "{name}" contains digits.', vi: 'Tên chủ xe “{name}” có chứa chữ số.' },
  'plate.province': {
    en: 'Plate "{plate}" has province code {code}, but plate codes run from 11 to 99.',
    vi: 'Biển số “{plate}” có mã tỉnh {code}, trong khi mã tỉnh trên biển số chỉ từ 11 đến 99.',
  },
  'plate.letter': { en: 'Plate "{plate}" has the letter {letter} in its series, which plates never use.', vi: 'Biển số “{plate}” có chữ {letter} trong sê-ri, chữ này không bao giờ dùng trên biển số.' },
  'plate.letter_probably': {
    en: 'Plate "{plate}" has the letter {letter} in its series, which plates never use (probably {digit}).',
    vi: 'Biển số “{plate}” có chữ {letter} trong sê-ri, chữ này không bao giờ dùng trên biển số (có lẽ là {digit}).',
  },
  'plate.format': {
    en: 'Plate "{plate}" is not in a Vietnamese plate format (such as 29A-123.45 or 29-B1 123.45).',
    vi: 'Biển số “{plate}” không đúng định dạng biển số Việt Nam (ví dụ 29A-123.45 hoặc 29-B1 123.45).',
  },
  'vin.letter': {
    en: '{label} has the letter {letter} at position {position}, which a VIN never uses (probably {digit}).',
    vi: '{label} có chữ {letter} ở vị trí {position}, chữ này không bao giờ có trong số VIN (có lẽ là {digit}).',
  },
  'vin.letters': {
    en: '{label} has the letters {where}, which a VIN never uses (probably {digits}).',
    vi: '{label} có các chữ {where}, những chữ này không bao giờ có trong số VIN (có lẽ là {digits}).',
  },
  'vin.letter_at': { en: '{letter} at position {position}', vi: '{letter} ở vị trí {position}' },
  'vin.length_missing': {
    en: '{label} has {length} characters, but a VIN starting with {wmi} has 17 (a character may be missing).',
    vi: '{label} có {length} ký tự, trong khi số VIN bắt đầu bằng {wmi} có 17 ký tự (có thể thiếu một ký tự).',
  },
  'vin.length_doubled': {
    en: '{label} has {length} characters, but a VIN starting with {wmi} has 17 (a character may be doubled).',
    vi: '{label} có {length} ký tự, trong khi số VIN bắt đầu bằng {wmi} có 17 ký tự (có thể một ký tự bị lặp).',
  },
  'serial.bad_char': {
    en: '{label} "{value}" contains "{char}", which stamped serial numbers never have.',
    vi: '{label} “{value}” chứa “{char}”, ký tự này không bao giờ có trong số đóng trên xe.',
  },
  'serial.too_short': {
    en: '{label} "{value}" is too short to be a serial number ({length} characters).',
    vi: '{label} “{value}” quá ngắn để là số đóng trên xe ({length} ký tự).',
  },
  // A list of two or more, as "a, b and c".
  'list.and': { en: '{first} and {last}', vi: '{first} và {last}' },
  'list.comma': { en: '{first}, {next}', vi: '{first}, {next}' },
  'citizen_id.exponent': {
    en: 'Citizen ID "{value}" was saved by a spreadsheet in exponent form, which loses digits; export the column as text.',
    vi: 'Số CCCD/CMND “{value}” đã bị bảng tính lưu dưới dạng số mũ nên mất chữ số; hãy xuất cột này dưới dạng văn bản.',
  },
  'citizen_id.not_digits': { en: 'Citizen ID "{value}" contains characters other than digits.', vi: 'Số CCCD/CMND “{value}” chứa ký tự không phải chữ số.' },
  'citizen_id.length': {
    en: 'Citizen ID {value} has {length} digits, but a CCCD has 12 and a CMND 9.',
    vi: 'Số CCCD/CMND {value} có {length} chữ số, trong khi CCCD có 12 và CMND có 9 chữ số.',
  },
  'citizen_id.length_lost_zero': {
    en: 'Citizen ID {value} has {length} digits, but a CCCD has 12 and a CMND 9 (a leading 0 may have been lost in a spreadsheet).',
    vi: 'Số CCCD/CMND {value} có {length} chữ số, trong khi CCCD có 12 và CMND có 9 chữ số (có thể bảng tính đã làm mất số 0 ở đầu).',
  },
  'citizen_id.province': {
    en: 'Citizen ID {value} starts with {code}, which is not the code of any province.',
    vi: 'Số CCCD/CMND {value} bắt đầu bằng {code}, không phải mã của tỉnh nào.',
  },
  'citizen_id.century': {
    en: 'Citizen ID {value} has {digit} as its 4th digit, but that digit is 0–3 for anyone born 1900–2099.',
    vi: 'Số CCCD/CMND {value} có chữ số thứ 4 là {digit}, trong khi chữ số này chỉ từ 0 đến 3 với người sinh năm 1900–2099.',
  },
  'citizen_id.future': { en: 'Citizen ID {value} gives a birth year of {year}, which is in the future.', vi: 'Số CCCD/CMND {value} cho năm sinh {year}, là năm trong tương lai.' },
  'date.format': {
    en: '{label} "{value}" is not a date in a known format (such as 15/08/2023).',
    vi: '{label} “{value}” không phải ngày theo định dạng quen thuộc (ví dụ 15/08/2023).',
  },
  'date.not_real': { en: '{label} "{value}" is not a real date.', vi: '{label} “{value}” không phải là ngày có thật.' },
  'date.before_1900': { en: '{label} "{value}" is before 1900.', vi: '{label} “{value}” trước năm 1900.' },
  'date.future': { en: '{label} "{value}" is in the future.', vi: '{label} “{value}” là ngày trong tương lai.' },
  // Where an earlier version of a record came from (its history).
  'history.import_of': { en: 'import of {files}', vi: 'nhập {files}' },
  'history.from_file': { en: '{source}: {file}', vi: '{source}: {file}' },
  'history.owner_decision': { en: 'owner decision by {user}', vi: 'quyết định về chủ xe của {user}' },
  'history.licence_decision': { en: 'licence decision by {user}', vi: 'quyết định về giấy phép lái xe của {user}' },
  'history.declaration_taken': { en: 'declaration {id} taken by {user}', vi: 'khai báo {id} được {user} cập nhật vào hồ sơ' },
  // What opens an issue's sentence: the value's name.
  'label.plate': { en: 'Plate', vi: 'Biển số' },
  'label.chassis': { en: 'Chassis number', vi: 'Số khung' },
  'label.engine': { en: 'Engine number', vi: 'Số máy' },
  'label.owner_name': { en: 'Owner name', vi: 'Tên chủ xe' },
  'label.owner_id': { en: 'Citizen ID', vi: 'Số CCCD/CMND' },
  'label.address': { en: 'Address', vi: 'Địa chỉ' },
  'label.brand': { en: 'Brand', vi: 'Nhãn hiệu' },
  'label.model': { en: 'Model', vi: 'Số loại' },
  'label.color': { en: 'Color', vi: 'Màu sơn' },
  'label.registered_on': { en: 'Registration date', vi: 'Ngày đăng ký' },
  'label.owner_birth_date': { en: 'Owner birth date', vi: 'Ngày sinh chủ xe' },
});
