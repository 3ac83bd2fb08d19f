/**
 * VNI-Windows: the VNI fonts lay Vietnamese over Windows-1252. A vowel with a diacritic is written as its ASCII
 * base letter followed by one "mark" byte that carries shape and tone together ("ễ" = 'e' + 0xE3), while
 * ơ ư đ and the i-family and ỵ have one byte of their own. Mark bytes come in an uppercase and a lowercase
 * variant (0xC3 for "Ễ" after 'E'); decoding accepts either after either case, because files mix them.
 */
import iconv from 'iconv-lite';
import { VIETNAMESE_LETTERS } from './alphabet';

/** Letters with a byte of their own. */
const SINGLE_LETTERS: Record<number, string> = {
  0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư', 0xf1: 'đ', 0xd1: 'Đ',
  0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị',
  0xcd: 'Í', 0xcc: 'Ì', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị',
  0xee: 'ỵ', 0xce: 'Ỵ',
};

// Combining marks each mark byte adds to the base letter: [lowercase byte, uppercase byte, marks].
const MARK_BYTES: ReadonlyArray<readonly [number, number, string]> = [
  [0xf9, 0xd9, '\u0301'], // sắc
  [0xf8, 0xd8, '\u0300'], // huyền
  [0xfb, 0xdb, '\u0309'], // hỏi
  [0xf5, 0xd5, '\u0303'], // ngã
  [0xef, 0xcf, '\u0323'], // nặng
  [0xe2, 0xc2, '\u0302'], // â ê ô
  [0xe1, 0xc1, '\u0302\u0301'],
  [0xe0, 0xc0, '\u0302\u0300'],
  [0xe5, 0xc5, '\u0302\u0309'],
  [0xe3, 0xc3, '\u0302\u0303'],
  [0xe4, 0xc4, '\u0302\u0323'],
  [0xea, 0xca, '\u0306'], // ă
  [0xe9, 0xc9, '\u0306\u0301'],
  [0xe8, 0xc8, '\u0306\u0300'],
  [0xfa, 0xda, '\u0306\u0309'],
  [0xfc, 0xdc, '\u0306\u0303'],
  [0xeb, 0xcb, '\u0306\u0323'],
];

/** Letters a mark byte can follow. */
const BASES = ['a', 'e', 'i', 'o', 'u', 'y', 'ơ', 'ư'];

function buildTables(): { single: Uint16Array; compose: Map<number, number>; encode: Map<string, number[]> } {
  const single = new Uint16Array(256);
  const cp1252 = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), 'windows1252');
  for (let b = 0; b < 256; b++) single[b] = cp1252.charCodeAt(b);
  const encode = new Map<string, number[]>();
  for (const [code, ch] of Object.entries(SINGLE_LETTERS)) {
    single[Number(code)] = ch.charCodeAt(0);
    encode.set(ch, [Number(code)]);
  }
  const compose = new Map<number, number>();
  for (const lower of BASES) {
    for (const base of [lower, lower.toUpperCase()]) {
      const baseCode = base.charCodeAt(0);
      const upperCase = base !== lower;
      for (const [lowByte, highByte, marks] of MARK_BYTES) {
        const letter = (base + marks).normalize('NFC');
        if (letter.length !== 1 || !VIETNAMESE_LETTERS.has(letter)) continue;
        compose.set(baseCode * 256 + lowByte, letter.charCodeAt(0));
        compose.set(baseCode * 256 + highByte, letter.charCodeAt(0));
        if (!encode.has(letter)) {
          const baseByte = baseCode < 0x80 ? baseCode : encode.get(base)![0];
          encode.set(letter, [baseByte, upperCase ? highByte : lowByte]);
        }
      }
    }
  }
  return { single, compose, encode };
}

const TABLES = buildTables();
const CAN_TAKE_MARK = new Set(BASES.flatMap((b) => [b, b.toUpperCase()]).map((c) => c.charCodeAt(0)));

/** Streaming VNI decoder: holds back a trailing base letter until it knows whether a mark byte follows. */
export class VniDecoder {
  private pending = -1;

  write(chunk: Uint8Array): string {
    return this.decode(chunk, false);
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }

  private decode(chunk: Uint8Array, final: boolean): string {
    const { single, compose } = TABLES;
    const units = new Uint16Array(chunk.length + 1);
    let n = 0;
    if (this.pending >= 0) units[n++] = single[this.pending];
    this.pending = -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (n > 0 && b >= 0xc0) {
        const composed = compose.get(units[n - 1] * 256 + b);
        if (composed !== undefined) {
          units[n - 1] = composed;
          continue;
        }
      }
      units[n++] = single[b];
    }
    if (!final && n > 0 && chunk.length > 0 && CAN_TAKE_MARK.has(units[n - 1]) && single[chunk[chunk.length - 1]] === units[n - 1]) {
      this.pending = chunk[chunk.length - 1];
      n--;
    }
    const view = units.subarray(0, n);
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('utf16le');
  }
}

/** Decodes a whole VNI buffer. */
export function decodeVni(bytes: Uint8Array): string {
  const decoder = new VniDecoder();
  return decoder.write(bytes) + decoder.end();
}

/** Encodes text as VNI-Windows; characters neither Vietnamese nor in Windows-1252 become '?'. */
export function encodeVni(text: string): Buffer {
  const nfc = text.normalize('NFC');
  const bytes: number[] = [];
  for (const ch of nfc) {
    const c = ch.codePointAt(0) ?? 0x3f;
    if (c < 0x80) {
      bytes.push(c);
      continue;
    }
    const vni = TABLES.encode.get(ch);
    if (vni) {
      bytes.push(...vni);
      continue;
    }
    const latin = iconv.encode(ch, 'windows1252');
    bytes.push(latin.length === 1 && !(latin[0] === 0x3f && ch !== '?') ? latin[0] : 0x3f);
  }
  return Buffer.from(bytes);
}
