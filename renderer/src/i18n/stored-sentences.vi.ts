/**
 * One entry of the stored-sentence catalogue: the English an older version stored, with `{0}`, `{1}` … for the
 * interpolated parts in order of appearance, and its translation using the same placeholders.
 */
export type SentencePair = readonly [english: string, translation: string];

/**
 * Vietnamese for the English sentences versions before the engine's messages were all coded (December 2026) kept
 * in the station database, and still shown from it: a dossier's link and its candidates (links made before they
 * carried `reason_code`), a record's history sources, an issue an import kept against a decided value, the audit
 * log's reasons and a batch's size. The engine writes none of them any more (tests/unit/i18n/engine-sentences.test.ts
 * fails when it writes an English sentence of its own); new words go into main/engine/domain/messages/, never here.
 */
export const storedSentencesVi: readonly SentencePair[] = [
  // A dossier's link and the candidates weighed.
  ['Linked to {0} by {1}.', 'Đã liên kết với {0} do {1} chọn.'],
  ['Linked to {0}: {1}.', 'Đã liên kết với {0}: {1}.'],
  ['Linked to licence {0} by {1}.', 'Đã liên kết với giấy phép lái xe {0} do {1} chọn.'],
  ['Linked to licence {0}: {1}.', 'Đã liên kết với giấy phép lái xe {0}: {1}.'],
  ['No record has this plate, chassis, engine or citizen ID.', 'Không có bản ghi nào có biển số, số khung, số máy hoặc số CCCD này.'],
  ['No record shares this vehicle’s chassis or engine number.', 'Không có bản ghi nào trùng số khung hoặc số máy của xe này.'],
  ['{0} records fit about equally well: the officer chooses.', '{0} bản ghi khớp gần như nhau: cán bộ đối soát sẽ chọn.'],
  ['This station has no licence records to link to.', 'Trạm chưa có dữ liệu giấy phép lái xe để liên kết.'],
  ['No licence record has this licence number, or this holder name and birth date.', 'Không có giấy phép lái xe nào mang số này, hoặc mang họ tên và ngày sinh này.'],
  ['{0} licence records fit about equally well: the officer chooses.', '{0} giấy phép lái xe phù hợp gần như nhau: cán bộ đối soát sẽ chọn.'],
  ['{0}; {1}', '{0}; {1}'],
  ['{0} matches', '{0} khớp'],
  ['{0} differs', '{0} khác'],
  ['owner name matches', 'tên chủ xe khớp'],
  ['nothing in common', 'không có gì trùng khớp'],
  ['the licence number matches', 'số GPLX khớp'],
  ['the licence number differs', 'số GPLX khác'],
  ['the holder name matches', 'họ và tên khớp'],
  ['the holder name differs', 'họ và tên khác'],
  ['the birth date matches', 'ngày sinh khớp'],
  ['the birth date differs', 'ngày sinh khác'],
  ['{0} matches exactly', '{0} khớp hoàn toàn'],
  ['{0} matches if {1}', '{0} khớp nếu {1}'],
  ['{0}, and matches if {1}', '{0}, và khớp nếu {1}'],
  ['{0} differs by one character: "{1}" in the search text where the record has "{2}" (position {3})', '{0} khác một ký tự: nội dung tìm có “{1}” trong khi bản ghi có “{2}” (vị trí {3})'],
  ['{0} differs by two neighbouring characters swapped: "{1}" and "{2}" at positions {3}–{4}', '{0} khác do hai ký tự liền nhau bị đảo: “{1}” và “{2}” ở vị trí {3}–{4}'],
  ['{0} has one character fewer: the search text has an extra "{1}" at position {2}', '{0} ít hơn một ký tự: nội dung tìm có thêm “{1}” ở vị trí {2}'],
  ['{0} has one character more: the search text is missing "{1}" at position {2}', '{0} nhiều hơn một ký tự: nội dung tìm thiếu “{1}” ở vị trí {2}'],
  ['"{0}" is read as "{1}" (position {2})', '“{0}” được đọc thành “{1}” (vị trí {2})'],
  ['"{0}" as "{1}" (position {2})', '“{0}” thành “{1}” (vị trí {2})'],
  ['{0} and {1}', '{0} và {1}'],
  // A record's history: the import or decision an earlier version came from.
  ['import of {0}', 'nhập {0}'],
  ['decision by {0} on {1}', 'quyết định của {0} về hồ sơ {1}'],
  ['undone decision on {0}', 'hoàn tác quyết định về hồ sơ {0}'],
  ['replaced decision on {0}', 'thay quyết định về hồ sơ {0}'],
  // An issue an import kept against an officer's decided value, and the audit entry's reason.
  [
    'An import gives {0} {1}, but {2} decided {3} on dossier {4} ({5}): the decided value was kept; review the difference.',
    'Một lần nhập dữ liệu đưa ra {0} {1}, nhưng {2} đã quyết định {3} ở hồ sơ {4} ({5}): giữ giá trị đã quyết định; hãy xem xét lại chỗ khác nhau.',
  ],
  ['{0}: record {1}', '{0}: bản ghi {1}'],
  ['{0}: licence {1}', '{0}: giấy phép lái xe {1}'],
  // A written batch's audit reasons.
  ['batch {0} (recorded after an interruption)', 'lô {0} (ghi nhận sau khi bị gián đoạn)'],
  ['batch {0} in {1} (recorded after an interruption)', 'lô {0} tại {1} (ghi nhận sau khi bị gián đoạn)'],
  ['batch {0} in {1}', 'lô {0} tại {1}'],
  ['batch {0}', 'lô {0}'],
  // A written batch's size, the batch entry's new value.
  ['{0} dossiers, {1} pages', '{0} hồ sơ, {1} trang'],
];
