import type { SentencePair } from './engine-sentence-pair';

/** Vietnamese for the engine's sentences about scanned paper licences: finding the card, linking it to its licence. */
export const licenceScanSentences: readonly SentencePair[] = [
  ['Linked to licence {0} by {1}.', 'Được {1} liên kết với giấy phép lái xe {0}.'],
  ['This station has no licence records to link to.', 'Trạm chưa có dữ liệu giấy phép lái xe để liên kết.'],
  [
    'No licence record has this licence number, or this holder name and birth date.',
    'Không có giấy phép lái xe nào mang số này, hoặc mang họ tên và ngày sinh này.',
  ],
  ['{0} licence records fit about equally well: the officer chooses.', '{0} giấy phép lái xe phù hợp gần như nhau: cán bộ chọn.'],
  ['Linked to licence {0}: {1}.', 'Đã liên kết với giấy phép lái xe {0}: {1}.'],
  ['the licence number matches', 'số giấy phép khớp'],
  ['the licence number differs', 'số giấy phép khác'],
  ['the holder name matches', 'họ tên người được cấp khớp'],
  ['the holder name differs', 'họ tên người được cấp khác'],
  ['the birth date matches', 'ngày sinh khớp'],
  ['the birth date differs', 'ngày sinh khác'],
];
