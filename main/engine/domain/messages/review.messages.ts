/** The officer's review: refusals of a decision, an undo or a merge of dossiers. */
import { defineMessages } from './message';

export const reviewMessages = defineMessages({
  'review.no_dossier': { en: 'There is no dossier {dossier}.', vi: 'Không có hồ sơ {dossier}.' },
  'review.exported': {
    en: 'Dossier {dossier} has been exported: its decisions can no longer change.',
    vi: 'Hồ sơ {dossier} đã được xuất: không thể thay đổi các quyết định của hồ sơ nữa.',
  },
  'review.processing': {
    en: 'Dossier {dossier} is still being read: decide once its pages are processed.',
    vi: 'Hồ sơ {dossier} vẫn đang được đọc: hãy quyết định sau khi các trang đã xử lý xong.',
  },
  'review.failed': {
    en: 'Dossier {dossier} could not be read: import or re-scan it before deciding.',
    vi: 'Không đọc được hồ sơ {dossier}: hãy nhập hoặc quét lại trước khi quyết định.',
  },
  'review.set_needs_value': { en: 'Setting {field} on {dossier} needs a value (--value).', vi: 'Cần nhập giá trị để đặt {field} cho hồ sơ {dossier} (--value).' },
  'review.no_licence_to_link': {
    en: 'There is no licence {licence} to link dossier {dossier} to.',
    vi: 'Không có giấy phép lái xe {licence} để liên kết hồ sơ {dossier}.',
  },
  'review.no_record_to_link': { en: 'There is no record {record} to link dossier {dossier} to.', vi: 'Không có bản ghi {record} để liên kết với hồ sơ {dossier}.' },
  'review.unusable_value': {
    en: '"{value}" is not a usable {field} value for dossier {dossier}.',
    vi: '“{value}” không phải giá trị {field} dùng được cho hồ sơ {dossier}.',
  },
  'review.no_flag': {
    en: 'Dossier {dossier} has no flag on {field}: use set to give it a value.',
    vi: 'Hồ sơ {dossier} không có chênh lệch nào ở {field}: hãy dùng “Nhập giá trị” để đặt giá trị.',
  },
  'review.no_record_to_keep': {
    en: 'Dossier {dossier} is linked to no record, so there is no record to keep: set the record id, or take the paper as it is.',
    vi: 'Hồ sơ {dossier} chưa liên kết với bản ghi nào nên không có dữ liệu để giữ: hãy nhập mã hồ sơ, hoặc lấy theo giấy.',
  },
  'review.not_a_decision': {
    en: '"{action}" is not a decision: use keep-record, take-scan, set or rescan.',
    vi: '“{action}” không phải là một quyết định: hãy dùng keep-record (dữ liệu đúng), take-scan (giấy đúng), set (nhập giá trị) hoặc rescan (cần quét lại).',
  },
  'review.not_a_field': { en: '"{field}" is not a field of a dossier.', vi: '“{field}” không phải là một trường của hồ sơ.' },
  'review.already_decided': {
    en: '{user} already decided {field} on {dossier} ({action}{value}) at {at}; undo that decision first.',
    vi: '{user} đã quyết định {field} của hồ sơ {dossier} ({action}{value}) lúc {at}; hãy hoàn tác quyết định đó trước.',
  },
  'review.decided_value': { en: ' “{value}”', vi: ' “{value}”' },
  'review.no_decision': { en: 'Dossier {dossier} has no decision to undo.', vi: 'Hồ sơ {dossier} không có quyết định nào để hoàn tác.' },
  'review.no_decision_on': { en: 'Dossier {dossier} has no decision on {field} to undo.', vi: 'Hồ sơ {dossier} không có quyết định nào về {field} để hoàn tác.' },
  // What a decision, an undo or a bulk confirmation did.
  'decision.unchanged': {
    en: '{user} already decided {field} on {dossier} the same way ({action}); nothing changed.',
    vi: '{user} đã quyết định {field} của hồ sơ {dossier} theo cùng cách này ({action}); không có gì thay đổi.',
  },
  'decision.made': { en: '{field} on {dossier}: {action}{value} by {user}.', vi: '{field} của hồ sơ {dossier}: {action}{value}, do {user} quyết định.' },
  'decision.undone': {
    en: "{user}'s decision on {field} of {dossier} ({action}) was undone by {by}.",
    vi: 'Quyết định của {user} về {field} của hồ sơ {dossier} ({action}) đã được {by} hoàn tác.',
  },
  'decision.withdrawn_of': { en: "{user}'s {action} of {at}", vi: '{action} của {user} lúc {at}' },
  'decision.flag_changed': {
    en: "The {field} flag changed after {user}'s decision ({action}); it must be decided again.",
    vi: 'Chênh lệch {field} đã thay đổi sau quyết định của {user} ({action}); cần quyết định lại.',
  },
  'review.not_clean': {
    en: 'Dossier {dossier} is not a confident, clean dossier: review it one flag at a time.',
    vi: 'Hồ sơ {dossier} không phải hồ sơ sạch, đủ tin cậy: hãy đối soát từng chênh lệch một.',
  },
  'review.bulk_reason': { en: 'bulk confirmation: probable OCR misread', vi: 'xác nhận hàng loạt: có lẽ do nhận dạng chữ đọc nhầm' },
  'merge.note': {
    en: 'Merged into {into} by {user}; its pages ({pages}) were moved there.',
    vi: 'Đã gộp vào hồ sơ {into} do {user} thực hiện; các trang ({pages}) đã được chuyển sang đó.',
  },
  'merge.done': { en: 'Dossier {from} was merged into {into}; pages moved: {pages}.', vi: 'Hồ sơ {from} đã được gộp vào hồ sơ {into}; số trang đã chuyển: {pages}.' },
  // The audit log's hash chain, checked.
  'audit.missing': { en: 'Audit entry {seq} is missing (the next entry found is {next}).', vi: 'Thiếu mục nhật ký {seq} (mục tiếp theo tìm thấy là {next}).' },
  'audit.cut': {
    en: 'Audit entry {seq} does not follow entry {previous}: the chain was cut or reordered there.',
    vi: 'Mục nhật ký {seq} không nối tiếp mục {previous}: chuỗi nhật ký đã bị cắt hoặc đảo thứ tự tại đó.',
  },
  'audit.changed': {
    en: 'Audit entry {seq} was changed after it was written ({action} by {user} at {at}).',
    vi: 'Mục nhật ký {seq} đã bị sửa sau khi ghi ({action} của {user} lúc {at}).',
  },
  'audit.no_head': { en: 'The audit log has entries but its recorded head is missing.', vi: 'Nhật ký có các mục nhưng thiếu bản ghi mục cuối.' },
  'audit.truncated': { en: 'Audit entries {from} to {to} were removed from the end of the log.', vi: 'Các mục nhật ký từ {from} đến {to} đã bị xóa khỏi cuối nhật ký.' },
  'audit.head_differs': { en: "Audit entry {seq} does not match the log's recorded head.", vi: 'Mục nhật ký {seq} không khớp với mục cuối đã ghi nhận của nhật ký.' },
  // Merging a duplicate into its twin.
  'merge.exported': {
    en: 'Dossier {dossier} has already been exported, so it can no longer be merged.',
    vi: 'Hồ sơ {dossier} đã được xuất nên không thể gộp nữa.',
  },
  'merge.not_ready': {
    en: 'Dossier {dossier} is not ready for review, so it cannot be merged yet.',
    vi: 'Hồ sơ {dossier} chưa sẵn sàng để đối soát nên chưa thể gộp.',
  },
  'merge.itself': { en: 'Dossier {dossier} cannot be merged into itself.', vi: 'Không thể gộp hồ sơ {dossier} vào chính nó.' },
  'merge.other_kind': {
    en: 'Dossier {from} and dossier {into} hold different kinds of paper, so they cannot be merged.',
    vi: 'Hồ sơ {from} và hồ sơ {into} là hai loại giấy tờ khác nhau nên không thể gộp.',
  },
  'merge.not_duplicate': {
    en: 'Dossier {from} is not flagged as a duplicate of dossier {into}, so they are not merged.',
    vi: 'Hồ sơ {from} không bị đánh dấu trùng lặp với hồ sơ {into} nên không gộp.',
  },
});
