/**
 * TCVN 5712:1993 ("TCVN3", the ABC fonts .VnTime/.VnTimeH): one byte per letter, ASCII below 0x80.
 *
 * The VN3 level that the ABC fonts implement has codes for the 67 lowercase letters and for the 7 uppercase
 * letters without tone (Ă Â Ê Ô Ơ Ư Đ) only; an uppercase letter with a tone is written with the lowercase
 * code and drawn in capitals by the uppercase font (.VnTimeH). So "NGUYỄN" arrives as the bytes of "NGUYễN",
 * and `restoreTcvn3Capitals` puts the capitals back from the surrounding letters.
 * The VN1 level adds codes for the toned capitals (in 0x80–0x9F, a few free high codes and C0 controls);
 * decoding accepts them too since VN3 leaves those codes unused, so a VN1 file decodes exactly.
 */

/** Lowercase letters of VN3, by code. */
const VN3_LOWER: Record<number, string> = {
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** Uppercase letters without tone, which VN3 does have. */
const VN3_UPPER: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
};

/** The toned capitals of VN1, decoded but never written (ABC fonts have no glyphs there). */
const VN1_UPPER: Record<number, string> = {
  0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ',
  0x11: 'Ứ', 0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ',
  0x80: 'À', 0x81: 'Ả', 0x82: 'Ã', 0x83: 'Á', 0x84: 'Ạ', 0x85: 'Ặ', 0x86: 'Ậ', 0x87: 'È',
  0x88: 'Ẻ', 0x89: 'Ẽ', 0x8a: 'É', 0x8b: 'Ẹ', 0x8c: 'Ệ', 0x8d: 'Ì', 0x8e: 'Ỉ', 0x8f: 'Ĩ',
  0x90: 'Í', 0x91: 'Ị', 0x92: 'Ò', 0x93: 'Ỏ', 0x94: 'Õ', 0x95: 'Ó', 0x96: 'Ọ', 0x97: 'Ộ',
  0x98: 'Ờ', 0x99: 'Ở', 0x9a: 'Ỡ', 0x9b: 'Ớ', 0x9c: 'Ợ', 0x9d: 'Ù', 0x9e: 'Ủ', 0x9f: 'Ũ',
  0xaf: 'Ằ', 0xba: 'Ẳ', 0xbf: 'Ẵ', 0xc0: 'Ắ', 0xc1: 'Ầ', 0xc2: 'Ẩ', 0xc3: 'Ẫ', 0xc4: 'Ấ',
  0xc5: 'Ề', 0xcd: 'Ể', 0xd9: 'Ễ', 0xda: 'Ế', 0xdb: 'Ồ', 0xe0: 'Ổ', 0xf0: 'Ỗ', 0xff: 'Ố',
};

/** VN1 also reserves 0xB0–0xB4 for combining tone marks; the reader recomposes to NFC afterwards. */
const VN1_MARKS: Record<number, string> = {
  0xb0: '\u0300', 0xb1: '\u0309', 0xb2: '\u0303', 0xb3: '\u0301', 0xb4: '\u0323',
};

function buildDecodeTable(): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b; // ASCII and controls as themselves; 0xA0 is NBSP as in Latin-1
  for (const part of [VN1_UPPER, VN1_MARKS, VN3_UPPER, VN3_LOWER]) {
    for (const [code, ch] of Object.entries(part)) table[Number(code)] = ch.charCodeAt(0);
  }
  return table;
}

/** Byte → UTF-16 code unit. Every TCVN3 letter is in the BMP and one code unit. */
export const TCVN3_DECODE: Uint16Array = buildDecodeTable();

function buildEncodeMap(): Map<string, number> {
  const map = new Map<string, number>();
  for (const [code, ch] of Object.entries(VN3_UPPER)) map.set(ch, Number(code));
  for (const [code, ch] of Object.entries(VN3_LOWER)) {
    map.set(ch, Number(code));
    // VN3 practice: a toned capital is the lowercase code, drawn as a capital by the uppercase font.
    const upper = ch.toUpperCase();
    if (!map.has(upper)) map.set(upper, Number(code));
  }
  map.set('\u00a0', 0xa0);
  return map;
}

const TCVN3_ENCODE = buildEncodeMap();

/** Decodes TCVN3 bytes (no state: one byte is one character). */
export function decodeTcvn3(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, TCVN3_DECODE);
}

/**
 * Encodes text as TCVN3 (VN3, as the ABC fonts and Unikey write it). Characters that TCVN3 cannot hold
 * become '?'. Toned capitals are written with their lowercase code (see the module comment).
 */
export function encodeTcvn3(text: string): Buffer {
  const nfc = text.normalize('NFC');
  const out = Buffer.alloc(nfc.length);
  let n = 0;
  for (const ch of nfc) {
    const c = ch.codePointAt(0) ?? 0x3f;
    out[n++] = c < 0x80 ? c : (TCVN3_ENCODE.get(ch) ?? 0x3f);
  }
  return out.subarray(0, n);
}

/** Maps bytes through a table of BMP code units without building the string one character at a time. */
export function decodeSingleByte(bytes: Uint8Array, table: Uint16Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]];
  // Uint16Array holds native-endian units; every platform Node supports for this app is little-endian.
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

const LOWER_TONED = new Set(Object.values(VN3_LOWER).filter((c) => !'ăâêôơưđ'.includes(c)));

/**
 * Puts back the capitals that TCVN3 cannot encode:
 *  - in a value written in capitals ("NGUYễN VĂN HảI"), or a word written in capitals inside a mixed value
 *    ("Phường 5, QUậN 3"), a lowercase toned letter was a capital;
 *  - in a value whose words are all capitalised ("Võ Ngọc ánh", "ấp Bình Hòa"), a word starting with a
 *    lowercase toned letter was capitalised too.
 * A word needs at least two unambiguous capitals to count as written in capitals, so "Hà" stays "Hà"; a value
 * with any ordinary lowercase word ("xã Kim Sơn") keeps its lowercase words.
 */
export function restoreTcvn3Capitals(value: string): string {
  let ambiguous = false;
  for (let i = 0; i < value.length && !ambiguous; i++) ambiguous = LOWER_TONED.has(value[i]);
  if (!ambiguous) return value;
  if (isCapitalised(value)) return value.toUpperCase();
  const words = value.match(WORD) ?? [];
  const titleCase = words.length >= 2 && words.every((w) => isUpper(w[0]) || LOWER_TONED.has(w[0]) || !isCased(w[0]));
  return value.replace(WORD, (word) => {
    if (isCapitalised(word)) return word.toUpperCase();
    if (titleCase && LOWER_TONED.has(word[0])) return word[0].toUpperCase() + word.slice(1);
    return word;
  });
}

const WORD = /[\p{L}\p{M}]+/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isCapitalised(text: string): boolean {
  let upper = 0;
  for (const ch of text) {
    if (LOWER_TONED.has(ch)) continue;
    if (ch !== ch.toUpperCase()) return false; // an unambiguous lowercase letter
    if (ch !== ch.toLowerCase()) upper++;
  }
  return upper >= 2;
}
