/** Pages of image files: a JPEG or PNG is one page kept as it is; a TIFF is one page per directory. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { PageError, PageImage } from '../scan/scan.types';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { HEADER_ONLY, SHARP_INPUT, checkPageSize, pageError, pageLabel, reason } from './limits';

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * True when a JPEG ends with its end-of-image marker. Inside entropy-coded data 0xFF is always followed by
 * 0x00 or a restart marker, so FF D9 near the end can only be a real EOI (scanners may pad after it).
 */
export function jpegIsComplete(data: Uint8Array): boolean {
  const from = Math.max(2, data.length - 1024);
  for (let i = data.length - 2; i >= from; i--) if (data[i] === 0xff && data[i + 1] === 0xd9) return true;
  return false;
}

/** True when a PNG has its IEND chunk (a cut-off PNG has not). */
export function pngIsComplete(data: Uint8Array): boolean {
  const tail = Buffer.from(data.buffer, data.byteOffset, data.byteLength).subarray(Math.max(0, data.length - 64));
  return tail.includes('IEND');
}

function fail(file: string, indexInFile: number | null, text: EngineMessage): PageError {
  return pageError(file, indexInFile, text);
}

/** Checks one encoded JPEG/PNG (from a file or a PDF) and returns it as a page, without re-encoding. */
export async function encodedPage(
  file: string, indexInFile: number, data: Buffer, format: 'jpeg' | 'png', where: number | null,
): Promise<PageImage | PageError> {
  const label = pageLabel(file, where);
  const complete = format === 'jpeg' ? jpegIsComplete(data) : pngIsComplete(data);
  if (!complete) return fail(file, where, say('intake.truncated', { where: label, format: format === 'jpeg' ? 'JPEG' : 'PNG' }));
  let meta: sharp.Metadata;
  try {
    // The header only (no pixels are decoded), without the pixel limit so a bomb is refused with its size.
    meta = await sharp(data, HEADER_ONLY).metadata();
  } catch (error) {
    return fail(file, where, say('intake.not_an_image', { where: label, format: format === 'jpeg' ? 'JPEG' : 'PNG', reason: reason(error) }));
  }
  // Stored pixel size, not EXIF-rotated: boxes found later are in the coordinates of the bytes kept.
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const tooBig = checkPageSize(file, where, width, height);
  if (tooBig) return fail(file, where, tooBig);
  return { file, indexInFile, data, format, width, height, sha256: sha256(data) };
}

/** The single page of a JPEG or PNG file, bytes exactly as scanned. */
export async function* readImageFile(file: string, format: 'jpeg' | 'png'): AsyncGenerator<PageImage | PageError> {
  const data = await readFile(file);
  yield await encodedPage(file, 0, data, format, null);
}

/**
 * The pages of a TIFF. A single-page TIFF is kept as it is; each page of a multi-page TIFF is re-encoded
 * losslessly to PNG, since a page must stand alone as an image file.
 */
export async function* readTiff(file: string): AsyncGenerator<PageImage | PageError> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(file, HEADER_ONLY).metadata(); // header only; the size is checked below, per page
  } catch (error) {
    yield fail(file, null, say('intake.not_an_image', { where: pageLabel(file, null), format: 'TIFF', reason: reason(error) }));
    return;
  }
  const pages = meta.pages ?? 1;
  if (pages <= 1) {
    const tooBig = checkPageSize(file, null, meta.width ?? 0, meta.height ?? 0);
    if (tooBig) { yield fail(file, null, tooBig); return; }
    try {
      // Decoding once proves the strips are all there; a cut-off TIFF otherwise fails far downstream.
      await sharp(file, { ...SHARP_INPUT, failOn: 'truncated' }).resize(64).raw().toBuffer();
    } catch (error) {
      yield fail(file, null, say('intake.undecodable', { where: pageLabel(file, null), reason: reason(error) }));
      return;
    }
    const data = await readFile(file);
    yield { file, indexInFile: 0, data, format: 'tiff', width: meta.width ?? 0, height: meta.height ?? 0, sha256: sha256(data) };
    return;
  }
  for (let i = 0; i < pages; i++) {
    try {
      const pageMeta = await sharp(file, { ...HEADER_ONLY, page: i }).metadata();
      const tooBig = checkPageSize(file, i, pageMeta.width ?? 0, pageMeta.height ?? 0);
      if (tooBig) { yield fail(file, i, tooBig); continue; }
      const { data, info } = await sharp(file, { ...SHARP_INPUT, page: i, failOn: 'truncated' })
        .png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
      yield { file, indexInFile: i, data, format: 'png', width: info.width, height: info.height, sha256: sha256(data) };
    } catch (error) {
      yield fail(file, i, say('intake.undecodable', { where: pageLabel(file, i), reason: reason(error) }));
    }
  }
}
