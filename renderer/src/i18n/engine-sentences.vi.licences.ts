import type { SentencePair } from './engine-sentence-pair';

/** Vietnamese for the engine's sentences about driving-licence records: their import, lookup and holder decisions. */
export const licenceSentences: readonly SentencePair[] = [
  // Reading licence files.
  [
    '{0} has no licence-number column ("Số GPLX" or "licence_no"); the column headers found are: {1}.',
    '{0} không có cột số giấy phép lái xe (“Số GPLX” hoặc “licence_no”); các tiêu đề cột tìm thấy: {1}.',
  ],
  [
    '{0} has no licence-number column ("Số GPLX" or "licence_no"): its header line "{1}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    '{0} không có cột số giấy phép lái xe (“Số GPLX” hoặc “licence_no”): dòng tiêu đề “{1}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  ],
  // Licence rows.
  ['The row has no licence number (Số GPLX), so it cannot be stored.', 'Dòng không có số giấy phép lái xe (Số GPLX) nên không lưu được.'],
  ['The licence number "{0}" is not usable: at most {1} readable characters are allowed.', 'Số giấy phép lái xe “{0}” không dùng được: chỉ cho phép tối đa {1} ký tự đọc được.'],
  [
    'Licence number "{0}" was saved by a spreadsheet in exponent form, which loses digits; export the column as text.',
    'Số giấy phép lái xe “{0}” đã bị bảng tính lưu ở dạng số mũ, làm mất chữ số; hãy xuất cột này ở dạng văn bản.',
  ],
  ['Licence number {0} has {1} digits, but a licence number has 12{2}; it is kept as typed.', 'Số giấy phép lái xe {0} có {1} chữ số, nhưng số giấy phép lái xe có 12 chữ số{2}; được giữ nguyên như đã ghi.'],
  [
    'Licence number "{0}" is not a 12-digit number; it is kept as typed (an older licence format).',
    'Số giấy phép lái xe “{0}” không phải số 12 chữ số; được giữ nguyên như đã ghi (mẫu giấy phép cũ).',
  ],
  [
    'Class {0} is not a driving-licence class (A1, A2, A3, A4, B1, B2, C, D, E, F… or the 2025 classes A, B, C1, D1, D2, BE, C1E, CE, D1E, D2E, DE).',
    'Hạng {0} không phải hạng giấy phép lái xe (A1, A2, A3, A4, B1, B2, C, D, E, F… hoặc các hạng từ 2025: A, B, C1, D1, D2, BE, C1E, CE, D1E, D2E, DE).',
  ],
  ['Valid-until date {0} is before the issue date {1}.', 'Ngày hết hạn {0} trước ngày cấp {1}.'],
  // The reason of an audit entry: a re-import kept an officer's decided value on this licence.
  ['{0}: licence {1}', '{0}: giấy phép lái xe {1}'],
  ['Place of issue', 'Nơi cấp'],
  // Lookup.
  ['holder name and birth date match', 'họ tên và ngày sinh người được cấp khớp'],
  ['holder name matches', 'họ tên người được cấp khớp'],
  // Licence holder decisions.
  ['No licence numbered {0} in this station.', 'Đơn vị không có giấy phép lái xe số {0}.'],
  ['"{0}" is not a licence decision: use take-register or keep-record.', '“{0}” không phải quyết định về giấy phép lái xe: dùng take-register (lấy theo CSDL dân cư) hoặc keep-record (giữ theo giấy phép).'],
  ['"{0}" is not a licence holder field: use personal_id, full_name or birth_date.', '“{0}” không phải trường thông tin người được cấp giấy phép: dùng personal_id, full_name hoặc birth_date.'],
  ['{0} already decided {1} of licence {2} the same way ({3}); nothing changed.', '{0} đã quyết định {1} của giấy phép {2} như vậy ({3}); không có gì thay đổi.'],
  ['{0} already decided {1} of licence {2} ({3}) at {4}.', '{0} đã quyết định {1} của giấy phép {2} ({3}) lúc {4}.'],
  ['Licence {0} has no difference with the register on {1} to decide.', 'Giấy phép {0} không có chênh lệch nào với CSDL dân cư ở {1} để quyết định.'],
  ['licence decision by {0}', 'quyết định về giấy phép lái xe của {0}'],
  ['{0} of licence {1}: {2}{3} by {4}.', '{0} của giấy phép {1}: {2}{3} bởi {4}.'],
];
