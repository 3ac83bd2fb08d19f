import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about keeping a station safe: the station lock, restore, databases that
 * are not a station's, file permissions, the signing key and batch verification against the station's key.
 */
export const safetySentences: readonly SentencePair[] = [
  // The station lock and restore.
  ['The station {0} is being restored from a backup by another program: try again once it has finished.', 'Trạm {0} đang được khôi phục từ bản sao lưu bởi một chương trình khác: hãy thử lại khi việc đó xong.'],
  [
    'The station {0} is open in Sohoa Station or in another sohoa command (a scan, a hot folder, an export): close it, then restore.',
    'Trạm {0} đang được mở trong Sohoa Station hoặc trong một lệnh sohoa khác (quét, thư mục theo dõi, xuất dữ liệu): hãy đóng lại rồi khôi phục.',
  ],
  ['The station {0} cannot be opened: the folder {1} cannot be written ({2}).', 'Không mở được trạm {0}: không ghi được vào thư mục {1} ({2}).'],
  [
    'The station {0} has an unfinished restore whose journal ({1}) cannot be trusted: move it away and check the station folder.',
    'Trạm {0} có một lần khôi phục chưa xong với nhật ký ({1}) không đáng tin cậy: hãy chuyển tệp đó đi và kiểm tra thư mục của trạm.',
  ],
  [
    "The station database {0} is missing, but the station's earlier database is kept as {1}: rename it back to {2} (or restore a backup) rather than start an empty station.",
    'Không thấy cơ sở dữ liệu của trạm {0}, nhưng cơ sở dữ liệu trước đó của trạm vẫn được giữ tại {1}: hãy đổi tên nó lại thành {2} (hoặc khôi phục một bản sao lưu) thay vì bắt đầu một trạm trống.',
  ],
  // Databases that are not a station's.
  [
    'The station database {0} cannot be written (the file is read-only or belongs to another user): give this account write access, or choose another --db.',
    'Không ghi được cơ sở dữ liệu của trạm {0} (tệp chỉ đọc hoặc thuộc người dùng khác): hãy cấp quyền ghi cho tài khoản này, hoặc chọn --db khác.',
  ],
  ['The station database {0} cannot be created: the folder {1} is read-only or belongs to another user.', 'Không tạo được cơ sở dữ liệu của trạm {0}: thư mục {1} chỉ đọc hoặc thuộc người dùng khác.'],
  [
    "The file {0} is another application's database, not a Sohoa Station station: it was left untouched; choose the station's own database.",
    'Tệp {0} là cơ sở dữ liệu của ứng dụng khác, không phải của một trạm Sohoa Station: tệp được giữ nguyên; hãy chọn đúng cơ sở dữ liệu của trạm.',
  ],
  // The signing key.
  ["The station's signing key cannot be written to {0} ({1}).", 'Không ghi được khóa ký của trạm vào {0} ({1}).'],
  [
    "The station's signing key file {0} is missing (it is kept apart from the database and its backups): copy it back beside the database to sign batches as this station.",
    'Không thấy tệp khóa ký của trạm {0} (tệp này được giữ riêng, không nằm trong cơ sở dữ liệu hay các bản sao lưu): hãy chép lại tệp đó cạnh cơ sở dữ liệu để ký các lô xuất của trạm.',
  ],
  ["The signing key file {0} is not this station's key ({1}): put the station's own key file back.", 'Tệp khóa ký {0} không phải khóa của trạm này ({1}): hãy đặt lại đúng tệp khóa của trạm.'],
  ['This station in memory has no signing key.', 'Trạm tạm trong bộ nhớ này không có khóa ký.'],
  // Batch verification against the station's key and records.
  ['{0} lists {1} without a valid size and SHA-256.', '{0} liệt kê {1} mà không có kích thước và SHA-256 hợp lệ.'],
  [
    '{0} is signed by key {1}, not by the key you gave ({2}): the batch cannot be proven to come from that station.',
    '{0} được ký bằng khóa {1}, không phải khóa bạn đưa ra ({2}): không chứng minh được lô này do trạm đó xuất.',
  ],
  [
    "{0} is signed by key {1}, which is not this station's key ({2}): the batch cannot be proven to come from this station (for another station's batch, give that station's key fingerprint).",
    '{0} được ký bằng khóa {1}, không phải khóa của trạm này ({2}): không chứng minh được lô này do trạm này xuất (với lô của trạm khác, hãy đưa ra dấu vân tay khóa của trạm đó).',
  ],
  [
    '{0} is signed by key {1}, but this station has no signing key to compare it with: give the key fingerprint of the station that wrote the batch.',
    '{0} được ký bằng khóa {1}, nhưng trạm này chưa có khóa ký để đối chiếu: hãy đưa ra dấu vân tay khóa của trạm đã xuất lô.',
  ],
  ['{0} is a symbolic link, not a file: a batch holds only plain files, so it was not followed.', '{0} là liên kết tượng trưng, không phải tệp: lô xuất chỉ chứa tệp thường, nên liên kết không được theo.'],
  ['{0} is a device, pipe or socket, not a file: a batch holds only plain files, so it was not read.', '{0} là thiết bị, đường ống hoặc socket, không phải tệp: lô xuất chỉ chứa tệp thường, nên không được đọc.'],
  ['{0} is larger than any batch manifest: it was not read.', '{0} lớn hơn mọi bản kê của lô xuất: tệp không được đọc.'],
  [
    '{0} is not the manifest this station recorded when it wrote batch {1}: the batch was replaced after the export.',
    '{0} không phải bản kê mà trạm này đã ghi nhận khi xuất lô {1}: lô đã bị thay sau khi xuất.',
  ],
  ['{0} lists {1} files, more than any batch holds ({2}): it was not checked further.', '{0} liệt kê {1} tệp, nhiều hơn mọi lô xuất ({2}): không kiểm tra thêm.'],
  ['{0} holds more than {1} files, more than any batch: it was not checked further.', '{0} chứa hơn {1} tệp, nhiều hơn mọi lô xuất: không kiểm tra thêm.'],
  // Records import and officers' decisions.
  [
    'An import gives {0} {1}, but {2} decided {3} on dossier {4} ({5}): the decided value was kept; review the difference.',
    'Một lần nhập dữ liệu đưa ra {0} {1}, nhưng {2} đã quyết định {3} ở hồ sơ {4} ({5}): giữ giá trị đã quyết định; hãy xem xét lại chỗ khác nhau.',
  ],
  ['{0}: record {1}', '{0}: bản ghi {1}'],
];
