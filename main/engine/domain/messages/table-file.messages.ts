/**
 * Reading a table file (records, population register, declarations, licences, retired list): a file that cannot
 * be used at all, and a row repeated within the import. `{reason}` is the operating system's or a parser's words.
 */
import { defineMessages } from './message';

export const tableFileMessages = defineMessages({
  'file.cannot_open': { en: '{file} cannot be opened: {reason}.', vi: 'Không mở được {file}: {reason}.' },
  'file.not_found': { en: 'the file does not exist', vi: 'tệp không tồn tại' },
  'file.permission': { en: 'permission denied', vi: 'không có quyền đọc tệp' },
  'file.locked': { en: 'another program has it locked', vi: 'một chương trình khác đang khóa tệp' },
  'file.folder': { en: '{file} is a folder, not a file of records.', vi: '{file} là một thư mục, không phải tệp dữ liệu đăng ký.' },
  'file.not_regular': { en: '{file} is not a regular file.', vi: '{file} không phải là một tệp thông thường.' },
  'file.empty': { en: '{file} is empty.', vi: '{file} là tệp rỗng.' },
  'file.xlsx_truncated': {
    en: '{file} is not a readable Excel workbook: the file is incomplete (cut off) or damaged.',
    vi: 'Không đọc được {file} như một tệp Excel: tệp bị thiếu (bị cắt ngang) hoặc bị hỏng.',
  },
  'file.zip_no_workbook': {
    en: '{file} is not a readable {kind}: it is a ZIP archive that holds no Excel workbook.',
    vi: 'Không đọc được {file} như một {kind}: đây là tệp nén ZIP không chứa bảng tính Excel nào.',
  },
  'file.xls': {
    en: '{file} is an old Excel 97–2003 (.xls) workbook, which cannot be read; save it as .xlsx or CSV.',
    vi: '{file} là bảng tính Excel 97–2003 (.xls) kiểu cũ, ứng dụng không đọc được; hãy lưu lại dưới dạng .xlsx hoặc CSV.',
  },
  'file.pdf': { en: '{file} is not a readable {kind}: it is a PDF document.', vi: 'Không đọc được {file} như một {kind}: đây là tài liệu PDF.' },
  'file.not_xlsx': {
    en: '{file} is not a readable Excel workbook: it is not an .xlsx file.',
    vi: 'Không đọc được {file} như một tệp Excel: đây không phải tệp .xlsx.',
  },
  'file.binary': { en: '{file} is not a readable {kind}: it contains binary data.', vi: 'Không đọc được {file} như một {kind}: tệp chứa dữ liệu nhị phân.' },
  'file.xlsx_damaged': {
    en: '{file} is not a readable Excel workbook: it is damaged ({reason}).',
    vi: 'Không đọc được {file} như một tệp Excel: tệp bị hỏng ({reason}).',
  },
  'file.no_worksheet': { en: '{file} has no worksheet.', vi: '{file} không có trang tính nào.' },
  'file.empty_worksheet': { en: '{file} has no header row: its first worksheet is empty.', vi: '{file} không có dòng tiêu đề: trang tính đầu tiên trống.' },
  'file.only_empty_lines': { en: '{file} has no header row: it contains only empty lines.', vi: '{file} không có dòng tiêu đề: tệp chỉ có các dòng trống.' },
  'file.long_first_line': {
    en: '{file} is not a readable CSV file: its first line is longer than 4 MB.',
    vi: 'Không đọc được {file} như một tệp CSV: dòng đầu tiên dài hơn 4 MB.',
  },
  'file.two_columns': {
    en: '{file} has two columns for {field}: "{first}" (column {firstColumn}) and "{second}" (column {secondColumn}); remove or rename one of them.',
    vi: '{file} có hai cột cùng cho trường {field}: “{first}” (cột {firstColumn}) và “{second}” (cột {secondColumn}); hãy xóa hoặc đổi tên một cột.',
  },
  'file.json_invalid': {
    en: '{file} is not a valid JSON array of records: {reason} (line {line}, column {column}).',
    vi: 'Không đọc được {file} như một mảng bản ghi JSON hợp lệ: {reason} (dòng {line}, cột {column}).',
  },
  'file.json_object': {
    en: '{file} is not a JSON array of records: it holds a single object, not a list [ {…}, {…} ] of records.',
    vi: '{file} không phải mảng bản ghi JSON: tệp chứa một đối tượng đơn lẻ, không phải danh sách [ {…}, {…} ] các bản ghi.',
  },
  'file.json_no_array': {
    en: '{file} is not a JSON array of records: it does not start with "[".',
    vi: '{file} không phải mảng bản ghi JSON: tệp không bắt đầu bằng “[”.',
  },
  'file.disk_full': {
    en: 'The disk holding the station database is full: free some space, then import {file} again (the rows already imported are kept).',
    vi: 'Ổ đĩa chứa cơ sở dữ liệu của đơn vị đã đầy: hãy giải phóng dung lượng rồi nhập lại {file} (các dòng đã nhập vẫn được giữ).',
  },
  // Why a JSON file is not an array of records, completing 'file.json_invalid'.
  'json.no_array': { en: 'the file holds no JSON array', vi: 'tệp không chứa mảng JSON nào' },
  'json.starts_with': { en: 'the file does not start with "[" but with "{found}"', vi: 'tệp không bắt đầu bằng “[” mà bằng “{found}”' },
  'json.unexpected': { en: 'unexpected "{found}"', vi: 'gặp ký tự “{found}” không đúng chỗ' },
  'json.expected_comma': {
    en: 'expected "," or "]" after record {record} but found "{found}"',
    vi: 'sau bản ghi {record} cần có “,” hoặc “]” nhưng lại gặp “{found}”',
  },
  'json.text_after': { en: 'there is more text after the closing "]"', vi: 'còn nội dung phía sau dấu “]” kết thúc' },
  // The kinds of file, as the sentences above name them.
  'kind.csv': { en: 'CSV file', vi: 'tệp CSV' },
  'kind.xlsx': { en: 'Excel workbook', vi: 'tệp Excel' },
  'kind.json': { en: 'JSON file', vi: 'tệp JSON' },
  // A row whose key an earlier row of the same import already gave.
  'row.repeated': {
    en: '{file} row {row} repeats {key} {value} from row {first}; this row was not imported.',
    vi: '{file} dòng {row} lặp lại {key} {value} của dòng {first}; dòng này không được nhập.',
  },
  'key.record_id': { en: 'record id', vi: 'mã hồ sơ' },
  'key.personal_id': { en: 'personal ID', vi: 'số định danh cá nhân' },
  'key.declaration_id': { en: 'declaration id', vi: 'mã khai báo' },
  'key.licence_no': { en: 'licence number', vi: 'số GPLX' },
  'key.vehicle': { en: 'vehicle', vi: 'xe' },
});
