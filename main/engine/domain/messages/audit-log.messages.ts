/**
 * What the engine writes into the audit log and the records' histories on its own account: a batch's export, a
 * decided value an import left in place, where a record's corrected version came from, the daily backup's failure.
 */
import { defineMessages } from './message';

export const auditLogMessages = defineMessages({
  // A written batch: each dossier's entry, the batch's own entry (its size is the entry's new value).
  'audit.export_dossier': { en: 'batch {batch}', vi: 'lô {batch}' },
  'audit.export_dossier_late': { en: 'batch {batch} (recorded after an interruption)', vi: 'lô {batch} (ghi nhận sau khi bị gián đoạn)' },
  'audit.export_batch': { en: 'batch {batch} in {dir}', vi: 'lô {batch} tại {dir}' },
  'audit.export_batch_late': { en: 'batch {batch} in {dir} (recorded after an interruption)', vi: 'lô {batch} tại {dir} (ghi nhận sau khi bị gián đoạn)' },
  'audit.batch_size': { en: '{dossiers} dossiers, {pages} pages', vi: '{dossiers} hồ sơ, {pages} trang' },
  // An import that would have changed a value an officer decided: the value stays, with an issue for review.
  'audit.import_kept_record': { en: '{source}: record {record}', vi: '{source}: bản ghi {record}' },
  'audit.import_kept_licence': { en: '{source}: licence {licence}', vi: '{source}: giấy phép lái xe {licence}' },
  'import.kept_decision': {
    en: 'An import gives {field} {incoming}, but {user} decided {value} on dossier {dossier} ({at}): the decided value was kept; review the difference.',
    vi: 'Một lần nhập dữ liệu đưa ra {field} {incoming}, nhưng {user} đã quyết định {value} ở hồ sơ {dossier} ({at}): giữ giá trị đã quyết định; hãy xem xét lại chỗ khác nhau.',
  },
  'value.empty': { en: '(empty)', vi: '(trống)' },
  // A record or licence corrected by a decision on a dossier, or put back when the decision was taken back.
  'history.decision': { en: 'decision by {user} on {dossier}', vi: 'quyết định của {user} về hồ sơ {dossier}' },
  'history.undone_decision': { en: 'undone decision on {dossier}', vi: 'hoàn tác quyết định về hồ sơ {dossier}' },
  'history.replaced_decision': { en: 'replaced decision on {dossier}', vi: 'thay quyết định về hồ sơ {dossier}' },
  // The daily backup, in the station's log.
  'backup.daily_failed': { en: 'The daily backup failed: {reason}', vi: 'Sao lưu hằng ngày không thành công: {reason}' },
});
