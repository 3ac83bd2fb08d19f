/**
 * Which encoding a text file is in, and streaming decoders/encoders for all of them.
 *
 * Station exports come from Excel (UTF-8 with BOM, or UTF-16), from old Windows tools (Windows-1258) and from
 * files typed in the 1990s–2000s with the ABC (TCVN3) or VNI fonts, which are byte-per-glyph font encodings
 * that no standard library knows. A BOM settles it; otherwise valid UTF-8 is UTF-8 (legacy Vietnamese text is
 * practically never valid UTF-8), NUL bytes in every other position are UTF-16, and the rest is scored: the
 * decoding that reads as real Vietnamese syllables wins.
 */
import iconv from 'iconv-lite';
import { vietnamesePlausibility } from './syllable';
import { decodeTcvn3, encodeTcvn3, restoreTcvn3Capitals } from './tcvn3';
import { decodeVni, encodeVni, VniDecoder } from './vni';
import { decodeWindows1258, encodeWindows1258 } from './windows1258';

export { encodeTcvn3, encodeVni, encodeWindows1258, restoreTcvn3Capitals };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258' | 'viscii';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark at the start of the file, to skip. */
  bomLength: number;
}

/** Candidates for a file that is neither UTF-8 nor UTF-16, in order of preference when they score the same. */
export const LEGACY_ENCODINGS: readonly TextEncoding[] = ['windows-1258', 'tcvn3', 'vni', 'viscii'];

export function detectBom(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII (digits, separators, Latin letters) has a zero byte in every
 * other position. Returns null when the pattern is not there.
 */
export function detectUtf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(sample.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the bytes are valid UTF-8 (a sequence cut off at the very end of the sample is allowed). */
export function isValidUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isAscii(sample: Uint8Array): boolean {
  for (let i = 0; i < sample.length; i++) if (sample[i] >= 0x80) return false;
  return true;
}

/**
 * Detects the encoding of a text file from its first bytes. `more` are further samples from later in the file,
 * consulted for the legacy decision when the start is plain ASCII (a header line tells nothing).
 */
export function detectEncoding(head: Uint8Array, more: readonly Uint8Array[] = []): DetectedEncoding {
  const bom = detectBom(head);
  if (bom) return bom;
  const utf16 = detectUtf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  const samples = [head, ...more].filter((s) => !isAscii(s));
  if (samples.length === 0 || samples.every(isValidUtf8)) return { encoding: 'utf-8', bomLength: 0 };
  // A UTF-8 export with a few stray bytes pasted in from elsewhere is still UTF-8: decoding it as a legacy
  // encoding would garble every name to save a handful. Legacy Vietnamese text forms almost no valid sequences.
  const { sequences, strays } = utf8Evidence(samples);
  if (sequences >= 3 * strays) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: rankLegacyEncodings(samples)[0].encoding, bomLength: 0 };
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Evidence(samples: readonly Uint8Array[]): { sequences: number; strays: number } {
  let sequences = 0;
  let strays = 0;
  for (const bytes of samples) {
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
      if (need === 0) {
        i++;
        continue;
      }
      let ok = need > 0 && i + need < bytes.length;
      for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (ok) {
        sequences++;
        i += need + 1;
      } else {
        if (i + need < bytes.length) strays++; // a sequence cut by the end of the sample is not evidence
        i++;
      }
    }
  }
  return { sequences, strays };
}

/** Every legacy candidate with its plausibility score, best first. Exposed for diagnostics and tests. */
export function rankLegacyEncodings(samples: readonly Uint8Array[]): { encoding: TextEncoding; score: number }[] {
  const scored = LEGACY_ENCODINGS.map((encoding, order) => {
    let score = 0;
    for (const sample of samples) score += vietnamesePlausibility(decodeBytes(sample, encoding).normalize('NFC'));
    return { encoding, score, order };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ encoding, score }) => ({ encoding, score }));
}

/** A decoder fed chunk by chunk; multi-byte characters split across chunks come out whole. */
export interface StreamDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

export function createStreamDecoder(encoding: TextEncoding): StreamDecoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be': {
      const decoder = new TextDecoder(encoding, { ignoreBOM: true });
      return {
        write: (chunk) => decoder.decode(chunk, { stream: true }),
        end: () => decoder.decode(),
      };
    }
    case 'vni':
      return new VniDecoder();
    case 'tcvn3':
      return { write: (chunk) => decodeTcvn3(chunk), end: () => '' };
    case 'windows-1258':
      return { write: (chunk) => decodeWindows1258(chunk), end: () => '' };
    case 'viscii': {
      const decoder = iconv.getDecoder('viscii');
      return { write: (chunk) => decoder.write(Buffer.from(chunk)), end: () => decoder.end() ?? '' };
    }
  }
}

/** Decodes a whole buffer (tests, samples). Not NFC-normalised. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
    case 'windows-1258':
      return decodeWindows1258(bytes);
    default: {
      const decoder = createStreamDecoder(encoding);
      return decoder.write(bytes) + decoder.end();
    }
  }
}

/** Encodes text in any supported encoding (used by tests to build legacy files, and by exports). */
export function encodeText(text: string, encoding: TextEncoding, options: { bom?: boolean } = {}): Buffer {
  switch (encoding) {
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'windows-1258':
      return encodeWindows1258(text);
    case 'viscii':
      return iconv.encode(text.normalize('NFC'), 'viscii');
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be':
      return iconv.encode(text, encoding, { addBOM: options.bom ?? false });
  }
}
