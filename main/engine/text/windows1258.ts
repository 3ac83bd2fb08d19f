/**
 * Windows-1258 (Microsoft's Vietnamese code page): precomposed letters for the shapes (ă â ê ô ơ ư đ and a few
 * Latin-1 vowels) plus five combining tone marks. iconv-lite knows the table; what it lacks is the
 * decomposition an encoder must do first, since "ồ" has no code of its own and is written "ô" + U+0300.
 */
import iconv from 'iconv-lite';

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

function representable(ch: string): boolean {
  if (ch.charCodeAt(0) < 0x80) return true;
  const bytes = iconv.encode(ch, 'windows1258');
  return bytes.length === 1 && bytes[0] !== 0x3f;
}

/** Encodes text as Windows-1258 the way Windows does: precomposed where the code page has the letter. */
export function encodeWindows1258(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (representable(ch)) {
      out += ch;
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => TONE.test(c)) ?? '';
    const shaped = nfd.replace(TONE, '').normalize('NFC');
    out += representable(shaped) ? shaped + tone : ch;
  }
  return iconv.encode(out, 'windows1258');
}

/** Decodes Windows-1258; the result still holds combining tones and needs NFC (done per cell by the reader). */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258');
}
