/** Takes one image XObject out of a scanner's PDF: a JPEG as its own bytes, a Flate bitmap as a lossless PNG. */
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { SHARP_INPUT } from './limits';

export interface PdfImageInfo {
  stream: PDFRawStream;
  width: number;
  height: number;
}

export type ExtractedImage = { data: Buffer; format: 'jpeg' | 'png' } | { problem: EngineMessage };

const IMAGE = PDFName.of('Image');
const FORM = PDFName.of('Form');

function num(dict: PDFDict, key: string): number {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

function names(value: PDFObject | undefined, context: PDFContext): string[] {
  const resolved = value instanceof PDFRef ? context.lookup(value) : value;
  if (resolved instanceof PDFName) return [resolved.asString().replace(/^\//, '')];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((v) => names(v, context));
  return [];
}

/** Every image XObject a page draws from its resources, looking inside form XObjects too (a few levels). */
export function findImages(resources: PDFDict | undefined, context: PDFContext, depth = 0): PdfImageInfo[] {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects || depth > 4) return [];
  const found: PdfImageInfo[] = [];
  for (const [, ref] of xobjects.entries()) {
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const subtype = stream.dict.lookup(PDFName.of('Subtype'));
    if (subtype === IMAGE && stream.dict.lookup(PDFName.of('ImageMask'))?.toString() !== 'true') {
      found.push({ stream, width: num(stream.dict, 'Width'), height: num(stream.dict, 'Height') });
    } else if (subtype === FORM) {
      found.push(...findImages(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), context, depth + 1));
    }
  }
  return found;
}

/** Number of colour components of a DeviceGray/DeviceRGB-like colour space, or null for anything else. */
function components(value: PDFObject | undefined, context: PDFContext): number | null {
  const cs = value instanceof PDFRef ? context.lookup(value) : value;
  if (cs instanceof PDFName) {
    const name = cs.asString();
    return name === '/DeviceGray' || name === '/G' ? 1 : name === '/DeviceRGB' || name === '/RGB' ? 3 : null;
  }
  if (cs instanceof PDFArray && cs.size() >= 2) {
    const family = cs.lookup(0);
    const kind = family instanceof PDFName ? family.asString() : '';
    if (kind === '/CalGray') return 1;
    if (kind === '/CalRGB') return 3;
    if (kind === '/ICCBased') {
      const profile = cs.lookup(1);
      const n = profile instanceof PDFRawStream ? num(profile.dict, 'N') : 0;
      return n === 1 || n === 3 ? n : null;
    }
  }
  return null;
}

/** Undoes PNG row predictors (Predictor ≥ 10), which scanners often use with Flate. */
function unpredict(data: Buffer, rowBytes: number, bpp: number, rows: number): Buffer {
  const out = Buffer.alloc(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const src = y * (rowBytes + 1);
    const type = data[src];
    const at = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src + 1 + x] ?? 0;
      const left = x >= bpp ? out[at + x - bpp] : 0;
      const up = y > 0 ? out[at - rowBytes + x] : 0;
      const upLeft = y > 0 && x >= bpp ? out[at - rowBytes + x - bpp] : 0;
      let pred = 0;
      if (type === 1) pred = left;
      else if (type === 2) pred = up;
      else if (type === 3) pred = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        pred = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[at + x] = (raw + pred) & 0xff;
    }
  }
  return out;
}

/** The image as a file: JPEG bytes untouched, or a Flate bitmap made into a PNG. */
export async function extractImage(image: PdfImageInfo, context: PDFContext): Promise<ExtractedImage> {
  const { dict, contents } = image.stream;
  const filters = names(dict.get(PDFName.of('Filter')), context);
  const bytes = Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
  if (filters.length === 1 && filters[0] === 'DCTDecode') return { data: bytes, format: 'jpeg' };
  if (filters.length === 2 && filters[0] === 'FlateDecode' && filters[1] === 'DCTDecode') {
    return { data: inflateSync(bytes, { maxOutputLength: bytes.length * 4 + 64 * 1024 * 1024 }), format: 'jpeg' };
  }
  if (filters.length !== 1 || filters[0] !== 'FlateDecode') {
    return { problem: say('pdf.compression', { filters: filters.join(' + ') || say('pdf.uncompressed') }) };
  }
  const channels = components(dict.get(PDFName.of('ColorSpace')), context);
  const bpc = num(dict, 'BitsPerComponent');
  if (channels === null || !(bpc === 8 || (bpc === 1 && channels === 1))) {
    return { problem: say('pdf.colour') };
  }
  const { width, height } = image;
  const rowBytes = Math.ceil((width * channels * bpc) / 8);
  const parms = dict.lookup(PDFName.of('DecodeParms'));
  const predictor = parms instanceof PDFDict ? num(parms, 'Predictor') : 0;
  if (predictor > 1 && predictor < 10) return { problem: say('pdf.predictor') };
  const expected = predictor >= 10 ? (rowBytes + 1) * height : rowBytes * height;
  // The output cap stops a Flate bomb: a page can never inflate past its declared pixel size.
  let raw: Buffer = inflateSync(bytes, { maxOutputLength: expected + 1024 });
  if (predictor >= 10) raw = unpredict(raw, rowBytes, Math.max(1, (channels * bpc) >> 3), height);
  if (raw.length < rowBytes * height) return { problem: say('pdf.short_data') };
  const decode = dict.lookup(PDFName.of('Decode'));
  const inverted = decode instanceof PDFArray && decode.size() >= 2 && decode.lookup(0)?.toString() === '1';
  let pixels = raw;
  if (bpc === 1) {
    pixels = Buffer.alloc(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) pixels[y * width + x] = (raw[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  } else if (raw.length !== rowBytes * height) {
    pixels = raw.subarray(0, rowBytes * height);
  }
  if (inverted) for (let i = 0; i < pixels.length; i++) pixels[i] = 255 - pixels[i];
  const data = await sharp(pixels, { ...SHARP_INPUT, raw: { width, height, channels: channels as 1 | 3 } })
    .toColourspace(channels === 1 ? 'b-w' : 'srgb') // a grey scan stays a one-channel PNG
    .png({ compressionLevel: 6 }).toBuffer();
  return { data, format: 'png' };
}
