import type { SentencePair } from './engine-sentence-pair';

/**
 * Vietnamese for the engine's sentences about keeping a station safe not yet coded (domain/messages/station and
 * backup hold the station lock, restore, databases and signing key): batch verification against the station's key.
 */
export const safetySentences: readonly SentencePair[] = [
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
