/**
 * Exporting a batch: which dossiers may leave, and what stops the batch or a printed PDF being written. `{reason}` is the
 * operating system's or a library's own words, shown as they are.
 */
import { defineMessages } from './message';
import { batchCheckMessages } from './batch-check.messages';

export const exportMessages = defineMessages({
  ...batchCheckMessages,
  'export.not_retired': {
    en: 'Dossiers {ids} are not of vehicles on the retired list: they leave in a normal batch.',
    vi: 'Hồ sơ {ids} không thuộc xe trong danh sách hết niên hạn: chúng được xuất trong lô thường.',
  },
  'export.retired_only': {
    en: 'Dossiers {ids} are of vehicles on the retired list: they leave only in the separate retired batch.',
    vi: 'Hồ sơ {ids} thuộc xe trong danh sách hết niên hạn: chúng chỉ được xuất trong lô riêng.',
  },
  'export.exported_already': {
    en: 'Dossier {dossier} was exported already: ask for a re-export to export it again.',
    vi: 'Hồ sơ {dossier} đã được xuất: hãy chọn xuất lại nếu muốn xuất lần nữa.',
  },
  'export.not_resolved': {
    en: 'Dossier {dossier} is {status}: only resolved dossiers can be exported.',
    vi: 'Hồ sơ {dossier} đang ở trạng thái “{status}”: chỉ xuất được hồ sơ đã đối soát xong.',
  },
  'export.nothing': { en: 'There is no resolved dossier waiting for export.', vi: 'Không có hồ sơ đã đối soát xong nào đang chờ xuất.' },
  'export.nothing_retired': {
    en: 'There is no resolved dossier of a vehicle on the retired list waiting for export.',
    vi: 'Không có hồ sơ đã đối soát xong nào của xe hết niên hạn đang chờ xuất.',
  },
  'export.cancelled': { en: 'The export was cancelled; no batch was written.', vi: 'Đã hủy xuất dữ liệu; không lô nào được ghi.' },
  'export.changed': {
    en: 'Dossier {dossier} changed while the batch was being written; the batch was withdrawn, export again.',
    vi: 'Hồ sơ {dossier} đã thay đổi trong lúc ghi lô xuất; lô đã bị hủy bỏ, hãy xuất lại.',
  },
  // Writing the batch's folder.
  'export.disk_full': {
    en: 'The disk holding {where} is full: free some space or choose another folder, then export again.',
    vi: 'Ổ đĩa chứa {where} đã đầy: hãy giải phóng dung lượng hoặc chọn thư mục khác, rồi xuất lại.',
  },
  'export.not_writable': {
    en: 'The folder {where} is not writable: choose a folder you may write to.',
    vi: 'Không ghi được vào thư mục {where}: hãy chọn thư mục có quyền ghi.',
  },
  'export.not_a_folder': { en: '{where} is not a folder: choose a folder for the batch.', vi: '{where} không phải là thư mục: hãy chọn một thư mục cho lô xuất.' },
  'export.raced': {
    en: 'Another export placed a batch in {where} at the same moment: this one was withdrawn; export again.',
    vi: 'Một lần xuất khác đã đặt lô vào {where} cùng lúc: lần xuất này đã được hủy; hãy xuất lại.',
  },
  'export.write_failed': { en: 'Writing the batch to {where} failed ({reason}).', vi: 'Ghi lô xuất vào {where} không thành công ({reason}).' },
  'export.is_a_file': {
    en: '{where} is a file, not a folder: choose a folder for the batch.',
    vi: '{where} là một tệp, không phải thư mục: hãy chọn một thư mục cho lô xuất.',
  },
  'export.holds_batch': {
    en: '{where} already holds a batch: choose another folder for the new one.',
    vi: '{where} đã chứa một lô xuất: hãy chọn thư mục khác cho lô mới.',
  },
  // The pages and the font a batch's PDFs need.
  'export.page_missing': {
    en: 'Page {page} of dossier {dossier} is missing from the archive ({path}).',
    vi: 'Trang {page} của hồ sơ {dossier} không còn trong kho lưu trữ ({path}).',
  },
  'export.page_unreadable': {
    en: 'Page {page} of dossier {dossier} cannot be read ({reason}).',
    vi: 'Không đọc được trang {page} của hồ sơ {dossier} ({reason}).',
  },
  // Saving a PDF the station prints (campaign report, retired pick list, separator sheets).
  'pdf.report_failed': { en: 'The report could not be written to {file}: {reason}.', vi: 'Không ghi được báo cáo vào {file}: {reason}.' },
  'pdf.pick_list_failed': { en: 'The pick list could not be written to {file}: {reason}.', vi: 'Không ghi được danh sách lấy hồ sơ vào {file}: {reason}.' },
  'pdf.separators_failed': { en: 'The separator sheets could not be written to {file}: {reason}.', vi: 'Không ghi được tờ phân cách vào {file}: {reason}.' },
  'export.font_missing': {
    en: "The font {font} for the PDF text layer is missing from the app's resources/fonts folder; reinstall the app.",
    vi: 'Thiếu phông chữ {font} dùng cho lớp chữ của tệp PDF trong thư mục resources/fonts của ứng dụng; hãy cài đặt lại ứng dụng.',
  },
});
