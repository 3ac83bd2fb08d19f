/**
 * Separator sheets other than our own, read with ZXing (zxing-wasm, its WebAssembly loaded from node_modules:
 * never fetched). Scanner software splits stacks on a bar code reading "PATCHT" — NAPS2's patch-T sheet (Code 39)
 * and paperless-ngx's default separator, in any format — and stations also print QR codes: a page carrying a bar
 * code or QR code that reads PATCHT, or our own SOHOA-SEP, is a separator. Also writes the QR code for our own
 * printable QR sheets, so they split stacks in NAPS2 and paperless-ngx too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes, writeBarcode } from 'zxing-wasm/full';
import { say } from '../domain/messages/catalogue';
import { UserError } from '../errors';
import { SHARP_INPUT } from './limits';
import { SEPARATOR_TEXT } from './separator-code';

/** What a separator's code reads: the scanner industry's patch-T text, and ours. */
export const PATCH_T_TEXT = 'PATCHT';
const SEPARATOR_TEXTS = new Set([PATCH_T_TEXT, SEPARATOR_TEXT]);
/** Pages are read at this width: a separator's code is large, and ZXing's time grows with the pixels. */
const READ_WIDTH = 1240;

let ready: Promise<unknown> | null = null;

/** Prepares the library once with the wasm shipped in its package: left alone, it would fetch it from a CDN. */
function library(): Promise<unknown> {
  ready ??= (async () => {
    const require = createRequire(__filename);
    const wasm = readFileSync(require.resolve('zxing-wasm/full/zxing_full.wasm'));
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return ready;
}

/** A page already decoded to grey pixels, one byte each. */
export interface GreyPage {
  data: Buffer;
  width: number;
  height: number;
}

/** The separator text a page's bar codes or QR codes carry ("PATCHT" or "SOHOA-SEP"), or null. */
export async function readSeparatorBarcode(image: Buffer | GreyPage): Promise<string | null> {
  const source = Buffer.isBuffer(image)
    ? sharp(image, SHARP_INPUT).greyscale().resize({ width: READ_WIDTH, withoutEnlargement: true })
    : sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } });
  // Uncompressed: ZXing decodes the PNG again, and deflating it would cost more than the reading.
  const png = await source.png({ compressionLevel: 0 }).toBuffer();
  await library();
  const found = await readBarcodes(new Uint8Array(png), { formats: ['QRCode', 'Code39', 'Code128', 'DataMatrix'], tryHarder: true, tryRotate: true, tryInvert: false, maxNumberOfSymbols: 4 });
  for (const code of found) {
    const text = code.text.trim().toUpperCase().replace(/[\s-]/g, '');
    for (const wanted of SEPARATOR_TEXTS) if (text === wanted.replace(/-/g, '')) return wanted;
  }
  return null;
}

/** A QR code reading `text`, as an SVG fragment `size` pixels square placed at (x, y). */
export async function qrSvg(text: string, x: number, y: number, size: number): Promise<string> {
  await library();
  const written = await writeBarcode(text, { format: 'QRCode', ecLevel: 'M', scale: 1 });
  if (written.error || !written.svg) throw new UserError(say('separator.qr_undrawable', { reason: written.error ?? '' }));
  // Re-home the writer's SVG as a nested, scaled <svg>: its viewBox keeps the modules square.
  return written.svg.replace(/^[\s\S]*?<svg/, '<svg').replace(/<svg([^>]*)>/, (_, attrs: string) => {
    const w = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
    const h = /\sheight="([\d.]+)"/.exec(attrs)?.[1];
    const box = [0, 0, w, h].join(' ');
    const viewBox = /viewBox=/.test(attrs) || !w || !h ? '' : ` viewBox="${box}"`;
    const clean = attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '');
    return `<svg${clean}${viewBox} x="${x}" y="${y}" width="${size}" height="${size}" shape-rendering="crispEdges">`;
  });
}
