import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about the department's list of vehicles past their service life or out of
 * circulation: reading the list, rows matching no record, the pick list and the separate export batch.
 */
export const retiredSentences: readonly SentencePair[] = [
  [
    '{0} has no reason column ("Lý do" or "reason": het_nien_han or khong_luu_hanh); the column headers found are: {1}.',
    '{0} không có cột lý do (“Lý do” hoặc “reason”: het_nien_han hoặc khong_luu_hanh); các tiêu đề cột tìm thấy: {1}.',
  ],
  [
    '{0} has no reason column ("Lý do" or "reason"): its header line "{1}" reads as a single column, so its values may be separated by a character other than a comma, semicolon, tab or "|".',
    '{0} không có cột lý do (“Lý do” hoặc “reason”): dòng tiêu đề “{1}” chỉ đọc được thành một cột, có thể các giá trị được ngăn cách bằng ký tự khác dấu phẩy, dấu chấm phẩy, dấu tab hoặc “|”.',
  ],
  ['the row names no vehicle (no record id, chassis or plate), so it cannot be matched.', 'dòng không nêu xe nào (không có mã hồ sơ, số khung hay biển số) nên không đối chiếu được.'],
  [
    'the row has no reason (Lý do): write het_nien_han (past service life) or khong_luu_hanh (out of circulation).',
    'dòng không có lý do (Lý do): ghi het_nien_han (hết niên hạn sử dụng) hoặc khong_luu_hanh (không lưu hành).',
  ],
  [
    'the reason "{0}" is neither het_nien_han (hết niên hạn sử dụng, past service life) nor khong_luu_hanh (không lưu hành, out of circulation).',
    'lý do “{0}” không phải het_nien_han (hết niên hạn sử dụng) cũng không phải khong_luu_hanh (không lưu hành).',
  ],
  ['The list date', 'Ngày danh sách'],
  [
    '{0} row {1} matches no record: {2}. It is kept on the list of unmatched rows for the officer.',
    '{0} dòng {1} không khớp hồ sơ nào: {2}. Dòng được giữ trong danh sách chưa khớp để cán bộ xem.',
  ],
  ['{0}; {1}', '{0}; {1}'],
  ['no record has id {0}', 'không có hồ sơ mã {0}'],
  ['no record has chassis {0}', 'không có hồ sơ số khung {0}'],
  ['chassis {0} fits several records equally', 'số khung {0} khớp ngang nhau với nhiều hồ sơ'],
  ['no record has plate {0}', 'không có hồ sơ biển số {0}'],
  [
    'plate {0} is held by more than one record ({1}), and a plate alone cannot tell which vehicle is meant',
    'biển số {0} thuộc nhiều hồ sơ ({1}), chỉ biển số thì không biết là xe nào',
  ],
];
