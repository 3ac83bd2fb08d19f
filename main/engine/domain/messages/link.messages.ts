/**
 * Why a dossier was linked to a record (or a licence card to a licence), and why a search found a record: the link's
 * verdict, each candidate's reasons, a key's match through look-alike characters or one slip. The English is the
 * sentence the command line has always printed (its quotes straight); the Vietnamese names fields as the screens do.
 */
import { defineMessages } from './message';

export const linkMessages = defineMessages({
  // The link's verdict.
  'link.linked': { en: 'Linked to {record}: {why}.', vi: 'Đã liên kết với {record}: {why}.' },
  'link.linked_licence': { en: 'Linked to licence {licence}: {why}.', vi: 'Đã liên kết với giấy phép lái xe {licence}: {why}.' },
  'link.manual': { en: 'Linked to {record} by {user}.', vi: 'Đã liên kết với {record} do {user} chọn.' },
  'link.manual_licence': { en: 'Linked to licence {licence} by {user}.', vi: 'Đã liên kết với giấy phép lái xe {licence} do {user} chọn.' },
  'link.none': { en: 'No record has this plate, chassis, engine or citizen ID.', vi: 'Không có bản ghi nào có biển số, số khung, số máy hoặc số CCCD này.' },
  'link.no_vehicle': { en: 'No record shares this vehicle’s chassis or engine number.', vi: 'Không có bản ghi nào trùng số khung hoặc số máy của xe này.' },
  'link.tie': { en: '{count} records fit about equally well: the officer chooses.', vi: '{count} bản ghi khớp gần như nhau: cán bộ đối soát sẽ chọn.' },
  'link.no_licence': {
    en: 'No licence record has this licence number, or this holder name and birth date.',
    vi: 'Không có giấy phép lái xe nào mang số này, hoặc mang họ tên và ngày sinh này.',
  },
  'link.no_licences': { en: 'This station has no licence records to link to.', vi: 'Trạm chưa có dữ liệu giấy phép lái xe để liên kết.' },
  'link.licence_tie': {
    en: '{count} licence records fit about equally well: the officer chooses.',
    vi: '{count} giấy phép lái xe phù hợp gần như nhau: cán bộ đối soát sẽ chọn.',
  },
  // A candidate's reasons.
  'reason.matches': { en: '{field} matches', vi: '{field} khớp' },
  'reason.differs': { en: '{field} differs', vi: '{field} khác' },
  'reason.owner_name': { en: 'owner name matches', vi: 'tên chủ xe khớp' },
  'reason.nothing': { en: 'nothing in common', vi: 'không có gì trùng khớp' },
  'reason.holder': { en: 'holder name matches', vi: 'họ tên người được cấp khớp' },
  'reason.holder_birth': { en: 'holder name and birth date match', vi: 'họ tên và ngày sinh người được cấp khớp' },
  // A key's match, as a search explains it.
  'reason.exact': { en: '{field} matches exactly', vi: '{field} khớp hoàn toàn' },
  'reason.confusion': { en: '{field} matches if {confusions}', vi: '{field} khớp nếu {confusions}' },
  'reason.slip_and_confusion': { en: '{slip}, and matches if {confusions}', vi: '{slip}, và khớp nếu {confusions}' },
  'reason.read_as': { en: '"{read}" is read as "{as}" (position {position})', vi: '“{read}” được đọc thành “{as}” (vị trí {position})' },
  'reason.then_as': { en: '"{read}" as "{as}" (position {position})', vi: '“{read}” thành “{as}” (vị trí {position})' },
  'reason.substitute': {
    en: '{field} differs by one character: "{search}" in the search text where the record has "{record}" (position {position})',
    vi: '{field} khác một ký tự: nội dung tìm có “{search}” trong khi bản ghi có “{record}” (vị trí {position})',
  },
  'reason.transpose': {
    en: '{field} differs by two neighbouring characters swapped: "{first}" and "{second}" at positions {position}–{next}',
    vi: '{field} khác do hai ký tự liền nhau bị đảo: “{first}” và “{second}” ở vị trí {position}–{next}',
  },
  'reason.extra': {
    en: '{field} has one character fewer: the search text has an extra "{search}" at position {position}',
    vi: '{field} ít hơn một ký tự: nội dung tìm có thêm “{search}” ở vị trí {position}',
  },
  'reason.missing': {
    en: '{field} has one character more: the search text is missing "{record}" at position {position}',
    vi: '{field} nhiều hơn một ký tự: nội dung tìm thiếu “{record}” ở vị trí {position}',
  },
  // The keys a reason names: the English as the engine has always written it, the screens' label in Vietnamese.
  'reason_field.plate': { en: 'plate', vi: 'biển số' },
  'reason_field.chassis': { en: 'chassis', vi: 'số khung' },
  'reason_field.engine': { en: 'engine', vi: 'số máy' },
  'reason_field.owner_id': { en: 'owner_id', vi: 'số CCCD/CMND' },
  'reason_field.citizen_id': { en: 'citizen ID', vi: 'số CCCD/CMND' },
  'reason_field.licence_no': { en: 'licence_no', vi: 'số GPLX' },
  'reason_field.licence_number': { en: 'licence number', vi: 'số GPLX' },
  'reason_field.holder_name': { en: 'holder name', vi: 'họ và tên' },
  'reason_field.full_name': { en: 'full_name', vi: 'họ và tên' },
  'reason_field.birth_date': { en: 'birth date', vi: 'ngày sinh' },
});
