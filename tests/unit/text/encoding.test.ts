import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, VIETNAMESE_LOWER } from '../../../main/engine/text/alphabet';
import {
  createStreamDecoder,
  decodeBytes,
  detectEncoding,
  encodeText,
  rankLegacyEncodings,
  restoreTcvn3Capitals,
  type TextEncoding,
} from '../../../main/engine/text/encoding';

const ALL_LETTERS = [...VIETNAMESE_LETTERS].join('');
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

const STATION_TEXT = [
  'Mã hồ sơ;Tên chủ xe;Địa chỉ;Màu sơn',
  'HS000101;Nguyễn Thị Hồng Nhung;Phường Láng Thượng, Quận Đống Đa, Hà Nội;Đỏ',
  'HS000102;Trần Văn Đức;Số 12 ngõ 34 phố Huế, quận Hai Bà Trưng, Hà Nội;Trắng',
  'HS000103;Lê Thị Thuỷ;Thôn Đoài, xã Kim Sơn, huyện Gia Lâm, Hà Nội;Xanh lá',
  'HS000104;Phạm Quốc Khánh;Tổ 5, phường Mỹ Đình 2, quận Nam Từ Liêm, Hà Nội;Bạc',
  'HS000105;Võ Ngọc Ánh;Khu phố 3, phường Tân Phú, quận 7, TP Hồ Chí Minh;Đen',
].join('\r\n');

