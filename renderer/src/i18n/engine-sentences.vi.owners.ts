import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about the campaign's other sources: the population register (residents),
 * owner reconciliation and its decisions, and citizens' self-declarations.
 */
export const ownerSentences: readonly SentencePair[] = [
  ['Owner birth date', 'Ngày sinh chủ xe'],
  // Reading register and declaration files.
  [
    '{0} has no personal-ID column ("Số định danh cá nhân" or "personal_id"); the column headers found are: {1}.',
    '{0} không có cột số định danh cá nhân (“Số định danh cá nhân” hoặc “personal_id”); các tiêu đề cột tìm thấy: {1}.',
  ],
  [
    '{0} has no personal-ID column ("Số định danh cá nhân" or "personal_id"): its header line "{1}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    '{0} không có cột số định danh cá nhân (“Số định danh cá nhân” hoặc “personal_id”): dòng tiêu đề “{1}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  ],
  [
    '{0} has no declaration-id column ("Mã khai báo" or "declaration_id"); the column headers found are: {1}.',
    '{0} không có cột mã khai báo (“Mã khai báo” hoặc “declaration_id”); các tiêu đề cột tìm thấy: {1}.',
  ],
  [
    '{0} has no declaration-id column ("Mã khai báo" or "declaration_id"): its header line "{1}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    '{0} không có cột mã khai báo (“Mã khai báo” hoặc “declaration_id”): dòng tiêu đề “{1}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  ],
  // Register rows.
  ['The row has no personal ID (Số định danh cá nhân), so it cannot be stored.', 'Dòng không có số định danh cá nhân nên không lưu được.'],
  ['Personal ID "{0}" contains characters other than digits.', 'Số định danh cá nhân “{0}” có ký tự không phải chữ số.'],
  ['Personal ID {0} has {1} digits, but a personal ID (CCCD) has 12{2}.', 'Số định danh cá nhân {0} có {1} chữ số, nhưng số định danh cá nhân (CCCD) có 12 chữ số{2}.'],
  ['Birth date {0} does not agree with personal ID {1}, which gives a birth year of {2}.', 'Ngày sinh {0} không khớp với số định danh cá nhân {1}, theo đó năm sinh là {2}.'],
  ['Full name contains characters that could not be read (the file may be in another encoding).', 'Họ và tên có ký tự không đọc được (tệp có thể dùng bảng mã khác).'],
  ['Full name "{0}" contains digits.', 'Họ và tên “{0}” có chữ số.'],
  ['Sex "{0}" is neither Nam nor Nữ.', 'Giới tính “{0}” không phải Nam hay Nữ.'],
  ['Sex {0} does not agree with personal ID {1}, whose 4th digit says {2}.', 'Giới tính {0} không khớp với số định danh cá nhân {1}, theo chữ số thứ 4 là {2}.'],
  ['Former ID "{0}" is not a 9-digit CMND.', 'Số CMND cũ “{0}” không phải CMND 9 chữ số.'],
  // Owner decisions.
  ['No record with id {0} in this station.', 'Đơn vị không có hồ sơ đăng ký mã {0}.'],
  ['"{0}" is not an owner decision: use take-register or keep-record.', '“{0}” không phải quyết định về chủ xe: dùng take-register (lấy theo CSDL dân cư) hoặc keep-record (giữ theo hồ sơ).'],
  ['"{0}" is not an owner field: use owner_id, owner_name, owner_birth_date or address.', '“{0}” không phải trường thông tin chủ xe: dùng owner_id, owner_name, owner_birth_date hoặc address.'],
  ['{0} already decided {1} of record {2} the same way ({3}); nothing changed.', '{0} đã quyết định {1} của hồ sơ {2} như vậy ({3}); không có gì thay đổi.'],
  ['{0} already decided {1} of record {2} ({3}) at {4}.', '{0} đã quyết định {1} của hồ sơ {2} ({3}) lúc {4}.'],
  ['Record {0} has no difference with the register on {1} to decide.', 'Hồ sơ {0} không có chênh lệch nào với CSDL dân cư ở {1} để quyết định.'],
  ['owner decision by {0}', 'quyết định về chủ xe của {0}'],
  ['{0} of record {1}: {2}{3} by {4}.', '{0} của hồ sơ {1}: {2}{3} bởi {4}.'],
  // Declarations.
  ['The row has no declaration id (Mã khai báo), so it cannot be stored.', 'Dòng không có mã khai báo nên không lưu được.'],
  ['The declaration id "{0}" is not usable: at most {1} readable characters are allowed.', 'Mã khai báo “{0}” không dùng được: chỉ cho phép tối đa {1} ký tự đọc được.'],
  ['There is no declaration {0}.', 'Không có khai báo {0}.'],
  ['"{0}" is not a declaration decision: use confirm, reject or update-record.', '“{0}” không phải quyết định về khai báo: dùng confirm (xác nhận), reject (từ chối) hoặc update-record (cập nhật hồ sơ).'],
  ['{0} already decided declaration {1} the same way ({2}); nothing changed.', '{0} đã quyết định khai báo {1} như vậy ({2}); không có gì thay đổi.'],
  ['{0} already decided declaration {1} ({2}) at {3}.', '{0} đã quyết định khai báo {1} ({2}) lúc {3}.'],
  ['Declaration {0} names no vehicle the station has a record of, so there is no record to update.', 'Khai báo {0} nêu một xe mà đơn vị không có hồ sơ, nên không có hồ sơ nào để cập nhật.'],
  ['declaration {0} taken by {1}', 'khai báo {0} được {1} cập nhật vào hồ sơ'],
  [' (record {0}: {1})', ' (hồ sơ {0}: {1})'],
  ['Declaration {0}: {1} by {2}{3}.', 'Khai báo {0}: {1} bởi {2}{3}.'],
];
