import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about review not yet coded (domain/messages/ holds the coded refusals of
 * decisions, merges and accounts): outcomes of decisions, link and search explanations, the audit log's checks.
 */
export const reviewSentences: readonly SentencePair[] = [
  // A record's history names the decision that corrected it.
  ['decision by {0} on {1}', 'quyết định của {0} về hồ sơ {1}'],
  ['{0} decision on {1}', 'quyết định {0} về {1}'],
  // Linking a dossier to a record.
  ['Linked to {0} by {1}.', 'Liên kết với {0} theo {1}.'],
  ['Linked to {0}: {1}.', 'Liên kết với {0}: {1}.'],
  ['owner name matches', 'tên chủ xe khớp'],
  ['nothing in common', 'không có gì trùng khớp'],
  ['No record has this plate, chassis, engine or citizen ID.', 'Không có bản ghi nào có biển số, số khung, số máy hoặc số CCCD này.'],
  ['No record shares this vehicle’s chassis or engine number.', 'Không có bản ghi nào trùng số khung hoặc số máy của xe này.'],
  ['{0} records fit about equally well: the officer chooses.', '{0} bản ghi khớp gần như nhau: cán bộ đối soát sẽ chọn.'],
  // Search explanations.
  ['{0} matches exactly', '{0} khớp hoàn toàn'],
  ['{0} matches if {1}', '{0} khớp nếu {1}'],
  ['{0}, and matches if {1}', '{0}, và khớp nếu {1}'],
  ['{0} differs by one character: "{1}" in the search text where the record has "{2}" (position {3})', '{0} khác một ký tự: nội dung tìm có “{1}” trong khi bản ghi có “{2}” (vị trí {3})'],
  ['{0} differs by two neighbouring characters swapped: "{1}" and "{2}" at positions {3}–{4}', '{0} khác do hai ký tự liền nhau bị đảo: “{1}” và “{2}” ở vị trí {3}–{4}'],
  ['{0} has one character fewer: the search text has an extra "{1}" at position {2}', '{0} ít hơn một ký tự: nội dung tìm thừa “{1}” ở vị trí {2}'],
  ['{0} has one character more: the search text is missing "{1}" at position {2}', '{0} nhiều hơn một ký tự: nội dung tìm thiếu “{1}” ở vị trí {2}'],
  ['"{0}" is read as "{1}" (position {2})', '“{0}” được đọc thành “{1}” (vị trí {2})'],
  ['"{0}" as "{1}" (position {2})', '“{0}” thành “{1}” (vị trí {2})'],
  ['{0} and {1}', '{0} và {1}'],
];
