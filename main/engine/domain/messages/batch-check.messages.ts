/**
 * What checking a batch before it leaves the station finds (`sohoa batch verify`, the Export screen): the manifest,
 * its signature, the key that signed it, and each file, every problem naming its file. `{manifest}` and
 * `{signature}` are the batch's own file names.
 */
import { defineMessages } from './message';

export const batchCheckMessages = defineMessages({
  'batch.not_a_folder': { en: '{dir} is not a batch folder (it does not exist or is not a folder).', vi: '{dir} không phải thư mục lô xuất (không tồn tại hoặc không phải thư mục).' },
  'batch.manifest_missing': { en: '{manifest} is missing: nothing in {dir} can be checked.', vi: 'Thiếu {manifest}: không kiểm tra được nội dung nào trong {dir}.' },
  'batch.not_json': { en: '{manifest} is not valid JSON.', vi: '{manifest} không phải JSON hợp lệ.' },
  'batch.not_a_manifest': { en: '{manifest} is not a Sohoa batch manifest (format {format}).', vi: '{manifest} không phải bản kê lô xuất của Sohoa (định dạng {format}).' },
  'batch.manifest_incomplete': {
    en: '{manifest} lacks its file list, dossier list or public key.',
    vi: '{manifest} thiếu danh sách tệp, danh sách hồ sơ hoặc khóa công khai.',
  },
  'batch.signature_missing': {
    en: '{signature} is missing: the manifest cannot be proven to come from the station.',
    vi: 'Thiếu {signature}: không chứng minh được bản kê do đơn vị lập.',
  },
  'batch.signature_mismatch': {
    en: '{manifest} does not match its signature in {signature}: the manifest was edited after the station signed it.',
    vi: '{manifest} không khớp với chữ ký trong {signature}: bản kê đã bị sửa sau khi đơn vị ký.',
  },
  'batch.key_not_given': {
    en: '{manifest} is signed by key {key}, not by the key you gave ({given}): the batch cannot be proven to come from that station.',
    vi: '{manifest} được ký bằng khóa {key}, không phải khóa bạn đưa ra ({given}): không chứng minh được lô này do trạm đó xuất.',
  },
  'batch.key_not_station': {
    en: "{manifest} is signed by key {key}, which is not this station's key ({station}): the batch cannot be proven to come from this station (for another station's batch, give that station's key fingerprint).",
    vi: '{manifest} được ký bằng khóa {key}, không phải khóa của trạm này ({station}): không chứng minh được lô này do trạm này xuất (với lô của trạm khác, hãy đưa ra dấu vân tay khóa của trạm đó).',
  },
  'batch.no_station_key': {
    en: '{manifest} is signed by key {key}, but this station has no signing key to compare it with: give the key fingerprint of the station that wrote the batch.',
    vi: '{manifest} được ký bằng khóa {key}, nhưng trạm này chưa có khóa ký để đối chiếu: hãy đưa ra dấu vân tay khóa của trạm đã xuất lô.',
  },
  'batch.replaced': {
    en: '{manifest} is not the manifest this station recorded when it wrote batch {batch}: the batch was replaced after the export.',
    vi: '{manifest} không phải bản kê mà trạm này đã ghi nhận khi xuất lô {batch}: lô đã bị thay sau khi xuất.',
  },
  'batch.too_many_listed': {
    en: '{manifest} lists {count} files, more than any batch holds ({limit}): it was not checked further.',
    vi: '{manifest} liệt kê {count} tệp, nhiều hơn mọi lô xuất ({limit}): không kiểm tra thêm.',
  },
  'batch.too_many_present': {
    en: '{dir} holds more than {limit} files, more than any batch: it was not checked further.',
    vi: '{dir} chứa hơn {limit} tệp, nhiều hơn mọi lô xuất: không kiểm tra thêm.',
  },
  'batch.outside': { en: '{manifest} lists a file outside the batch folder ({path}).', vi: '{manifest} liệt kê một tệp nằm ngoài thư mục lô ({path}).' },
  'batch.no_hash': { en: '{manifest} lists {path} without a valid size and SHA-256.', vi: '{manifest} liệt kê {path} mà không có kích thước và SHA-256 hợp lệ.' },
  'batch.file_missing': { en: '{path} is missing.', vi: 'Thiếu {path}.' },
  'batch.symlink': {
    en: '{path} is a symbolic link, not a file: a batch holds only plain files, so it was not followed.',
    vi: '{path} là liên kết tượng trưng, không phải tệp: lô xuất chỉ chứa tệp thường, nên liên kết không được theo.',
  },
  'batch.special': {
    en: '{path} is a device, pipe or socket, not a file: a batch holds only plain files, so it was not read.',
    vi: '{path} là thiết bị, đường ống hoặc ổ cắm mạng, không phải tệp: lô xuất chỉ chứa tệp thường, nên không được đọc.',
  },
  'batch.too_big': { en: '{path} is larger than any batch manifest: it was not read.', vi: '{path} lớn hơn mọi bản kê của lô xuất: tệp không được đọc.' },
  'batch.altered': {
    en: '{path} was altered: its content no longer matches the SHA-256 in the manifest{size}.',
    vi: '{path} đã bị thay đổi: nội dung không còn khớp với mã SHA-256 trong bản kê{size}.',
  },
  // A parameter named …Bytes is a size: the screens write it as a reader expects (1,1 MB).
  'batch.size_differs': { en: ' ({actualBytes} bytes instead of {expectedBytes})', vi: ' ({actualBytes} thay vì {expectedBytes})' },
  'batch.unlisted_dossier_file': {
    en: '{manifest} names {file} for dossier {dossier} but does not list its hash.',
    vi: '{manifest} ghi tệp {file} cho hồ sơ {dossier} nhưng không có mã băm của tệp.',
  },
  'batch.extra': { en: '{path} is not part of the batch (it was added after the export).', vi: '{path} không thuộc lô xuất (đã được thêm vào sau khi xuất).' },
});
