/**
 * The marks OCR drops from an address, put back where the address's own structure says what the word is. A
 * Vietnamese address is a list of places, each opening with its kind — "Số 84, ngõ 272, phố Giải Phóng, phường
 * Láng Hạ, quận Thanh Xuân, Hà Nội" — and ending with a province: the opening words of each part and a part that
 * is a province's name have one spelling, whatever the read left of their marks ("NGO 43", "tinh Bắc Ninh",
 * "Ha Nội"). Names of streets, wards and villages are left as read: they have no one spelling to restore.
 */
import { CCCD_PROVINCE_CODES } from '../records/citizen-id';
import { foldVietnamese } from '../text/vietnamese';

/** Words that open a part of an address, folded → written. Longest first so "thanh pho" beats nothing shorter. */
const PLACE_KINDS: ReadonlyMap<string, string> = new Map([
  ['to dan pho', 'tổ dân phố'], ['thanh pho', 'thành phố'], ['thi tran', 'thị trấn'], ['khu pho', 'khu phố'],
  ['thi xa', 'thị xã'], ['so', 'số'], ['ngo', 'ngõ'], ['ngach', 'ngách'], ['hem', 'hẻm'], ['kiet', 'kiệt'],
  ['pho', 'phố'], ['duong', 'đường'], ['phuong', 'phường'], ['quan', 'quận'], ['huyen', 'huyện'], ['xa', 'xã'],
  ['tinh', 'tỉnh'], ['thon', 'thôn'], ['xom', 'xóm'], ['ap', 'ấp'], ['to', 'tổ'], ['khoi', 'khối'], ['cum', 'cụm'],
]);

/** Provinces and centrally-run cities, folded → written ("ho chi minh" → "Hồ Chí Minh"). */
const PROVINCES: ReadonlyMap<string, string> = new Map(
  [...CCCD_PROVINCE_CODES.values(), 'Huế'].map((name) => [foldVietnamese(name).replace(/\s*-\s*/g, ' '), name]),
);

/** `written` in the case the read used: all capitals, a capital first, or lower case. */
function inCaseOf(read: string, written: string): string {
  if (read.length > 1 && read === read.toUpperCase() && read !== read.toLowerCase()) return written.toUpperCase();
  if (read[0] && read[0] === read[0].toUpperCase() && read[0] !== read[0].toLowerCase()) return written[0]!.toUpperCase() + written.slice(1);
  return written;
}

/** Replaces the first words of `words` by `written`'s words, each in the case it was read in. */
function respell(words: string[], written: string): void {
  written.split(' ').forEach((w, i) => { words[i] = inCaseOf(words[i]!, w); });
}

/** A word read with no mark at all: a place's kind read so lost its marks ("Quán" read with its mark is a street). */
const bare = (word: string): boolean => /^[A-Za-z]+$/.test(word);

/** One part of an address ("ngo 43", "tinh Bac Ninh", "Ha Noi") with its kind's and province's marks restored. */
function restorePart(part: string): string {
  const lead = /^\s*/.exec(part)![0];
  const words = part.trim().split(/\s+/);
  if (words.length === 0 || !words[0]) return part;
  const folded = words.map((w) => foldVietnamese(w.normalize('NFC')));
  let kindWords = 0;
  for (const [key, written] of PLACE_KINDS) {
    const n = key.split(' ').length;
    if (folded.length > n && folded.slice(0, n).join(' ') === key) {
      if (words.slice(0, n).every(bare)) respell(words, written);
      kindWords = n;
      break;
    }
  }
  const rest = folded.slice(kindWords).join(' ');
  const province = PROVINCES.get(rest);
  if (province) {
    const tail = words.slice(kindWords);
    respell(tail, province);
    words.splice(kindWords, tail.length, ...tail);
  }
  return lead + words.join(' ');
}

/** An address with the marks of its places' kinds and of its province restored; everything else as read. */
export function restoreAddressMarks(address: string): string {
  return address.split(',').map(restorePart).join(',');
}