describe('legacy Vietnamese encodings', () => {
  it('decode the published byte sequences of "Tiếng Việt" and "Nguyễn"', () => {
    // TCVN3 (ABC): ế = 0xD5, ệ = 0xD6, ễ = 0xD4 — what a .VnTime document shows as "TiÕng ViÖt" in Latin-1.
    expect(decodeBytes(latin1('TiÕng ViÖt'), 'tcvn3')).toBe('Tiếng Việt');
    expect(decodeBytes(latin1('NguyÔn'), 'tcvn3')).toBe('Nguyễn');
    // VNI-Windows: base letter + mark byte: "Tieáng Vieät", "Nguyeãn"; ñ = đ, ö = ư, ô = ơ.
    expect(decodeBytes(latin1('Tieáng Vieät'), 'vni')).toBe('Tiếng Việt');
    expect(decodeBytes(latin1('Nguyeãn Thò Hoàng Nhung'), 'vni')).toBe('Nguyễn Thị Hồng Nhung');
    expect(decodeBytes(latin1('Ñoáng Ña, Thöôïng'), 'vni')).toBe('Đống Đa, Thượng');
    // Windows-1258 keeps tones as combining marks after the letter: ê + U+0301.
    expect(decodeBytes(Buffer.from([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67]), 'windows-1258').normalize('NFC')).toBe('Tiếng');
  });

  it('agree with an independent TCVN 5712 table on every lowercase letter', () => {
    const vn3 = VIETNAMESE_LOWER.join('') + 'ĂÂÊÔƠƯĐ';
    const bytes = encodeText(vn3, 'tcvn3');
    expect(bytes.length).toBe(vn3.length);
    expect(iconv.decode(bytes, 'tcvn')).toBe(vn3);
  });

  it('decode every byte exactly as the TCVN 5712:1993 (VN1) table does', () => {
    for (let b = 0; b < 256; b++) {
      expect(decodeBytes(Buffer.from([b]), 'tcvn3'), `byte 0x${b.toString(16)}`).toBe(iconv.decode(Buffer.from([b]), 'tcvn'));
    }
  });

  it('decode the whole published VNI-Windows table', () => {
    // The VNI table as keyboard drivers list it, in Latin-1: base, sắc, huyền, hỏi, ngã, nặng for each vowel.
    const vni = [
      'a aù aø aû aõ aï', 'aâ aá aà aå aã aä', 'aê aé aè aú aü aë', 'e eù eø eû eõ eï', 'eâ eá eà eå eã eä',
      'i í ì æ ó ò', 'o où oø oû oõ oï', 'oâ oá oà oå oã oä', 'ô ôù ôø ôû ôõ ôï', 'u uù uø uû uõ uï',
      'ö öù öø öû öõ öï', 'y yù yø yû yõ î',
    ].flatMap((group) => group.split(' '));
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    const letters = ['a', 'â', 'ă', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
    expect(vni).toHaveLength(72);
    vni.forEach((bytes, i) => {
      expect(decodeBytes(latin1(bytes), 'vni'), bytes).toBe(letters[i]);
      expect(decodeBytes(latin1(bytes.toUpperCase()), 'vni'), bytes.toUpperCase()).toBe(letters[i].toUpperCase());
      expect(encodeText(letters[i], 'vni').toString('latin1')).toBe(bytes);
    });
    expect(decodeBytes(latin1('ñÑ'), 'vni')).toBe('đĐ');
  });

  it.each<TextEncoding>(['vni', 'windows-1258', 'viscii', 'utf-16le', 'utf-16be'])('round-trip all 134 letters through %s', (encoding) => {
    expect(decodeBytes(encodeText(ALL_LETTERS, encoding), encoding).normalize('NFC')).toBe(ALL_LETTERS);
  });

  it('round-trip TCVN3 text, restoring capitals that the ABC fonts write with lowercase codes', () => {
    const text = 'Nguyễn Thị Hồng Nhung, Phường Láng Thượng, Quận Đống Đa, Hà Nội';
    expect(decodeBytes(encodeText(text, 'tcvn3'), 'tcvn3')).toBe(text);
    const shouted = decodeBytes(encodeText('NGUYỄN VĂN HẢI', 'tcvn3'), 'tcvn3');
    expect(shouted).toBe('NGUYễN VĂN HảI'); // what the bytes literally say
    expect(restoreTcvn3Capitals(shouted)).toBe('NGUYỄN VĂN HẢI');
    expect(restoreTcvn3Capitals(decodeBytes(encodeText('Phường 5, QUẬN 3', 'tcvn3'), 'tcvn3'))).toBe('Phường 5, QUẬN 3');
    // A name in title case whose first letter is a toned capital: every other word is capitalised.
    expect(restoreTcvn3Capitals(decodeBytes(encodeText('Võ Ngọc Ánh', 'tcvn3'), 'tcvn3'))).toBe('Võ Ngọc Ánh');
    // Ordinary words stay as they are.
    expect(restoreTcvn3Capitals('Hà Nội')).toBe('Hà Nội');
    expect(restoreTcvn3Capitals('ấp 3, xã Kim Sơn')).toBe('ấp 3, xã Kim Sơn');
  });

  it('round-trip realistic station text through every legacy encoding', () => {
    const cellwise = (text: string, fix: (cell: string) => string): string =>
      text.split('\r\n').map((line) => line.split(';').map(fix).join(';')).join('\r\n');
    for (const encoding of ['tcvn3', 'vni', 'windows-1258', 'viscii'] as const) {
      let back = decodeBytes(encodeText(STATION_TEXT, encoding), encoding).normalize('NFC');
      // TCVN3 has no codes for toned capitals ("Ánh"): the reader restores them cell by cell.
      if (encoding === 'tcvn3') back = cellwise(back, restoreTcvn3Capitals);
      expect(back, encoding).toBe(STATION_TEXT);
    }
  });
});

describe('encoding detection', () => {
  it('honours byte-order marks', () => {
    expect(detectEncoding(encodeText('Mã hồ sơ', 'utf-8', { bom: true }))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(encodeText('Mã hồ sơ', 'utf-16le', { bom: true }))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(encodeText('Mã hồ sơ', 'utf-16be', { bom: true }))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    expect(detectEncoding(encodeText(STATION_TEXT, 'utf-16le')).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeText(STATION_TEXT, 'utf-16be')).encoding).toBe('utf-16be');
  });

  it('takes valid UTF-8 as UTF-8, NFD included', () => {
    expect(detectEncoding(Buffer.from(STATION_TEXT.normalize('NFD'))).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from('record_id,plate\nHS1,29A-123.45\n')).encoding).toBe('utf-8');
  });

  it('keeps a UTF-8 file with a few stray legacy bytes as UTF-8', () => {
    const mixed = Buffer.concat([Buffer.from(STATION_TEXT), encodeText('\r\nHS9;Nguyễn Văn Tuấn;Hà Nội;Đỏ', 'tcvn3')]);
    expect(detectEncoding(mixed).encoding).toBe('utf-8');
  });

  it.each(['tcvn3', 'vni', 'windows-1258', 'viscii'] as const)('tells %s apart from the other legacy encodings', (encoding) => {
    const bytes = encodeText(STATION_TEXT, encoding);
    expect(detectEncoding(bytes).encoding).toBe(encoding);
    const [best, second] = rankLegacyEncodings([bytes]);
    expect(best.encoding).toBe(encoding);
    expect(best.score).toBeGreaterThan(second.score + 10);
  });

  it('decides from a single short name when that is all there is', () => {
    for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
      expect(detectEncoding(encodeText('HS1,Nguyễn Văn Tuấn\n', encoding)).encoding, encoding).toBe(encoding);
    }
  });
});

describe('streaming decoders', () => {
  it.each<TextEncoding>(['utf-8', 'utf-16le', 'utf-16be', 'vni', 'tcvn3', 'windows-1258', 'viscii'])(
    'give the same text whatever the chunk boundaries (%s)',
    (encoding) => {
      const bytes = encodeText(STATION_TEXT, encoding);
      const whole = decodeBytes(bytes, encoding);
      for (const size of [1, 2, 3, 5, 7, 64]) {
        const decoder = createStreamDecoder(encoding);
        let text = '';
        for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
        text += decoder.end();
        expect(text, `chunks of ${size}`).toBe(whole);
      }
    },
  );
});
