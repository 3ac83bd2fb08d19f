/**
 * A scanned file that cannot become pages: what the Scan screen shows on a failed dossier or page, kept with the
 * dossier (re-rendered in the language of the day). `{where}` is a file's name or a page of it (`intake.page_of`);
 * `{reason}` the system's or decoder's own words.
 */
import { defineMessages } from './message';

export const intakeMessages = defineMessages({
  'intake.page_of': { en: 'page {page} of {file}', vi: 'trang {page} của {file}' },
  'intake.not_found': { en: '{path} does not exist.', vi: '{path} không tồn tại.' },
  'intake.moved': { en: '{file} does not exist (it may have been moved or deleted).', vi: '{file} không tồn tại (có thể đã bị di chuyển hoặc xóa).' },
  'intake.folder': { en: '{file} is a folder, not a scanned file.', vi: '{file} là một thư mục, không phải tệp bản quét.' },
  'intake.folder_unreadable': { en: 'The folder {folder} cannot be read ({reason}).', vi: 'Không đọc được thư mục {folder} ({reason}).' },
  'intake.empty': { en: '{file} is empty (0 bytes).', vi: '{file} là tệp rỗng (không có dữ liệu).' },
  'intake.permission': { en: '{file} cannot be opened: permission denied.', vi: 'Không mở được {file}: không có quyền truy cập.' },
  'intake.unreadable': { en: '{where} cannot be read ({reason}).', vi: 'Không đọc được {where} ({reason}).' },
  'intake.file_unreadable': { en: '{file} could not be read: {reason}', vi: 'Không đọc được {file}: {reason}' },
  'intake.changed': {
    en: '{file} changed while it was being archived; import it again once the scanner has finished writing it.',
    vi: '{file} đã thay đổi trong lúc đang lưu trữ; hãy nhập lại sau khi máy quét ghi xong tệp.',
  },
  'intake.not_archived': { en: '{file} could not be archived ({reason}).', vi: 'Không lưu trữ được {file} ({reason}).' },
  'intake.misnamed': {
    en: '{file} is named like {kind} but is not one (it may be a text file or damaged).',
    vi: '{file} có tên của {kind} nhưng thực ra không phải (có thể là tệp văn bản hoặc tệp bị hỏng).',
  },
  'intake.kind_pdf': { en: 'a PDF', vi: 'một tệp PDF' },
  'intake.kind_tiff': { en: 'a TIFF', vi: 'một tệp TIFF' },
  'intake.kind_image': { en: 'a {format} image', vi: 'một ảnh {format}' },
  'intake.not_a_scan': { en: '{file} is not a PDF, TIFF, JPEG or PNG file.', vi: '{file} không phải tệp PDF, TIFF, JPEG hoặc PNG.' },
  // Images.
  'intake.truncated': {
    en: '{where} is truncated: the {format} image ends before its last byte (the file may still be copying or was damaged).',
    vi: '{where} bị cắt ngang: ảnh {format} bị thiếu phần cuối (tệp có thể đang được sao chép hoặc đã bị hỏng).',
  },
  'intake.not_an_image': { en: '{where} cannot be read as a {format} image ({reason}).', vi: 'Không đọc được {where} như một ảnh {format} ({reason}).' },
  'intake.undecodable': { en: '{where} cannot be decoded ({reason}).', vi: 'Không giải mã được {where} ({reason}).' },
  'intake.no_size': { en: '{where} has no valid image size.', vi: '{where} không có kích thước ảnh hợp lệ.' },
  'intake.too_big': {
    en: '{where} is refused: its image is {width} × {height} pixels ({megapixels} megapixels), over the {limit}-megapixel limit for a scanned page.',
    vi: '{where} bị từ chối: ảnh có kích thước {width} × {height} điểm ảnh ({megapixels} triệu điểm ảnh), vượt giới hạn {limit} triệu điểm ảnh của một trang quét.',
  },
  // PDFs.
  'pdf.no_pages': { en: '{file} has no pages (the PDF may be truncated or damaged).', vi: '{file} không có trang nào (tệp PDF có thể bị cắt ngang hoặc bị hỏng).' },
  'pdf.encrypted': {
    en: '{file} is an encrypted (password-protected) PDF; save it again without a password and re-import it.',
    vi: '{file} là tệp PDF được mã hóa (có mật khẩu); hãy lưu lại không đặt mật khẩu rồi nhập lại.',
  },
  'pdf.damaged': {
    en: '{file} cannot be read as a PDF: it is damaged or was cut short (copy it again from the scanner).',
    vi: 'Không đọc được {file} như một tệp PDF: tệp bị hỏng hoặc bị cắt ngang (hãy sao chép lại từ máy quét).',
  },
  'pdf.no_image': { en: '{where} has no scanned image (it may be a text-only page).', vi: '{where} không có ảnh quét (có thể là trang chỉ có chữ).' },
  'pdf.unusable': { en: '{where} cannot be used: {problem}.', vi: 'Không dùng được {where}: {problem}.' },
  'pdf.compression': {
    en: 'its image uses {filters}, which is not supported (only JPEG and Flate images are)',
    vi: 'ảnh của trang dùng kiểu nén {filters}, không được hỗ trợ (chỉ hỗ trợ ảnh JPEG và ảnh nén không mất dữ liệu)',
  },
  'pdf.uncompressed': { en: 'no compression', vi: 'không nén' },
  'pdf.colour': {
    en: 'its image has an unsupported colour format (only 8-bit grey or RGB and 1-bit black-and-white are supported)',
    vi: 'ảnh của trang có định dạng màu không được hỗ trợ (chỉ hỗ trợ ảnh xám hoặc RGB 8 bit và ảnh đen trắng 1 bit)',
  },
  'pdf.predictor': { en: 'its image uses a TIFF predictor, which is not supported', vi: 'ảnh của trang dùng bộ dự đoán TIFF, không được hỗ trợ' },
  'pdf.short_data': {
    en: 'its image data is shorter than its declared size (the file may be damaged)',
    vi: 'dữ liệu ảnh của trang ngắn hơn kích thước khai báo (tệp có thể bị hỏng)',
  },
  'intake.no_licence_card': {
    en: '{file} page {page}: no driving-licence card was found on it; it is kept whole for the officer and nothing is read from it.',
    vi: '{file} trang {page}: không tìm thấy giấy phép lái xe nào trên trang; trang được giữ nguyên cho cán bộ xem và không đọc giá trị nào từ trang này.',
  },
  // A shape found as a card that reads as none (said after the page's file and number, intake.page_problem).
  'intake.not_a_licence_card': {
    en: 'no driving-licence card was found on it (what looked like a card shows no licence wording or value: it may be another paper, such as a vehicle form, or a card too dark or blurred to read); nothing is read from it, and the officer sees the page.',
    vi: 'không tìm thấy giấy phép lái xe nào trên trang (phần trông giống một thẻ không có chữ hay giá trị nào của giấy phép lái xe: có thể là giấy tờ khác, như tờ khai đăng ký xe, hoặc một thẻ quá tối hay quá mờ để đọc); không đọc giá trị nào từ trang này, cán bộ sẽ xem trang.',
  },
  // Reading the pages once queued, and a full disk.
  'intake.page_unanalysable': { en: 'Page {page} could not be analysed: {reason}', vi: 'Không phân tích được trang {page}: {reason}' },
  // What reading found wrong on a page that was read (the page is kept and its values shown to the officer).
  'intake.page_problem': { en: '{file} page {page}: {problem}', vi: '{file} trang {page}: {problem}' },
  'intake.low_resolution': {
    en: 'it was scanned at {dpi} dpi, too coarse for serial numbers to be read reliably ({needed} dpi or more is needed, 300 is best): its values are shown as doubtful, for the officer to read on the paper; scan it again at 300 dpi if you can.',
    vi: 'trang được quét ở {dpi} dpi, quá thấp để đọc chắc chắn số khung, số máy (cần từ {needed} dpi, tốt nhất 300 dpi): các giá trị đọc được chỉ được hiển thị là chưa chắc chắn để cán bộ đối chiếu với bản giấy; nên quét lại trang ở 300 dpi.',
  },
  'intake.licence_number_length': {
    en: 'the licence number read on the card, {value}, has {length} digits, but a licence number has 12 (10 on some older cards); it is kept as read for the officer to check against the card.',
    vi: 'số giấy phép lái xe đọc được trên thẻ, {value}, có {length} chữ số, nhưng số giấy phép lái xe có 12 chữ số (10 chữ số trên một số thẻ cũ); số được giữ nguyên như đã đọc để cán bộ đối chiếu với thẻ.',
  },
  'intake.disk_full': {
    en: 'The disk holding {where} is full: {left} of {total} dossiers were not imported, from {from} on; free some space, then import again (the dossiers already imported are kept).',
    vi: 'Ổ đĩa chứa {where} đã đầy: {left}/{total} hồ sơ chưa được nhập, kể từ {from}; hãy giải phóng dung lượng rồi nhập lại (các hồ sơ đã nhập vẫn được giữ).',
  },
  'intake.disk_full_queued': {
    en: 'The disk holding {where} is full: the pages not read yet stay queued; free some space, then import again to read them (nothing read so far is lost).',
    vi: 'Ổ đĩa chứa {where} đã đầy: các trang chưa đọc vẫn nằm trong hàng chờ; hãy giải phóng dung lượng rồi nhập lại để đọc tiếp (những gì đã đọc không bị mất).',
  },
  'separator.qr_undrawable': { en: 'The QR code could not be drawn: {reason}', vi: 'Không vẽ được mã QR: {reason}' },
  // A problem stored before problems were coded: its English sentence, shown as it was written.
  'stored.as_written': { en: '{text}', vi: '{text}' },
});
